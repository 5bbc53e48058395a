#include "dates.hpp"

#include <gtest/gtest.h>

namespace civilization {
namespace {

TEST(Dates, DayNumbersRoundTripAndRefuseImpossibleDates) {
  EXPECT_EQ(day_number("1970-01-01"), 0);
  EXPECT_EQ(date_of_day(*day_number("2026-03-02")), "2026-03-02");
  EXPECT_EQ(date_of_day(*day_number("2024-02-29")), "2024-02-29");
  EXPECT_FALSE(day_number("2026-02-29"));
  EXPECT_FALSE(day_number("2026-13-01"));
  EXPECT_FALSE(day_number("2026-3-1"));
}

TEST(Dates, DaysBetweenIgnoresTheTimeOfDay) {
  EXPECT_EQ(days_between("2026-03-02T09:00", "2026-03-13"), 11);
  EXPECT_EQ(days_between("2026-03-13", "2026-03-02"), -11);
  EXPECT_EQ(days_between("2026-02-27", "2026-03-02"), 3);
}

TEST(Dates, MinutesAcceptASpaceOrATAndRoundTrip) {
  const auto m = minute_number("2026-03-07 08:30");
  ASSERT_TRUE(m);
  EXPECT_EQ(datetime_of_minute(*m), "2026-03-07T08:30");
  EXPECT_FALSE(minute_number("2026-03-07T24:00"));
  EXPECT_FALSE(minute_number("2026-03-07"));
}

TEST(Dates, IsoWeeksStartOnMonday) {
  EXPECT_EQ(week_monday("2026-03-13"), "2026-03-09");
  EXPECT_EQ(week_monday("2026-03-09"), "2026-03-09");
  EXPECT_EQ(week_monday("2026-03-15"), "2026-03-09");
  const auto w11 = iso_week_range("2026-W11");
  ASSERT_TRUE(w11);
  EXPECT_EQ(w11->first, "2026-03-09");
  EXPECT_EQ(w11->second, "2026-03-15");
  EXPECT_EQ(iso_week_range("2026-W01")->first, "2025-12-29");
  EXPECT_TRUE(iso_week_range("2026-W53"));  // 2026 has 53 ISO weeks
  EXPECT_FALSE(iso_week_range("2025-W53"));
  EXPECT_FALSE(iso_week_range("2026-11"));
}

TEST(Dates, ChineseDates) {
  EXPECT_EQ(chinese_date("2026-03-02"), "3月2日");
}

}  // namespace
}  // namespace civilization
