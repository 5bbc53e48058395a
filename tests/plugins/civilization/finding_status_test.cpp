#include "finding_status.hpp"

#include <gtest/gtest.h>

#include "dates.hpp"

namespace civilization {
namespace {

// A calendar of Monday-to-Friday weeks, enough to test deadline rules.
std::string add_weekdays(const std::string& date, int days) {
  std::string day = date;
  const int step = days < 0 ? -1 : 1;
  for (int left = days < 0 ? -days : days; left > 0;) {
    day = add_days(day, step);
    const int weekday = days_between(week_monday(day), day);  // 0 = Monday
    if (weekday < 5) --left;
  }
  return day;
}

Finding open_finding() {
  Finding f;
  f.id = "finding-0001";
  f.found_at = "2026-03-02T09:30";
  f.deadline = "2026-03-05";
  return f;
}

TEST(FindingStatus, MovesOneStepAtATimeAndStampsEachStep) {
  Finding f = open_finding();
  EXPECT_EQ(advance_finding(f, "rectified", "2026-03-04T16:00"), "");
  EXPECT_EQ(f.rectified_at, "2026-03-04T16:00");
  EXPECT_EQ(advance_finding(f, "checked", "2026-03-06T10:00"), "");
  EXPECT_EQ(advance_finding(f, "closed", "2026-03-06T10:00"), "");
  EXPECT_EQ(f.status, "closed");
  EXPECT_EQ(f.closed_at, "2026-03-06T10:00");
}

TEST(FindingStatus, RefusesSkippedBackwardAndUnknownSteps) {
  Finding f = open_finding();
  EXPECT_NE(advance_finding(f, "closed", "2026-03-04T16:00"), "");
  EXPECT_EQ(f.status, "open");
  EXPECT_NE(advance_finding(f, "open", "2026-03-04T16:00"), "");
  EXPECT_NE(advance_finding(f, "fixed", "2026-03-04T16:00"), "");
  EXPECT_TRUE(f.closed_at.empty());
}

TEST(FindingStatus, OnlyARectifiedFindingReopensAndItStartsANewRound) {
  Finding f = open_finding();
  EXPECT_NE(reopen_finding(f), "");
  advance_finding(f, "rectified", "2026-03-04T16:00");
  f.check_task = "r/check-finding-0001";
  f.overdue = true;
  EXPECT_EQ(reopen_finding(f), "");
  EXPECT_EQ(f.status, "open");
  EXPECT_EQ(f.round, 2);
  EXPECT_TRUE(f.check_task.empty());
  EXPECT_FALSE(f.overdue);
}

TEST(FindingStatus, OverdueIsFlaggedOnceAndOnlyWhileOpen) {
  Finding f = open_finding();
  EXPECT_TRUE(flag_overdue(f, "2026-03-06T08:00"));
  EXPECT_FALSE(flag_overdue(f, "2026-03-07T08:00"));
  EXPECT_EQ(f.overdue_at, "2026-03-06T08:00");
  Finding done = open_finding();
  done.status = "rectified";
  EXPECT_FALSE(flag_overdue(done, "2026-03-06T08:00"));
}

TEST(RectifyDeadline, DefaultsToWorkdaysAfterTheFinding) {
  // Found on Thursday 5 March: three workdays later is Tuesday 10 March.
  EXPECT_EQ(rectify_deadline("2026-03-05", "", 3, add_weekdays), "2026-03-10");
  EXPECT_EQ(rectify_deadline("2026-03-02", "", 3, add_weekdays), "2026-03-05");
}

TEST(RectifyDeadline, AnExplicitDateMustBeRealAndNotBeforeTheFinding) {
  EXPECT_EQ(rectify_deadline("2026-03-05", "2026-03-20", 3, add_weekdays), "2026-03-20");
  EXPECT_THROW(rectify_deadline("2026-03-05", "2026-03-04", 3, add_weekdays),
               std::invalid_argument);
  EXPECT_THROW(rectify_deadline("2026-03-05", "next week", 3, add_weekdays), std::invalid_argument);
}

TEST(AgeBuckets, ThreeSevenAndOlder) {
  EXPECT_EQ(age_bucket(0), AgeBucket::up_to_3_days);
  EXPECT_EQ(age_bucket(3), AgeBucket::up_to_3_days);
  EXPECT_EQ(age_bucket(4), AgeBucket::days_4_to_7);
  EXPECT_EQ(age_bucket(7), AgeBucket::days_4_to_7);
  EXPECT_EQ(age_bucket(8), AgeBucket::over_7_days);
  EXPECT_STREQ(age_bucket_label(AgeBucket::over_7_days), ">7天");
}

TEST(OpenOn, AFindingIsOpenFromItsDayUntilItIsClosed) {
  Finding f = open_finding();
  f.closed_at = "2026-03-09T10:00";
  EXPECT_FALSE(open_on(f, "2026-03-01"));
  EXPECT_TRUE(open_on(f, "2026-03-02"));
  EXPECT_TRUE(open_on(f, "2026-03-08"));
  EXPECT_FALSE(open_on(f, "2026-03-09"));
}

TEST(OverdueOn, PastTheDeadlineUntilRectifiedAsOfTheDay) {
  Finding f = open_finding();  // deadline 5 March
  EXPECT_FALSE(overdue_on(f, "2026-03-05"));
  EXPECT_TRUE(overdue_on(f, "2026-03-06"));
  f.rectified_at = "2026-03-09T15:00";
  f.status = "rectified";
  EXPECT_TRUE(overdue_on(f, "2026-03-06"));  // as it stood then
  EXPECT_FALSE(overdue_on(f, "2026-03-09"));
}

}  // namespace
}  // namespace civilization
