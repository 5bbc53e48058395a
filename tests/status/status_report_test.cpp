// The status report of a week on the shipped workspace, with the engine
// writing to the in-memory store: counts, red and yellow lists, what was
// closed within the week and what falls due in the next.
//
// Week 2026-W10 (2–8 March) of the weekly planning, seen on Friday 13:00,
// after the sections' summaries were due at noon:
//   office       acknowledged, closed Wednesday        done on time
//   agriculture  acknowledged, closed Thursday         done on time
//   general      acknowledged, closed Friday 12:30     done late
//   industry     never acknowledged                    red since Monday's 签收
//   investment   acknowledged Tuesday, started         red since noon
//   trade        acknowledged                          red since noon
// The dispatch meeting (15:00) and the six plans (17:30) were handed over
// on Friday morning and are due within a workday: yellow. The weekly
// information is due Monday 9 March, in the next week, with week 11's run.

#include <gmock/gmock.h>

#include "engine/engine_fixture.hpp"
#include "status/status_report.hpp"
#include "support/local_time.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;

// The tasks' keys in the list's order.
std::vector<std::string> keys(const std::vector<StatusItem>& items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(item.task.key);
  return out;
}

class StatusReportTest : public test::EngineFixture {
 protected:
  void SetUp() override {
    EngineFixture::SetUp();
    create("weekly-planning", "2026-W10", "2026-03-02T08:00");
    create("weekly-planning", "2026-W11", "2026-03-02T08:00");
    close("summary.office", "2026-03-04T16:00");
    close("summary.agriculture", "2026-03-05T10:00");
    close("summary.general", "2026-03-06T12:30");
    by_owner(TaskAction::ack, "summary.investment", "2026-03-03T09:00");
    by_owner(TaskAction::start, "summary.investment", "2026-03-04T09:00");
    by_owner(TaskAction::ack, "summary.trade", "2026-03-02T10:00");
  }

  static std::string id(const std::string& key) { return "weekly-planning/2026-W10/" + key; }

  // `action` on a W10 task by its accountable owner.
  void by_owner(TaskAction action, const std::string& key, const std::string& when) {
    act(action, id(key), task(id(key)).owners.front(), when);
  }

  // Acknowledged on Monday morning, closed at `when`.
  void close(const std::string& key, const std::string& when) {
    by_owner(TaskAction::ack, key, "2026-03-02T10:00");
    by_owner(TaskAction::done, key, when);
  }

  StatusReport status(const StatusFilter& filter = {}) {
    return build_status(workspace_->definitions(), *store_, *parse_period("2026-W10"),
                        at("2026-03-06T13:00"), filter);
  }
};

TEST_F(StatusReportTest, CountsTheWeeksTasks) {
  const StatusCounts totals = status().totals;
  EXPECT_EQ(totals.due, 13);  // six summaries, the meeting, six plans
  EXPECT_EQ(totals.done, 3);
  EXPECT_EQ(totals.done_on_time, 2);
  EXPECT_EQ(totals.overdue, 3);
  EXPECT_EQ(totals.red, 3);
  EXPECT_EQ(totals.yellow, 7);
  EXPECT_EQ(totals.green, 0);
}

TEST_F(StatusReportTest, CountsByUnitAndByOwner) {
  const StatusReport report = status();
  const StatusCounts& industry = report.by_unit.at("industry");
  EXPECT_EQ(industry.due, 2);  // its summary and its plan
  EXPECT_EQ(industry.red, 1);
  EXPECT_EQ(industry.yellow, 1);
  const std::string chief = task(id("summary.industry")).owners.front();
  EXPECT_EQ(report.by_person.at(chief).overdue, 1);
}

TEST_F(StatusReportTest, RedIsWorstFirstThenByDueAndId) {
  const StatusReport report = status();
  EXPECT_THAT(keys(report.red),
              ElementsAre("summary.industry", "summary.investment", "summary.trade"));
  EXPECT_EQ(report.red[0].light.milestone, "签收");
  EXPECT_EQ(report.red[0].light.days_late, 4);  // Monday to Friday
  EXPECT_EQ(report.red[1].light.days_late, 0);
}

TEST_F(StatusReportTest, YellowAreTheHandedOverTasksDueWithinAWorkday) {
  EXPECT_THAT(keys(status().yellow),
              ElementsAre("dispatch", "plan.agriculture", "plan.general", "plan.industry",
                          "plan.investment", "plan.office", "plan.trade"));
}

TEST_F(StatusReportTest, DoneListsTheTasksClosedWithinTheWeek) {
  EXPECT_THAT(keys(status().done),
              ElementsAre("summary.agriculture", "summary.general", "summary.office"));
}

TEST_F(StatusReportTest, DueNextIsTheNextWeeksOpenTasksByDue) {
  const StatusReport report = status();
  // W10's weekly information, then W11's tasks but its weekly information
  // (due on the Monday after).
  ASSERT_EQ(report.due_next.size(), 14u);
  EXPECT_EQ(report.due_next.front().task.id, id("weekly-info"));
  EXPECT_EQ(report.due_next.back().task.id, "weekly-planning/2026-W11/plan.trade");
}

TEST_F(StatusReportTest, AUnitFilterKeepsOnlyItsTasks) {
  StatusFilter filter;
  filter.unit = "industry";
  const StatusReport report = status(filter);
  EXPECT_EQ(report.totals.due, 2);
  EXPECT_THAT(keys(report.red), ElementsAre("summary.industry"));
  EXPECT_THAT(keys(report.yellow), ElementsAre("plan.industry"));
}

}  // namespace
}  // namespace duban
