#include <gtest/gtest.h>

#include "calendar/calendar_loader.hpp"
#include "calendar/working_calendar.hpp"
#include "support/workspace_fixture.hpp"

namespace duban {
namespace {

Date d(const char* text) {
  return *parse_date(text);
}

// The shipped 2026 file, read as the workspace reads it.
WorkingCalendar calendar_2026() {
  Diagnostics diagnostics;
  auto cal = load_calendar({(test::examples_dir() / "workspace/calendars/2026.toml").string()},
                           diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return cal;
}

TEST(WorkingCalendar, SpringFestivalMakeUpSaturdayCountsAsAWorkday) {
  const auto cal = calendar_2026();
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-02-13"), 1)), "2026-02-14");
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-02-13"), 2)), "2026-02-24");
  EXPECT_EQ(cal.kind(d("2026-02-14")), DayKind::makeup);
  EXPECT_EQ(cal.name(d("2026-02-16")), "春节");
}

TEST(WorkingCalendar, NationalDayHolidaySkipsToTheEighth) {
  const auto cal = calendar_2026();
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-09-30"), 1)), "2026-10-08");
  EXPECT_TRUE(cal.is_workday(d("2026-09-20")));   // make-up Sunday
  EXPECT_TRUE(cal.is_workday(d("2026-10-10")));   // make-up Saturday
  EXPECT_FALSE(cal.is_workday(d("2026-09-25")));  // Mid-Autumn, a Friday
}

TEST(WorkingCalendar, NegativeCountsGoBackOverHolidays) {
  const auto cal = calendar_2026();
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-02-24"), -1)), "2026-02-14");
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-10-08"), -1)), "2026-09-30");
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-01-05"), -1)), "2026-01-04");
}

TEST(WorkingCalendar, ZeroMeansTheFirstWorkdayOnOrAfter) {
  const auto cal = calendar_2026();
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-10-01"), 0)), "2026-10-08");
  EXPECT_EQ(format_date(cal.add_workdays(d("2026-10-08"), 0)), "2026-10-08");
}

TEST(WorkingCalendar, The2026YearHas248Workdays) {
  const auto cal = calendar_2026();
  EXPECT_EQ(cal.workdays_between(d("2026-01-01"), d("2027-01-01")), 248);
  EXPECT_EQ(cal.workdays_between(d("2027-01-01"), d("2026-01-01")), -248);
}

TEST(WorkingCalendar, CountsWorkdaysOfAHolidayMonth) {
  const auto cal = calendar_2026();
  // February 2026: 20 weekdays, 6 of them off (16–20, 23), plus make-up 14th and 28th.
  EXPECT_EQ(cal.workdays_between(d("2026-02-01"), d("2026-03-01")), 16);
}

TEST(WorkingCalendar, NextAndPreviousWorkday) {
  const auto cal = calendar_2026();
  EXPECT_EQ(format_date(cal.next_workday(d("2026-10-03"))), "2026-10-08");
  EXPECT_EQ(format_date(cal.previous_workday(d("2026-10-02"))), "2026-09-30");
}

TEST(WorkingCalendar, YearsWithoutDataKnowOnlyWeekends) {
  const auto cal = calendar_2026();
  EXPECT_FALSE(cal.covers(2027));
  EXPECT_TRUE(cal.covers(2026));
  EXPECT_TRUE(cal.is_workday(d("2027-01-01")));  // a Friday: no holiday data for 2027
  EXPECT_FALSE(cal.is_workday(d("2027-01-02")));
}

}  // namespace
}  // namespace duban
