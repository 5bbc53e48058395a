#include <gtest/gtest.h>

#include "dates/period.hpp"

namespace duban {
namespace {

TEST(Period, ParsesEveryKeyForm) {
  auto week = parse_period("2026-W07");
  ASSERT_TRUE(week);
  EXPECT_EQ(week->kind, PeriodKind::week);
  EXPECT_EQ(format_date(week->start), "2026-02-09");
  EXPECT_EQ(format_date(week->end), "2026-02-15");

  auto month = parse_period("2026-02");
  ASSERT_TRUE(month);
  EXPECT_EQ(format_date(month->end), "2026-02-28");

  auto quarter = parse_period("2026-Q4");
  ASSERT_TRUE(quarter);
  EXPECT_EQ(format_date(quarter->start), "2026-10-01");
  EXPECT_EQ(format_date(quarter->end), "2026-12-31");

  auto year = parse_period("2026");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->kind, PeriodKind::year);

  auto day = parse_period("2026-02-13");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->kind, PeriodKind::day);
}

TEST(Period, RejectsImpossibleKeys) {
  EXPECT_FALSE(parse_period("2026-W54"));
  EXPECT_TRUE(parse_period("2026-W53"));   // 2026 starts on a Thursday: 53 ISO weeks
  EXPECT_FALSE(parse_period("2025-W53"));  // 2025 starts on a Wednesday: 52
  EXPECT_FALSE(parse_period("2026-13"));
  EXPECT_FALSE(parse_period("2026-Q5"));
  EXPECT_FALSE(parse_period("2026-02-29"));
  EXPECT_FALSE(parse_period("week 7"));
}

TEST(Period, IsoWeeksAtYearBoundaries) {
  EXPECT_EQ(period_containing(*parse_date("2027-01-01"), PeriodKind::week).key(), "2026-W53");
  EXPECT_EQ(period_containing(*parse_date("2025-12-29"), PeriodKind::week).key(), "2026-W01");
  EXPECT_EQ(period_containing(*parse_date("2026-10-02"), PeriodKind::week).key(), "2026-W40");
}

TEST(Period, KeysRoundTrip) {
  for (const char* key : {"2026-W01", "2026-W40", "2026-02", "2026-Q1", "2026", "2026-10-08"}) {
    EXPECT_EQ(parse_period(key)->key(), key);
  }
}

TEST(Period, WeeksStartingInAMonth) {
  const auto weeks = periods_starting_in(*parse_period("2026-02"), PeriodKind::week);
  ASSERT_EQ(weeks.size(), 4u);  // Mondays 2, 9, 16, 23
  EXPECT_EQ(weeks.front().key(), "2026-W06");
  EXPECT_EQ(weeks.back().key(), "2026-W09");
}

TEST(Period, NextPeriodCrossesTheYear) {
  EXPECT_EQ(next_period(*parse_period("2026-12")).key(), "2027-01");
  EXPECT_EQ(next_period(*parse_period("2026-Q4")).key(), "2027-Q1");
}

}  // namespace
}  // namespace duban
