// Report figures: categories by risk state, overdue measures, jobs and assistance.

#include "tallies.hpp"

#include <gtest/gtest.h>

namespace duban::village {
namespace {

MeasureRow measure(std::string id, std::string household, std::string type, std::string status,
                   std::string due, std::string done_on = "", int people = 1) {
  MeasureRow row;
  row.id = std::move(id);
  row.household = std::move(household);
  row.type = std::move(type);
  row.status = std::move(status);
  row.due = std::move(due);
  row.done_on = std::move(done_on);
  row.people = people;
  return row;
}

TEST(Tallies, HouseholdsByCategoryAndRiskState) {
  const auto tallies = tally_by_category({{"h1", "unstable", "monitored"},
                                          {"h2", "unstable", "cleared"},
                                          {"h3", "marginal", "monitored"},
                                          {"h4", "legacy", "monitored"}},
                                         default_categories());
  ASSERT_EQ(tallies.size(), 4U);
  EXPECT_EQ(tallies[0].monitored, 1);
  EXPECT_EQ(tallies[0].cleared, 1);
  EXPECT_EQ(tallies[1].total(), 1);
  EXPECT_EQ(tallies[2].total(), 0);  // 突发严重困难户: kept, with zero
  EXPECT_EQ(tallies[3].category.name, "legacy");
}

TEST(Tallies, OverdueIsOpenAndPastDueOrFlagged) {
  auto flagged = measure("m3", "h3", "health", "open", "2026-04-01");
  flagged.flagged_overdue = true;
  const std::vector<MeasureRow> rows{
      measure("m1", "h1", "employment", "open", "2026-03-10"),
      measure("m2", "h2", "employment", "done", "2026-03-01", "2026-03-05"),
      flagged,
      measure("m4", "h4", "dibao", "open", "2026-03-13"),  // due today: not yet
      measure("m5", "h5", "dibao", "open", "2026-03-09"),
  };
  const auto overdue = overdue_measures(rows, "2026-03-13");
  ASSERT_EQ(overdue.size(), 3U);
  EXPECT_EQ(overdue[0].id, "m5");
  EXPECT_EQ(overdue[1].id, "m1");
  EXPECT_EQ(overdue[2].id, "m3");
}

TEST(Tallies, PeopleIntoJobsCountsDoneJobMeasuresInTheWindow) {
  const std::vector<MeasureRow> rows{
      measure("m1", "h1", "employment", "done", "2026-03-10", "2026-03-06", 2),
      measure("m2", "h2", "public-post", "done", "2026-03-10", "2026-01-20"),
      measure("m3", "h3", "employment", "open", "2026-03-10"),
      measure("m4", "h4", "employment", "done", "2025-12-10", "2025-12-09"),
      measure("m5", "h5", "industry", "done", "2026-03-10", "2026-03-06"),
  };
  EXPECT_EQ(people_into_jobs(rows, "2026-01-01", "2026-03-15"), 3);
  EXPECT_EQ(people_into_jobs(rows, "2026-03-09", "2026-03-15"), 0);
}

TEST(Tallies, HouseholdsAssistedAreDistinct) {
  const std::vector<MeasureRow> rows{
      measure("m1", "h1", "dibao", "done", "2026-03-10", "2026-03-06"),
      measure("m2", "h1", "temporary-aid", "done", "2026-03-10", "2026-03-07"),
      measure("m3", "h2", "社会救助", "done", "2026-03-10", "2026-03-08"),
      measure("m4", "h3", "tekun", "open", "2026-03-10"),
  };
  EXPECT_EQ(households_assisted(rows, "2026-01-01", "2026-03-31").size(), 2U);
}

}  // namespace
}  // namespace duban::village
