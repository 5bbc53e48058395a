#include <gtest/gtest.h>

#include "dates/date.hpp"

namespace duban {
namespace {

TEST(Date, ParsesAndRejectsImpossibleDates) {
  EXPECT_TRUE(parse_date("2024-02-29"));
  EXPECT_FALSE(parse_date("2026-02-29"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("2026-2-1"));
  EXPECT_EQ(format_date(*parse_date("2026-02-13")), "2026-02-13");
}

TEST(Date, WeekdaysInEnglishAndChinese) {
  EXPECT_EQ(iso_weekday(*parse_date("2026-02-13")), 5u);
  EXPECT_EQ(parse_weekday("friday"), 5u);
  EXPECT_EQ(parse_weekday("fri"), 5u);
  EXPECT_EQ(parse_weekday("周五"), 5u);
  EXPECT_EQ(parse_weekday("fryday"), 0u);
  EXPECT_EQ(weekday_name_zh(7), "周日");
}

TEST(Date, Iso8601WithTheWorkspaceOffset) {
  const UtcOffset shanghai{8 * 60};
  auto t = parse_iso8601("2026-02-13T12:00", shanghai);
  ASSERT_TRUE(t);
  EXPECT_EQ(format_iso8601(*t, shanghai), "2026-02-13T12:00:00+08:00");
  // A UTC time is converted to Shanghai time: 20:30Z is 04:30 the next day.
  auto utc = parse_iso8601("2026-02-13T20:30:00Z", shanghai);
  ASSERT_TRUE(utc);
  EXPECT_EQ(format_iso8601(*utc, shanghai), "2026-02-14T04:30:00+08:00");
  EXPECT_FALSE(parse_iso8601("2026-02-13T25:00", shanghai));
  EXPECT_FALSE(parse_iso8601("yesterday", shanghai));
}

TEST(Date, ZoneNames) {
  EXPECT_EQ(parse_utc_offset("Asia/Shanghai")->minutes, 480);
  EXPECT_EQ(parse_utc_offset("-05:30")->minutes, -330);
  EXPECT_FALSE(parse_utc_offset("Mars/Olympus"));
  EXPECT_EQ(format_utc_offset({-330}), "-05:30");
}

}  // namespace
}  // namespace duban
