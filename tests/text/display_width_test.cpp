#include "text/display_width.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>

namespace duban {
namespace {

TEST(ReportDisplayWidth, AsciiAndChinese) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("编译项目"), 8u);
  EXPECT_EQ(display_width("Zhang三"), 7u);
  EXPECT_EQ(display_width("ＡＢ"), 4u);  // fullwidth Latin
  EXPECT_EQ(display_width("　"), 2u);    // ideographic space
}

TEST(ReportDisplayWidth, CombiningMarksJoinTheirBase) {
  EXPECT_EQ(display_width("\u00e9"), 1u);   // é composed
  EXPECT_EQ(display_width("e\u0301"), 1u);  // é decomposed
  EXPECT_EQ(display_width("e\u0301e\u0301e\u0301"), 3u);
}

TEST(ReportDisplayWidth, Emoji) {
  EXPECT_EQ(display_width("👍"), 2u);
  EXPECT_EQ(display_width("👍🏽"), 2u);                  // skin-tone modifier
  EXPECT_EQ(display_width("🇨🇳"), 2u);                   // regional-indicator pair
  EXPECT_EQ(display_width("🇨🇳🇨🇳"), 4u);
  EXPECT_EQ(display_width("\u2764\uFE0F"), 2u);         // ❤️ emoji presentation
  EXPECT_EQ(display_width("1\uFE0F\u20E3"), 2u);        // keycap 1️⃣
  EXPECT_EQ(display_width("👨\u200D👩\u200D👧"), 2u);  // ZWJ family
}

TEST(ReportDisplayWidth, AmbiguousCharactersAreNarrow) {
  EXPECT_EQ(display_width("·"), 1u);
  EXPECT_EQ(display_width("○"), 1u);
  EXPECT_EQ(display_width("…"), 1u);
  EXPECT_EQ(display_width("\u2764"), 1u);  // ❤ without FE0F
}

TEST(ReportDisplayWidth, ControlCharactersAreZeroAndInvalidBytesOne) {
  EXPECT_EQ(display_width("\x1b"), 0u);
  EXPECT_EQ(display_width("a\tb"), 2u);
  EXPECT_EQ(display_width("\xff"), 1u);
  EXPECT_EQ(display_width("a\xff" "b"), 3u);
  EXPECT_EQ(display_width("\xe7\xbc"), 2u);  // truncated 编: two stray bytes
  EXPECT_EQ(display_width("编\xe7\xbc"), 4u);
}

TEST(ReportPad, MixedChineseAndAscii) {
  EXPECT_EQ(pad_right("张三", 6), "张三  ");
  EXPECT_EQ(pad_left("张三", 6), "  张三");
  EXPECT_EQ(pad_right("Bob李", 6), "Bob李 ");
  EXPECT_EQ(pad_left("Bob李", 6), " Bob李");
  EXPECT_EQ(pad_right("e\u0301", 3), "e\u0301  ");
  EXPECT_EQ(pad_right("🇨🇳", 3), "🇨🇳 ");
}

TEST(ReportPad, WideTextIsLeftAlone) {
  EXPECT_EQ(pad_right("编译项目", 4), "编译项目");
  EXPECT_EQ(pad_left("编译项目", 8), "编译项目");
  EXPECT_EQ(pad_right("", 0), "");
  EXPECT_EQ(pad_left("", 2), "  ");
}

TEST(ReportTruncate, FittingTextIsUnchanged) {
  EXPECT_EQ(truncate_to_width("编译项目", 8), "编译项目");
  EXPECT_EQ(truncate_to_width("编译项目", 20), "编译项目");
  EXPECT_EQ(truncate_to_width("", 0), "");
}

TEST(ReportTruncate, CutsWithEllipsis) {
  EXPECT_EQ(truncate_to_width("abcdef", 4), "abc…");
  EXPECT_EQ(truncate_to_width("编译项目", 7), "编译项…");
  EXPECT_EQ(truncate_to_width("编译项目", 6), "编译…");  // 5 wide: a 2-wide char won't fit
  EXPECT_EQ(truncate_to_width("编译", 1), "…");
  EXPECT_EQ(truncate_to_width("编译", 0), "");
}

TEST(ReportTruncate, NeverSplitsACluster) {
  EXPECT_EQ(truncate_to_width("e\u0301e\u0301e\u0301", 2), "e\u0301…");
  EXPECT_EQ(truncate_to_width("👍🏽👍🏽", 3), "👍🏽…");
  EXPECT_EQ(truncate_to_width("🇨🇳🇨🇳", 3), "🇨🇳…");
  EXPECT_EQ(truncate_to_width("👨\u200D👩\u200D👧👨\u200D👩\u200D👧", 3), "👨\u200D👩\u200D👧…");
  EXPECT_EQ(truncate_to_width("👍🏽👍🏽", 2), "…");
}

// Every width: the result fits, and what precedes "…" is the text cut at a
// cluster boundary.
TEST(ReportTruncate, EveryWidthFitsAndCutsAtBoundaries) {
  const std::string text = "a" "e\u0301" "编" "👍🏽" "🇨🇳" "b";
  const std::array<std::size_t, 7> boundaries = {0, 1, 4, 7, 15, 23, 24};
  const std::string ellipsis = "…";
  ASSERT_EQ(display_width(text), 9u);
  for (std::size_t width = 0; width <= 10; ++width) {
    SCOPED_TRACE(width);
    const std::string cut = truncate_to_width(text, width);
    EXPECT_LE(display_width(cut), width);
    if (cut == text || cut.empty()) continue;
    ASSERT_TRUE(cut.ends_with(ellipsis));
    const std::string kept = cut.substr(0, cut.size() - ellipsis.size());
    EXPECT_TRUE(text.starts_with(kept));
    EXPECT_NE(std::find(boundaries.begin(), boundaries.end(), kept.size()), boundaries.end());
    EXPECT_GE(display_width(cut) + 1, width) << "cut more than one wide cluster";
  }
}

}  // namespace
}  // namespace duban
