// The double's working calendar: weekends off until the test says
// otherwise, holidays and make-up workdays on top, the core's arithmetic.

#include <gtest/gtest.h>

#include <duban/testing/fake_calendar.hpp>
#include <stdexcept>

namespace {

using duban::testing::FakeCalendar;

TEST(FakeCalendar, WeekendsAreOffByDefault) {
  const FakeCalendar calendar;
  EXPECT_TRUE(calendar.is_workday("2026-03-06"));   // Friday
  EXPECT_FALSE(calendar.is_workday("2026-03-07"));  // Saturday
  EXPECT_FALSE(calendar.is_workday("2026-03-08"));  // Sunday
  EXPECT_EQ(calendar.add_workdays("2026-03-06", 1), "2026-03-09");
  EXPECT_EQ(calendar.add_workdays("2026-03-09", -1), "2026-03-06");
}

TEST(FakeCalendar, HolidaysAreOffAndMakeupDaysAreWorked) {
  FakeCalendar calendar;
  calendar.add_holiday("2026-04-06");         // a Monday off
  calendar.add_makeup_workday("2026-04-11");  // the Saturday after, worked
  EXPECT_FALSE(calendar.is_workday("2026-04-06"));
  EXPECT_TRUE(calendar.is_workday("2026-04-11"));
  EXPECT_EQ(calendar.add_workdays("2026-04-03", 1), "2026-04-07");
  EXPECT_EQ(calendar.add_workdays("2026-04-10", 1), "2026-04-11");
  EXPECT_EQ(calendar.add_workdays("2026-04-13", -1), "2026-04-11");
}

TEST(FakeCalendar, TheLastSettingForADateWins) {
  FakeCalendar calendar;
  calendar.add_holiday("2026-03-09");
  calendar.add_makeup_workday("2026-03-09");
  EXPECT_TRUE(calendar.is_workday("2026-03-09"));
}

TEST(FakeCalendar, ZeroWorkdaysIsTheFirstWorkdayOnOrAfter) {
  const FakeCalendar calendar;
  EXPECT_EQ(calendar.add_workdays("2026-03-07", 0), "2026-03-09");
  EXPECT_EQ(calendar.add_workdays("2026-03-09", 0), "2026-03-09");
  EXPECT_EQ(calendar.add_workdays("2026-03-07", 1), "2026-03-09");  // from a day off
}

TEST(FakeCalendar, ABadDateIsRefusedWithTheCoresMessage) {
  FakeCalendar calendar;
  try {
    (void)calendar.is_workday("2026-02-30");
    FAIL() << "2026-02-30 was taken for a date";
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(), "'2026-02-30' is not a date (YYYY-MM-DD)");
  }
  EXPECT_THROW(calendar.add_holiday("9 March"), std::invalid_argument);
  EXPECT_THROW((void)calendar.add_workdays("2026-3-9", 1), std::invalid_argument);
}

}  // namespace
