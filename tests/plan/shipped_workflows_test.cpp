// Each shipped workflow planned for real periods of 2026 on the shipped
// organisation and calendar: owners resolved to people, dates on the
// working calendar (the Spring Festival week 2026-W07 with its make-up
// Saturday, and National Day week 2026-W40 whose Friday is a holiday).

#include <gmock/gmock.h>

#include "plan/plan_fixture.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;

class ShippedWorkflows : public test::PlanFixture {
 protected:
  void SetUp() override { load(); }
  void expect(const PlannedRun& run, const std::string& id, std::vector<std::string> owners,
              const std::string& due_at) {
    const auto& t = task(run, id);
    EXPECT_EQ(t.owners, owners) << id;
    EXPECT_EQ(due(t), due_at) << id;
  }
  void expect_clean() {
    for (const auto& d : diagnostics_.sorted()) ADD_FAILURE() << format_diagnostic(d);
  }
};

TEST_F(ShippedWorkflows, WeeklyPlanningBeforeTheSpringFestival) {
  const auto run = plan("weekly-planning", "2026-W07");
  expect_clean();
  ASSERT_EQ(run.tasks.size(), 14u);
  expect(run, "summary.office", {"liu-xiaoyan"}, "2026-02-13T12:00:00+08:00");
  expect(run, "summary.agriculture", {"feng-jun"}, "2026-02-13T12:00:00+08:00");
  expect(run, "dispatch", {"zhang-jianguo", "li-wenhua", "wang-zhiqiang", "zhao-liping"}, "2026-02-13T15:00:00+08:00");
  expect(run, "plan.industry", {"yang-fan"}, "2026-02-13T17:30:00+08:00");
  // The weekly information is due the next workday: the make-up Saturday.
  expect(run, "weekly-info", {"liu-xiaoyan"}, "2026-02-14T12:00:00+08:00");
  EXPECT_THAT(task(run, "plan.industry").depends_on, ElementsAre("summary.industry", "dispatch"));
}

TEST_F(ShippedWorkflows, WeeklyPlanningInNationalDayWeek) {
  const auto run = plan("weekly-planning", "2026-W40");
  expect_clean();
  expect(run, "summary.trade", {"lin-fang"}, "2026-09-30T12:00:00+08:00");
  expect(run, "dispatch", {"zhang-jianguo", "li-wenhua", "wang-zhiqiang", "zhao-liping"}, "2026-09-30T15:00:00+08:00");
  expect(run, "weekly-info", {"liu-xiaoyan"}, "2026-10-08T12:00:00+08:00");
}

TEST_F(ShippedWorkflows, FridayClassroomInBothHolidayWeeks) {
  auto run = plan("friday-classroom", "2026-W07");
  expect_clean();
  expect(run, "topic", {"liu-xiaoyan"}, "2026-02-10T12:00:00+08:00");
  expect(run, "lecture", {"li-wenhua"}, "2026-02-13T16:30:00+08:00");
  expect(run, "attendance", {"liu-xiaoyan"}, "2026-02-14T12:00:00+08:00");
  run = plan("friday-classroom", "2026-W40", {{"speaker", "wang-zhiqiang"}, {"topic", "讲法律"}});
  expect_clean();
  expect(run, "lecture", {"wang-zhiqiang"}, "2026-09-30T16:30:00+08:00");
  expect(run, "attendance", {"liu-xiaoyan"}, "2026-10-08T12:00:00+08:00");
  EXPECT_THAT(task(run, "topic").title, ::testing::HasSubstr("讲法律"));
}

TEST_F(ShippedWorkflows, MonthlyReportForFebruaryAndSeptember) {
  auto run = plan("monthly-report", "2026-02");
  expect_clean();
  expect(run, "section-data.industry", {"yang-fan"}, "2026-03-12T17:30:00+08:00");
  expect(run, "draft", {"zheng-wei"}, "2026-03-17T17:30:00+08:00");
  expect(run, "review", {"li-wenhua"}, "2026-03-18T17:30:00+08:00");
  expect(run, "submit", {"zheng-wei"}, "2026-03-19T12:00:00+08:00");
  // September's report is written across the National Day holiday.
  run = plan("monthly-report", "2026-09");
  expect_clean();
  expect(run, "section-data.trade", {"lin-fang"}, "2026-10-12T17:30:00+08:00");
  expect(run, "submit", {"zheng-wei"}, "2026-10-19T12:00:00+08:00");
}

TEST_F(ShippedWorkflows, QuarterlyAnalysisQ1AndQ3) {
  auto run = plan("quarterly-analysis", "2026-Q1");
  expect_clean();
  expect(run, "section-analysis.agriculture", {"feng-jun"}, "2026-04-17T17:30:00+08:00");
  expect(run, "sign-off", {"zhang-jianguo"}, "2026-04-29T17:30:00+08:00");
  expect(run, "report", {"zheng-wei"}, "2026-04-30T12:00:00+08:00");
  run = plan("quarterly-analysis", "2026-Q3");
  expect_clean();
  expect(run, "section-analysis.industry", {"yang-fan"}, "2026-10-22T17:30:00+08:00");
  expect(run, "report", {"zheng-wei"}, "2026-11-04T12:00:00+08:00");
}

TEST_F(ShippedWorkflows, DataQualityCheckSampleVerifyRectifyRecheckReport) {
  const auto run = plan("data-quality-check", "2026-Q2");
  expect_clean();
  ASSERT_EQ(run.tasks.size(), 16u);
  expect(run, "sample", {"huang-jing", "zhu-peng", "gao-feng", "xie-lin"}, "2026-04-09T17:30:00+08:00");
  expect(run, "verify.industry", {"yang-fan", "zhu-peng"}, "2026-04-23T17:30:00+08:00");
  expect(run, "rectify.trade", {"lin-fang"}, "2026-05-14T17:30:00+08:00");
  expect(run, "recheck.investment", {"xie-lin"}, "2026-05-21T17:30:00+08:00");
  expect(run, "report", {"zheng-wei"}, "2026-05-28T17:30:00+08:00");
  EXPECT_THAT(task(run, "recheck.trade").depends_on, ElementsAre("rectify.trade"));
}

TEST_F(ShippedWorkflows, ResponsibilityListItemsCarryTheirOwnersAndDeadlines) {
  const auto run = plan("responsibility-list", "2026");
  expect_clean();
  expect(run, "leading-group", {"zhang-jianguo"}, "2026-01-09T17:30:00+08:00");
  expect(run, "item.a03", {"sun-hao", "liu-xiaoyan", "li-wenhua"}, "2026-06-30T17:30:00+08:00");
  expect(run, "item.a05", {"yang-fan", "wang-zhiqiang"}, "2026-06-30T17:30:00+08:00");
  expect(run, "progress.m10", {"liu-xiaoyan"}, "2026-10-23T17:30:00+08:00");
  expect(run, "higher-review", {"zhang-jianguo"}, "2026-12-31T17:30:00+08:00");
  // Items are major: 13710 gives them a month (or a plan) after hand-over.
  const auto& item = task(run, "item.a03");
  ASSERT_EQ(item.milestones.size(), 3u);
  EXPECT_EQ(item.milestones.back().name, "解决或报计划");
}

}  // namespace
}  // namespace duban
