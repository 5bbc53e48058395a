// The planner on small inline workflows against the shipped organisation
// (30 people, six sections) and the 2026 calendar.

#include <gmock/gmock.h>

#include "plan/plan_fixture.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;

class Planner : public test::PlanFixture {};

constexpr const char* fan_out = R"(
[workflow]
id = "t"
name = "测试"
recurrence = { every = "week" }
policy = "13710"

[[task]]
id = "summary"
for_each = "units:section"
title = "{{unit.name}}第{{period.week}}周总结"
owner = "{{unit.chief}}"
due = { weekday = "friday", time = "12:00" }

[[task]]
id = "plan"
for_each = "units:section"
title = "{{unit.name}}计划"
owner = "{{unit.chief}}"
depends_on = ["summary"]
due = { weekday = "friday", time = "17:00" }

[[task]]
id = "info"
title = "第{{period.week}}周周信息"
owner = "role:office-chief"
depends_on = ["plan"]
due = { after = "plan", workdays = 1, time = "12:00" }
)";

TEST_F(Planner, FansOutOverSectionsAndPairsDependenciesByUnit) {
  load({{"t.toml", fan_out}});
  const auto run = plan("t", "2026-W07");
  ASSERT_EQ(run.tasks.size(), 13u);  // 6 summaries, 6 plans, 1 info
  const auto& plan_office = task(run, "plan.office");
  EXPECT_EQ(plan_office.title, "办公室计划");
  EXPECT_THAT(plan_office.depends_on, ElementsAre("summary.office"));
  EXPECT_EQ(task(run, "info").depends_on.size(), 6u);
  EXPECT_EQ(task(run, "summary.trade").title, "贸易科第7周总结");
  EXPECT_THAT(task(run, "summary.trade").owners, ElementsAre("lin-fang"));
  EXPECT_THAT(task(run, "info").owners, ElementsAre("liu-xiaoyan"));
}

TEST_F(Planner, WeekBeforeSpringFestivalUsesTheMakeUpSaturday) {
  load({{"t.toml", fan_out}});
  const auto run = plan("t", "2026-W07");
  EXPECT_EQ(due(task(run, "summary.office")), "2026-02-13T12:00:00+08:00");
  // One workday after Friday the 13th is the make-up Saturday the 14th.
  EXPECT_EQ(due(task(run, "info")), "2026-02-14T12:00:00+08:00");
}

TEST_F(Planner, NationalDayWeekMovesFridayBackToWednesday) {
  load({{"t.toml", fan_out}});
  const auto run = plan("t", "2026-W40");
  EXPECT_EQ(due(task(run, "summary.office")), "2026-09-30T12:00:00+08:00");
  EXPECT_EQ(due(task(run, "info")), "2026-10-08T12:00:00+08:00");
}

TEST_F(Planner, MilestonesFollowThePolicyAndNeverPassTheDueDate) {
  load({{"t.toml", fan_out}});
  const auto run = plan("t", "2026-W07");
  const auto& s = task(run, "summary.office");
  ASSERT_EQ(s.milestones.size(), 3u);  // 13710 for an ordinary task: 0d, 3d, 7d
  EXPECT_EQ(format_date(s.milestones[0].at.date), "2026-02-09");
  EXPECT_EQ(format_date(s.milestones[1].at.date), "2026-02-12");
  EXPECT_EQ(format_date(s.milestones[2].at.date), "2026-02-13");  // 7d is past Friday: capped
}

constexpr const char* rules = R"(
[workflow]
id = "r"
name = "规则"
recurrence = { every = "month" }

[[task]]
id = "third-workday"
title = "第三个工作日"
owner = "zheng-wei"
due = { nth_workday = 3 }

[[task]]
id = "last-workday"
title = "最后一个工作日"
owner = "zheng-wei"
due = { nth_workday = -1, time = "16:00" }

[[task]]
id = "after-end"
title = "月后5天"
owner = "zheng-wei"
due = { from = "end", days = 5 }

[[task]]
id = "no-rule"
title = "按政策"
owner = "zheng-wei"

[[task]]
id = "major"
title = "重大事项"
owner = "zheng-wei"
class = "major"
)";

TEST_F(Planner, DueRulesOnTheWorkingCalendar) {
  load({{"r.toml", rules}});
  const auto run = plan("r", "2026-10");
  EXPECT_EQ(due(task(run, "third-workday")),
            "2026-10-10T17:30:00+08:00");  // 8th, 9th, make-up 10th
  EXPECT_EQ(due(task(run, "last-workday")), "2026-10-30T16:00:00+08:00");
  EXPECT_EQ(due(task(run, "after-end")), "2026-11-05T17:30:00+08:00");
  // No rule: the last 13710 milestone for ordinary items, 7 workdays from the first workday.
  EXPECT_EQ(due(task(run, "no-rule")), "2026-10-16T17:30:00+08:00");
  // Major items: one month.
  EXPECT_EQ(due(task(run, "major")), "2026-11-09T17:30:00+08:00");
}

constexpr const char* list_and_params = R"(
[workflow]
id = "l"
name = "清单"

[parameters.lead]
type = "person"
default = "li-wenhua"

[lists]
items = [
  { id = "a1", owner = "song-tao", measure = "入库", deadline = 2026-06-30 },
  { id = "a2", owner = "yang-fan", measure = "入规", deadline = "2026-09-30" },
]

[[task]]
id = "item"
for_each = "list:items"
title = "{{item.measure}}（牵头：{{param.lead}}）"
owner = "{{item.owner}}"
due = { date = "{{item.deadline}}" }
)";

TEST_F(Planner, ListItemsAndParameters) {
  load({{"l.toml", list_and_params}});
  auto run = plan("l", "2026");
  EXPECT_EQ(task(run, "item.a1").title, "入库（牵头：li-wenhua）");
  EXPECT_THAT(task(run, "item.a2").owners, ElementsAre("yang-fan"));
  EXPECT_EQ(due(task(run, "item.a2")), "2026-09-30T17:30:00+08:00");
  run = plan("l", "2026", {{"lead", "wang-zhiqiang"}});
  EXPECT_EQ(task(run, "item.a1").title, "入库（牵头：wang-zhiqiang）");
}

TEST_F(Planner, BadParameterIsAnError) {
  load({{"l.toml", list_and_params}});
  plan("l", "2026", {{"lead", "nobody"}});
  ASSERT_TRUE(diagnostics_.has_errors());
  EXPECT_THAT(format_diagnostic(diagnostics_.sorted()[0]),
              ::testing::HasSubstr("parameter 'lead' must be a known person id, not 'nobody'"));
  plan("l", "2026", {{"leed", "li-wenhua"}});
  EXPECT_THAT(format_diagnostic(diagnostics_.sorted()[0]),
              ::testing::HasSubstr("has no parameter 'leed' (did you mean 'lead'?)"));
}

TEST_F(Planner, OwnerOnLeaveOnTheDueDateIsAWarning) {
  // 周婷 (zhou-ting) is on leave 2026-02-09 … 2026-02-13 in the shipped organisation.
  load({{"w.toml",
         "[workflow]\nid = \"w\"\nname = \"x\"\n[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = "
         "\"zhou-ting\"\n"
         "due = { date = 2026-02-12 }\n"}});
  plan("w", "2026-W07");
  EXPECT_FALSE(diagnostics_.has_errors());
  ASSERT_EQ(diagnostics_.warning_count(), 1);
  EXPECT_THAT(diagnostics_.sorted()[0].message,
              ::testing::HasSubstr("no owner is reachable on 2026-02-12 (all on leave)"));
}

TEST_F(Planner, CriticalPathFollowsDurations) {
  load({{"c.toml",
         "[workflow]\nid = \"c\"\nname = \"x\"\n"
         "[[task]]\nid = \"a\"\ntitle = \"a\"\nowner = \"zheng-wei\"\nduration = 2\n"
         "[[task]]\nid = \"b\"\ntitle = \"b\"\nowner = \"zheng-wei\"\nduration = 5\n"
         "[[task]]\nid = \"c\"\ntitle = \"c\"\nowner = \"zheng-wei\"\ndepends_on = [\"a\", "
         "\"b\"]\n"}});
  const auto run = plan("c", "2026-W07");
  EXPECT_THAT(run.critical_path, ElementsAre("b", "c"));
  EXPECT_FALSE(task(run, "a").critical);
}

}  // namespace
}  // namespace duban

namespace duban {
namespace {

class PlannerRules : public test::PlanFixture {};

constexpr const char* monthly_weekday = R"(
[workflow]
id = "m"
name = "月度"
recurrence = { every = "month" }

[[task]]
id = "monday"
title = "首个周一"
owner = "zheng-wei"
due = { weekday = "monday" }
checklist = ["核对{{period.key}}数据"]

[[task]]
id = "deadline"
title = "国庆期间截止"
owner = "zheng-wei"
due = { date = 2026-10-03 }
)";

TEST_F(PlannerRules, WeekdayRuleStaysInsideAMonth) {
  load({{"m.toml", monthly_weekday}});
  const auto run = plan("m", "2026-10");
  // October 2026 starts on a Thursday inside the National Day holiday; its
  // first Monday (the 5th) is a holiday too, so the task moves to the 8th.
  EXPECT_EQ(format_date(task(run, "monday").due.date), "2026-10-08");
}

TEST_F(PlannerRules, DateOnADayOffMovesToTheNextWorkday) {
  load({{"m.toml", monthly_weekday}});
  const auto run = plan("m", "2026-10");
  EXPECT_EQ(format_date(task(run, "deadline").due.date), "2026-10-08");
}

TEST_F(PlannerRules, ChecklistPlaceholdersAreRendered) {
  load({{"m.toml", monthly_weekday}});
  const auto run = plan("m", "2026-10");
  EXPECT_THAT(task(run, "monday").checklist, ElementsAre("核对2026-10数据"));
}

TEST_F(PlannerRules, DueBeforeHandOverIsAWarning) {
  load({{"h.toml", "[workflow]\nid = \"h\"\nname = \"x\"\n[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"zheng-wei\"\n"
                   "due = { date = 2026-03-02 }\n[[task]]\nid = \"b\"\ntitle = \"乙\"\nowner = \"zheng-wei\"\n"
                   "depends_on = [\"a\"]\ndue = { date = 2026-02-27 }\n"}});
  plan("h", "2026-02");
  ASSERT_EQ(diagnostics_.warning_count(), 1);
  EXPECT_THAT(diagnostics_.sorted()[0].message,
              ::testing::HasSubstr("task 'b' of 2026-02 is due 2026-02-27, before it is handed over on 2026-03-02"));
}

}  // namespace
}  // namespace duban

namespace duban {
namespace {

class RunOpening : public test::PlanFixture {};

TEST_F(RunOpening, TasksAreHandedOverOnTheRecurrencesDay) {
  load({{"o.toml", "[workflow]\nid = \"o\"\nname = \"x\"\nrecurrence = { every = \"week\", weekday = \"wednesday\" }\n"
                   "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"zheng-wei\"\ndue = { weekday = \"friday\" }\n"},
        {"m.toml", "[workflow]\nid = \"m\"\nname = \"x\"\nrecurrence = { every = \"month\", workday = 3 }\n"
                   "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"zheng-wei\"\ndue = { from = \"end\" }\n"},
        {"y.toml", "[workflow]\nid = \"y\"\nname = \"x\"\nrecurrence = { every = \"year\", month = 5, day = 31 }\n"
                   "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"zheng-wei\"\ndue = { from = \"end\" }\n"}});
  EXPECT_EQ(format_date(task(plan("o", "2026-W07"), "a").start.date), "2026-02-11");
  // Wednesday 30 September is the last workday before National Day.
  EXPECT_EQ(format_date(task(plan("o", "2026-W40"), "a").start.date), "2026-09-30");
  // The third workday of October 2026: the 8th, 9th, then the make-up Saturday 10th.
  const auto october = plan("m", "2026-10");
  EXPECT_EQ(format_date(task(october, "a").start.date), "2026-10-10");
  EXPECT_EQ(format_date(task(october, "a").milestones.front().at.date), "2026-10-10");
  // 31 May 2026 is a Sunday: the run opens on Monday 1 June.
  EXPECT_EQ(format_date(task(plan("y", "2026"), "a").start.date), "2026-06-01");
}

}  // namespace
}  // namespace duban
