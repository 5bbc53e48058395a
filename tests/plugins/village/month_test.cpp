// Month arithmetic of the village plugin.

#include "month.hpp"

#include <gtest/gtest.h>

namespace duban::village {
namespace {

TEST(Month, ParsesOnlyRealMonths) {
  EXPECT_EQ(parse_month("2026-03"), (Month{2026, 3}));
  EXPECT_FALSE(parse_month("2026-13"));
  EXPECT_FALSE(parse_month("2026-00"));
  EXPECT_FALSE(parse_month("2026-3"));
  EXPECT_FALSE(parse_month("2026/03"));
  EXPECT_FALSE(parse_month("-026-03"));
  EXPECT_FALSE(parse_month(""));
}

TEST(Month, MonthOfADateOrTime) {
  EXPECT_EQ(month_of("2026-03-13T18:10"), (Month{2026, 3}));
  EXPECT_EQ(month_of("2026-02-28"), (Month{2026, 2}));
  EXPECT_FALSE(month_of("2026-02-30"));
  EXPECT_FALSE(month_of("2026-02"));
}

TEST(Month, AddsAcrossYearEnds) {
  EXPECT_EQ(add_months({2026, 1}, -1), (Month{2025, 12}));
  EXPECT_EQ(add_months({2025, 12}, 1), (Month{2026, 1}));
  EXPECT_EQ(add_months({2026, 3}, -14), (Month{2025, 1}));
  EXPECT_EQ(add_months({2026, 3}, 0), (Month{2026, 3}));
}

TEST(Month, SixMonthsEndingWithMarchStartInOctober) {
  const auto months = months_ending({2026, 3}, 6);
  ASSERT_EQ(months.size(), 6U);
  EXPECT_EQ(format_month(months.front()), "2025-10");
  EXPECT_EQ(format_month(months.back()), "2026-03");
}

TEST(Month, DaysClampToTheMonthsEnd) {
  EXPECT_EQ(days_in_month({2024, 2}), 29);
  EXPECT_EQ(days_in_month({2026, 2}), 28);
  EXPECT_EQ(days_in_month({2100, 2}), 28);
  EXPECT_EQ(day_of_month({2026, 2}, 31), "2026-02-28");
  EXPECT_EQ(day_of_month({2026, 3}, 5), "2026-03-05");
}

TEST(Month, TitlesAreChinese) {
  EXPECT_EQ(month_title({2026, 3}), "2026年3月");
}

TEST(Month, DatesAreChecked) {
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_FALSE(is_date("2026-3-01"));
}

}  // namespace
}  // namespace duban::village
