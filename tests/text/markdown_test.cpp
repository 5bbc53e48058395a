#include "text/markdown.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace duban {
namespace {

TEST(ReportMarkdown, PlainTable) {
  EXPECT_EQ(to_markdown_table({"任务", "负责人"}, {{"编译项目", "张三"}, {"review", "李四"}}),
            "| 任务 | 负责人 |\n"
            "| --- | --- |\n"
            "| 编译项目 | 张三 |\n"
            "| review | 李四 |\n");
}

TEST(ReportMarkdown, AlignmentRow) {
  EXPECT_EQ(to_markdown_table({"任务", "件数"}, {{"a", "1"}}, {Align::left, Align::right}),
            "| 任务 | 件数 |\n"
            "| :--- | ---: |\n"
            "| a | 1 |\n");
  EXPECT_THROW((void)to_markdown_table({"a", "b"}, {}, {Align::left}), std::invalid_argument);
}

TEST(ReportMarkdown, EscapesPipesBackslashesAndLineBreaks) {
  EXPECT_EQ(to_markdown_table({"a|b"}, {{"x|y"}, {"C:\\dir\\|"}, {"1\n2\r\n3\r4"}}),
            "| a\\|b |\n"
            "| --- |\n"
            "| x\\|y |\n"
            "| C:\\\\dir\\\\\\| |\n"
            "| 1<br>2<br>3<br>4 |\n");
}

TEST(ReportMarkdown, ShortRowsPaddedLongRowsRejected) {
  EXPECT_EQ(to_markdown_table({"a", "b"}, {{"x"}, {}}),
            "| a | b |\n| --- | --- |\n| x |  |\n|  |  |\n");
  EXPECT_THROW((void)to_markdown_table({"a"}, {{"1", "2"}}), std::invalid_argument);
}

TEST(ReportMarkdown, EmptyHeaderGivesNothing) {
  EXPECT_EQ(to_markdown_table({}, {{"x"}}), "");
}

}  // namespace
}  // namespace duban
