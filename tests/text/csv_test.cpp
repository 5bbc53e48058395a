#include "text/csv.hpp"

#include <gtest/gtest.h>

#include <string>

namespace duban {
namespace {

TEST(ReportCsv, BomHeaderAndCrlf) {
  EXPECT_EQ(to_csv({"姓名", "件数"}, {{"张三", "3"}, {"李四", "12"}}),
            "\xEF\xBB\xBF"
            "姓名,件数\r\n"
            "张三,3\r\n"
            "李四,12\r\n");
}

TEST(ReportCsv, WithoutBomOrHeader) {
  EXPECT_EQ(to_csv({}, {{"a", "b"}}, false), "a,b\r\n");
  EXPECT_EQ(to_csv({}, {}, false), "");
  EXPECT_EQ(to_csv({}, {}), "\xEF\xBB\xBF");
}

TEST(ReportCsv, Rfc4180Quoting) {
  EXPECT_EQ(to_csv({}, {{"a,b", "say \"hi\"", "line1\nline2", "cr\rx", "", "plain 文字"}}, false),
            "\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\",\"cr\rx\",,plain 文字\r\n");
}

TEST(ReportCsv, FormulaInjectionIsDefused) {
  EXPECT_EQ(to_csv({}, {{"=SUM(A1:A2)", "+1+1", "-1+2", "@cmd", "-", "\tx"}}, false),
            "'=SUM(A1:A2),'+1+1,'-1+2,'@cmd,'-,'\tx\r\n");
  // The apostrophe comes first, then the field is quoted as usual.
  EXPECT_EQ(to_csv({}, {{"=HYPERLINK(\"http://x\",\"y\")"}}, false),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
  EXPECT_EQ(to_csv({}, {{"\r=1"}}, false), "\"'\r=1\"\r\n");
}

TEST(ReportCsv, PlainNumbersAreNotTouched) {
  EXPECT_EQ(to_csv({}, {{"-3", "-0.5", "+7", "12", "0", "-.5", "3.14"}}, false),
            "-3,-0.5,+7,12,0,-.5,3.14\r\n");
  // Not plain numbers: guarded.
  EXPECT_EQ(to_csv({}, {{"-3.", "-1e5", "-1,234", "--1", "-3 天"}}, false),
            "'-3.,'-1e5,\"'-1,234\",'--1,'-3 天\r\n");
}

TEST(ReportCsv, OtherTextStartingWithDigitsOrDatesIsUntouched) {
  EXPECT_EQ(to_csv({}, {{"2026-02-13", "3-1", "a=b", "张三@办公室"}}, false),
            "2026-02-13,3-1,a=b,张三@办公室\r\n");
}

}  // namespace
}  // namespace duban
