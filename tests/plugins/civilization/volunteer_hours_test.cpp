#include "volunteer_hours.hpp"

#include <gtest/gtest.h>

namespace civilization {
namespace {

constexpr const char* now = "2026-03-13T18:00";

TEST(VolunteerHours, ComputesHoursFromStartAndEnd) {
  const auto h = compute_hours("2026-03-07T08:30", "2026-03-07T11:45", now, 12);
  EXPECT_EQ(h.error, "");
  EXPECT_DOUBLE_EQ(h.hours, 3.25);
}

TEST(VolunteerHours, AnEndWithoutADateIsOnTheStartDay) {
  const auto h = compute_hours("2026-03-07 14:00", "16:20", now, 12);
  EXPECT_EQ(h.error, "");
  EXPECT_EQ(h.start, "2026-03-07T14:00");
  EXPECT_EQ(h.end, "2026-03-07T16:20");
  EXPECT_DOUBLE_EQ(h.hours, 2.33);
}

TEST(VolunteerHours, RefusesBadTimesReversedTooLongAndFutureRecords) {
  EXPECT_NE(compute_hours("7 March", "11:00", now, 12).error, "");
  EXPECT_NE(compute_hours("2026-03-07T08:30", "25:00", now, 12).error, "");
  EXPECT_NE(compute_hours("2026-03-07T11:00", "2026-03-07T08:00", now, 12).error, "");
  EXPECT_NE(compute_hours("2026-03-07T11:00", "11:00", now, 12).error, "");
  EXPECT_NE(compute_hours("2026-03-07T06:00", "2026-03-07T20:00", now, 12).error, "");
  EXPECT_NE(compute_hours("2026-03-13T17:00", "19:00", now, 12).error, "");
  EXPECT_EQ(compute_hours("2026-03-13T17:00", "18:00", now, 12).error, "");
}

}  // namespace
}  // namespace civilization
