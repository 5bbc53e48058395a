#include "text_table.hpp"

#include <gtest/gtest.h>

namespace civilization {
namespace {

TEST(TextTable, ChineseCharactersAreTwoColumnsWide) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("无主楼院"), 8u);
  EXPECT_EQ(display_width("≤3天"), 4u);
}

TEST(TextTable, AlignsColumnsByDisplayWidth) {
  const TextTable table{{"编号", "名称"}, {{"a1", "解放路"}, {"b22", "x"}}};
  EXPECT_EQ(render_table(table, "table"), "编号  名称\na1    解放路\nb22   x\n");
}

TEST(TextTable, CsvQuotesAndMarkdownEscapes) {
  const TextTable table{{"k", "v"}, {{"a,b", "c|d"}}};
  EXPECT_EQ(render_table(table, "csv"), "k,v\n\"a,b\",c|d\n");
  EXPECT_EQ(render_table(table, "md"), "| k | v |\n|---|---|\n| a,b | c\\|d |\n");
}

}  // namespace
}  // namespace civilization
