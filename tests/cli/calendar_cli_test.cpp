#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_duban.hpp"

namespace duban {
namespace {

using test::run_duban;
using ::testing::HasSubstr;

class CalendarCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0); }
  test::RunResult duban(const std::vector<std::string>& args) {
    return run_duban(dir.path() / "ws", args);
  }
  test::TempDir dir;
};

TEST_F(CalendarCli, AddCountsWorkdaysAcrossHolidaysAndMakeUpDays) {
  EXPECT_EQ(duban({"calendar", "add", "2026-02-13", "1"}).out, "2026-02-14\n");
  EXPECT_EQ(duban({"calendar", "add", "2026-02-13", "2"}).out, "2026-02-24\n");
  EXPECT_EQ(duban({"calendar", "add", "2026-09-30", "1"}).out, "2026-10-08\n");
  EXPECT_EQ(duban({"calendar", "add", "2026-10-08", "-1"}).out, "2026-09-30\n");
}

TEST_F(CalendarCli, AddRejectsAnImpossibleDate) {
  auto r = duban({"calendar", "add", "2026-02-29", "1"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("'2026-02-29' is not a date"));
}

TEST_F(CalendarCli, ShowMarksHolidaysAndMakeUpDays) {
  auto r = duban({"calendar", "show", "2026-02"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("2026-02  (16 workdays)"));
  EXPECT_THAT(r.out, HasSubstr("14班"));
  EXPECT_THAT(r.out, HasSubstr("16休"));
  EXPECT_THAT(r.out, HasSubstr("2026-02-28 周六  班 春节调休上班"));
}

TEST_F(CalendarCli, ShowAsJson) {
  auto r = duban({"--format", "json", "calendar", "show", "2026-10"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["days"][0]["kind"], "holiday");
  EXPECT_EQ(json["days"][9]["kind"], "makeup");
  EXPECT_EQ(json["workdays"], 18);
}

TEST_F(CalendarCli, BetweenCountsBothEnds) {
  EXPECT_EQ(duban({"calendar", "between", "2026-01-01", "2026-12-31"}).out, "248\n");
}

}  // namespace
}  // namespace duban
