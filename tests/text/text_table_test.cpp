#include "text/text_table.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "text/display_width.hpp"

namespace duban {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Removes ANSI SGR sequences (ESC [ ... m).
std::string strip_sgr(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b') {
      i = text.find('m', i);
      if (i == std::string::npos) break;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

TextTable overdue_table() {
  TextTable table({{"任务", Align::left}, {"负责人", Align::left}, {"逾期天数", Align::right}});
  table.add_row({"编译项目", "张三", "3"});
  table.add_styled_row(std::vector<Cell>{{"review"}, {"李四光"}, {"12", Color::red}});
  return table;
}

TEST(ReportTextTable, ExactRendering) {
  const std::string expected =
      "任务      负责人  逾期天数\n"
      "────────  ──────  ────────\n"
      "编译项目  张三           3\n"
      "review    李四光        12\n";
  EXPECT_EQ(overdue_table().render(), expected);
}

TEST(ReportTextTable, ChineseColumnsLineUp) {
  TextTable table({{"姓名"}, {"部门"}, {"件数", Align::right}});
  table.add_row({"张三", "办公室", "7"});
  table.add_row({"欧阳建国", "Finance", "1024"});
  table.add_row({"Li", "综合处e\u0301", "-3"});
  const auto lines = lines_of(table.render());
  ASSERT_EQ(lines.size(), 5u);
  // The last column is right-aligned, so trimming removes nothing and every
  // line must be exactly as wide as the header.
  for (const auto& line : lines) EXPECT_EQ(display_width(line), display_width(lines[0])) << line;
  EXPECT_EQ(lines[2], "张三      办公室      7");
  EXPECT_EQ(lines[4], "Li        综合处e\u0301    -3");
}

TEST(ReportTextTable, NoTrailingSpacesWhenLastColumnIsLeftAligned) {
  TextTable table({{"编号", Align::right}, {"事项"}});
  table.add_row({"1", "督办"});
  table.add_row({"12", "会议纪要落实情况"});
  table.add_row({"3", ""});
  const std::string expected =
      "编号  事项\n"
      "────  ────────────────\n"
      "   1  督办\n"
      "  12  会议纪要落实情况\n"
      "   3\n";
  EXPECT_EQ(table.render(), expected);
}

TEST(ReportTextTable, AsciiUnderline) {
  TextTable table({{"ab"}, {"编号", Align::right}});
  table.add_row({"x", "1"});
  EXPECT_EQ(table.render({.ascii = true}), "ab  编号\n--  ----\nx      1\n");
}

TEST(ReportTextTable, NoEscapeBytesWhenColourIsOff) {
  const std::string plain = overdue_table().render({.color = false});
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
}

TEST(ReportTextTable, ColourDoesNotChangeTheLayout) {
  const std::string plain = overdue_table().render({.color = false});
  const std::string coloured = overdue_table().render({.color = true});
  EXPECT_NE(coloured.find("\x1b[31m12\x1b[0m"), std::string::npos);
  EXPECT_NE(coloured.find("\x1b[1m任务\x1b[0m"), std::string::npos);  // bold header
  EXPECT_EQ(strip_sgr(coloured), plain);
  // The padding sits outside the codes: the red "12" is right-aligned.
  EXPECT_EQ(lines_of(coloured)[3], "review    李四光        \x1b[31m12\x1b[0m");
}

TEST(ReportTextTable, EveryColour) {
  TextTable table({{"c"}});
  table.add_styled_row(std::vector<Cell>{{"r", Color::red}});
  table.add_styled_row(std::vector<Cell>{{"y", Color::yellow}});
  table.add_styled_row(std::vector<Cell>{{"g", Color::green}});
  table.add_styled_row(std::vector<Cell>{{"d", Color::dim}});
  table.add_styled_row(std::vector<Cell>{{"b", Color::bold}});
  table.add_styled_row(std::vector<Cell>{{"n", Color::none}});
  table.add_styled_row(std::vector<Cell>{{"", Color::red}});  // nothing to colour
  EXPECT_EQ(table.render({.color = true}),
            "\x1b[1mc\x1b[0m\n─\n\x1b[31mr\x1b[0m\n\x1b[33my\x1b[0m\n\x1b[32mg\x1b[0m\n"
            "\x1b[2md\x1b[0m\n\x1b[1mb\x1b[0m\nn\n\n");
}

TEST(ReportTextTable, ShrinksWidestLeftColumnsToMaxWidth) {
  TextTable table({{"名称"}, {"说明"}, {"数量", Align::right}});
  table.add_row({"编译项目管理系统", "一个很长的说明文字", "12"});
  table.add_row({"短", "ok", "3"});
  // Natural width 16 + 18 + 4 + 2 separators = 42; the two text columns are
  // evened out to 11 each and the number column is kept.
  const std::string expected =
      "名称         说明         数量\n"
      "───────────  ───────────  ────\n"
      "编译项目管…  一个很长的…    12\n"
      "短           ok              3\n";
  const std::string rendered = overdue_table().render({.max_width = 100});
  EXPECT_EQ(rendered, overdue_table().render());  // wide enough: untouched
  EXPECT_EQ(table.render({.max_width = 30}), expected);
  for (std::size_t max = 20; max <= 42; ++max) {
    for (const auto& line : lines_of(table.render({.max_width = max}))) {
      EXPECT_LE(display_width(line), max) << line;
    }
  }
}

TEST(ReportTextTable, ShrinkingStopsAtFloorAndSparesRightColumns) {
  TextTable table({{"名称"}, {"金额", Align::right}});
  table.add_row({"编译项目管理系统", "123456789"});
  // Cannot reach 5: the text column stops at 4 columns, the number stays whole.
  EXPECT_EQ(table.render({.max_width = 5}),
            "名称       金额\n"
            "────  ─────────\n"
            "编…   123456789\n");
}

TEST(ReportTextTable, ControlCharactersAreCleaned) {
  TextTable table({{"a\nb"}});
  table.add_row({"x\ty"});
  table.add_row({"red\x1b[31m!"});
  table.add_row({"bad\xff"});
  const std::string rendered = table.render();
  EXPECT_EQ(rendered.find('\x1b'), std::string::npos);
  EXPECT_EQ(rendered,
            "a b\n"
            "─────────\n"
            "x y\n"
            "red\uFFFD[31m!\n"
            "bad\uFFFD\n");
}

TEST(ReportTextTable, ShortRowsArePaddedLongRowsRejected) {
  TextTable table({{"a"}, {"b", Align::right}});
  table.add_row({"x"});
  EXPECT_EQ(table.row_count(), 1u);
  EXPECT_EQ(table.render(), "a  b\n─  ─\nx\n");
  EXPECT_THROW(table.add_row({"1", "2", "3"}), std::invalid_argument);
}

TEST(ReportTextTable, NoColumnsRendersNothing) {
  EXPECT_EQ(TextTable({}).render(), "");
}

}  // namespace
}  // namespace duban
