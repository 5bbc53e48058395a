// The plugin's task kinds, hooks, commands and section run against the
// SDK's test double of the core (duban/testing/fake_context.hpp), with the
// plugin installed as duban loads it: the glue between the logic and the SDK.

#include <gtest/gtest.h>

#include <duban/testing/fake_context.hpp>
#include <duban/testing/plugin_under_test.hpp>
#include <sstream>

#include "model.hpp"
#include "registrations.hpp"

namespace civilization {
namespace {

using duban::testing::FakeContext;

class Extensions : public ::testing::Test {
 protected:
  void SetUp() override {
    add_people();
    ctx_.install(duban::testing::create_plugin_under_test());
    ctx_.set_now("2026-03-02T08:00");  // a Monday
    ctx_.set_config({{"campaign_lead", "li-wenhua"},
                     {"rectify_workdays", 3},
                     {"check_workdays", 2},
                     {"rectify_owner", "cadre"},
                     {"check_by", "team-leader"},
                     {"policy", ""},
                     {"max_activity_hours", 12}});
    add_area("jiefang-rd", "road-section", "road-team", "wang-zhiqiang");
    add_area("xingfu-yard", "compound", "compound-team", "");
  }

  // Two volunteer teams, their members, a cadre and the campaign lead.
  void add_people() {
    auto& org = ctx_.organisation();
    for (const char* id :
         {"yang-fan", "zhu-peng", "guo-tao", "zheng-wei", "ma-li", "wang-zhiqiang", "li-wenhua"}) {
      org.add_person(id, std::string("name-") + id, "unit");
    }
    org.add_team({"road-team", "路长路段党员志愿服务队", "yang-fan", {"zhu-peng", "guo-tao"}});
    org.add_team({"compound-team", "无主楼院党员志愿服务队", "zheng-wei", {"ma-li"}});
  }

  void add_area(const std::string& id, const std::string& kind, const std::string& team,
                const std::string& cadre) {
    Area a;
    a.id = id;
    a.kind = kind;
    a.name = "name-" + id;
    a.team = team;
    a.cadre = cadre;
    ctx_.records().put(area_type, id, to_json(a));
  }

  // Runs the plugin's command of the same name as duban would (as the actor set).
  int command(const duban::sdk::Command& c, std::map<std::string, std::string> options,
              std::vector<std::string> arguments = {}, const std::string& format = "table") {
    out_.str("");
    return ctx_.run_command(c.name, {std::move(options), std::move(arguments), format}, out_);
  }

  // The automatic task of `kind` in the run (workflow, period), created now
  // and run as `duban tick` runs it. Each call adds a task of its own, as a
  // second tick of a re-planned run would.
  duban::sdk::TaskResult run_automatic(const std::string& workflow, const std::string& period,
                                       const std::string& kind, const nlohmann::json& params) {
    const auto run = ctx_.ensure_run(workflow, period, "");
    duban::sdk::NewTask task;
    task.key = "dispatch-" + std::to_string(++automatic_tasks_);
    task.title = "dispatch";
    task.owners = {"li-wenhua"};
    task.due = ctx_.now();
    task.kind = kind;
    task.params = params.is_null() ? nlohmann::json::object() : params;
    return ctx_.run_task(ctx_.create_task(run.id, task).id);
  }

  duban::sdk::TaskResult tick_daily(const std::string& date, const nlohmann::json& params = {}) {
    return run_automatic("civilization-daily", date, "civilization.dispatch-patrols", params);
  }

  // The task's owner closes it (`duban task done`).
  void patrolled(const std::string& id) { ctx_.close_task(id, ctx_.task(id)->owners.front()); }

  // The task is closed at `now`; the plugin's completion hook runs, as in duban.
  void complete(const std::string& id, const std::string& now) {
    ctx_.set_now(now);
    ctx_.complete_task(id, nullptr);
  }

  Finding finding(const std::string& id) {
    return finding_from_json(id, ctx_.records().get(finding_type, id)->data);
  }

  FakeContext ctx_{"civilization"};
  std::ostringstream out_;
  int automatic_tasks_ = 0;
};

TEST_F(Extensions, DispatchCreatesOnePatrolPerActiveAreaOwnedByTheTeamLeaderOnce) {
  const auto result = tick_daily("2026-03-02");
  EXPECT_TRUE(result.ok) << result.message;
  const auto patrol = ctx_.task("civilization-daily/2026-03-02/patrol-jiefang-rd");
  ASSERT_TRUE(patrol);
  EXPECT_EQ(patrol->owners, std::vector<std::string>{"yang-fan"});
  EXPECT_EQ(patrol->due, "2026-03-02T17:30");
  EXPECT_EQ(result.evidence["patrols"].size(), 2u);
  EXPECT_EQ(tick_daily("2026-03-02").evidence["patrols"].size(), 0u);  // again: nothing new
}

TEST_F(Extensions, DispatchCanRotateDutyAndKeepToOneKind) {
  tick_daily("2026-03-03", {{"roster", "rotate"}, {"area_kind", "road-section"}});
  EXPECT_FALSE(ctx_.task("civilization-daily/2026-03-03/patrol-xingfu-yard"));
  const auto day1 = ctx_.task("civilization-daily/2026-03-03/patrol-jiefang-rd")->owners[0];
  tick_daily("2026-03-04", {{"roster", "rotate"}});
  const auto day2 = ctx_.task("civilization-daily/2026-03-04/patrol-jiefang-rd")->owners[0];
  EXPECT_NE(day1, day2);
}

TEST_F(Extensions, AFindingIsRectifiedCheckedAndClosed) {
  tick_daily("2026-03-02");
  ctx_.set_now("2026-03-02T10:00");
  ctx_.set_actor("yang-fan");
  ASSERT_EQ(command(finding_command(), {{"area", "jiefang-rd"}, {"text", "单车乱停放"}}), 0);
  Finding f = finding("finding-0001");
  EXPECT_EQ(f.deadline, "2026-03-05");
  EXPECT_EQ(f.patrol_task, "civilization-daily/2026-03-02/patrol-jiefang-rd");
  const auto rectify = ctx_.task(f.rectify_task);
  ASSERT_TRUE(rectify);
  EXPECT_EQ(rectify->owners[0], "wang-zhiqiang");  // the cadre of the area

  complete(f.rectify_task, "2026-03-04T16:00");  // a Wednesday
  f = finding("finding-0001");
  EXPECT_EQ(f.status, "rectified");
  const auto check = ctx_.task(f.check_task);
  ASSERT_TRUE(check);
  EXPECT_EQ(check->owners[0], "yang-fan");
  EXPECT_EQ(check->due, "2026-03-06T17:30");

  complete(f.check_task, "2026-03-05T09:00");
  f = finding("finding-0001");
  EXPECT_EQ(f.status, "closed");
  EXPECT_EQ(f.checked_at, "2026-03-05T09:00");
  EXPECT_EQ(f.closed_at, "2026-03-05T09:00");
}

TEST_F(Extensions, AFailedCheckSendsTheFindingBackForAnotherRound) {
  ctx_.set_now("2026-03-02T10:00");
  ctx_.set_actor("yang-fan");
  command(finding_command(), {{"area", "jiefang-rd"}, {"text", "单车乱停放"}});
  complete(finding("finding-0001").rectify_task, "2026-03-03T16:00");
  const std::string first_check = finding("finding-0001").check_task;
  EXPECT_THROW(command(recheck_command(), {{"finding", "finding-0002"}, {"text", "x"}}),
               duban::sdk::CommandError);
  ctx_.set_now("2026-03-04T10:00");
  ASSERT_EQ(command(recheck_command(), {{"finding", "finding-0001"}, {"text", "仍有单车堆放"}}), 0);
  Finding f = finding("finding-0001");
  EXPECT_EQ(f.status, "open");
  EXPECT_EQ(f.round, 2);
  EXPECT_EQ(f.deadline, "2026-03-09");
  EXPECT_EQ(f.rectify_task, "civilization-rectify/2026-03/rectify-finding-0001-2");
  EXPECT_EQ(ctx_.task(first_check)->state, "done");
  complete(f.rectify_task, "2026-03-05T16:00");
  EXPECT_EQ(finding("finding-0001").check_task,
            "civilization-rectify/2026-03/check-finding-0001-2");
  EXPECT_THROW(command(recheck_command(),
                       {{"finding", "finding-0001"}, {"text", "x"}, {"deadline", "2026-03-01"}}),
               duban::sdk::CommandError);
  EXPECT_EQ(finding("finding-0001").status, "rectified");  // the refused recheck changed nothing
}

TEST_F(Extensions, AnAreaWithoutCadreIsRectifiedByTheTeamLeader) {
  ctx_.set_actor("ma-li");
  ASSERT_EQ(command(finding_command(), {{"area", "xingfu-yard"}, {"text", "堆物"}}), 0);
  EXPECT_EQ(ctx_.task(finding("finding-0001").rectify_task)->owners[0], "zheng-wei");
  EXPECT_THROW(command(finding_command(), {{"area", "nowhere"}, {"text", "x"}}),
               duban::sdk::CommandError);
  EXPECT_THROW(command(finding_command(),
                       {{"area", "xingfu-yard"}, {"text", "x"}, {"deadline", "2026-03-01"}}),
               duban::sdk::CommandError);
}

TEST_F(Extensions, OverdueIsFlaggedOnTheFinding) {
  ctx_.set_actor("yang-fan");
  command(finding_command(), {{"area", "jiefang-rd"}, {"text", "x"}});
  ctx_.set_now("2026-03-06T08:00");
  ASSERT_TRUE(ctx_.mark_overdue(finding("finding-0001").rectify_task));  // as tick does
  EXPECT_TRUE(finding("finding-0001").overdue);
  EXPECT_EQ(finding("finding-0001").overdue_at, "2026-03-06T08:00");
}

TEST_F(Extensions, HoursAreRecordedWithTheTeamAndRefusedWhenSelfVerified) {
  ctx_.set_now("2026-03-07T12:00");
  ctx_.set_actor("yang-fan");
  const std::map<std::string, std::string> options{{"person", "zhu-peng"},
                                                   {"activity", "巡查"},
                                                   {"start", "2026-03-07T08:30"},
                                                   {"end", "11:00"}};
  ASSERT_EQ(command(hours_command(), options), 0);
  const auto e = hours_from_json("hours-0001", ctx_.records().get(hours_type, "hours-0001")->data);
  EXPECT_EQ(e.team, "road-team");
  EXPECT_DOUBLE_EQ(e.hours, 2.5);
  ctx_.set_actor("zhu-peng");
  EXPECT_THROW(command(hours_command(), options), duban::sdk::CommandError);
}

TEST_F(Extensions, WeeklyDispatchRollsUpAndHandsTheMeetingToTheLead) {
  tick_daily("2026-03-02");
  patrolled("civilization-daily/2026-03-02/patrol-jiefang-rd");
  ctx_.set_now("2026-03-06T08:00");
  const auto result = run_automatic("civilization-weekly", "2026-W10",
                                    "civilization.weekly-dispatch", {{"meeting", true}});
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.evidence["patrols"]["done"], 1);
  EXPECT_EQ(result.evidence["patrols"]["total"], 2);
  const auto meeting = ctx_.task("civilization-weekly/2026-W10/dispatch-meeting");
  ASSERT_TRUE(meeting);
  EXPECT_EQ(meeting->owners[0], "li-wenhua");
  EXPECT_EQ(meeting->due, "2026-03-06T17:30");
}

TEST_F(Extensions, SectionShowsCoverageAgesAndHours) {
  tick_daily("2026-03-09");
  patrolled("civilization-daily/2026-03-09/patrol-xingfu-yard");
  ctx_.set_now("2026-03-02T10:00");
  ctx_.set_actor("yang-fan");
  command(finding_command(), {{"area", "jiefang-rd"}, {"text", "x"}});
  ctx_.set_now("2026-03-10T12:00");
  command(hours_command(), {{"person", "zhu-peng"},
                            {"activity", "巡查"},
                            {"start", "2026-03-10T08:30"},
                            {"end", "11:00"}});
  const auto section =
      ctx_.build_section("civilization", {"2026-W11", "week", "2026-03-09", "2026-03-15", "", ""});
  EXPECT_EQ(section.title, "创文创卫");
  EXPECT_EQ(section.data["period"]["end"], "2026-03-10");  // not past today
  EXPECT_EQ(section.data["areas"]["covered"], 1);
  EXPECT_EQ(section.data["findings"]["open_by_age"]["gt7"], 1);
  EXPECT_EQ(section.data["hours"]["by_person"][0]["person"], "zhu-peng");
  ASSERT_GE(section.tables.size(), 4u);
  EXPECT_EQ(section.tables[0].rows.size(), 2u);
}

TEST_F(Extensions, SectionForOnePersonKeepsTheirAreasAndHours) {
  ctx_.set_now("2026-03-10T12:00");
  ctx_.set_actor("yang-fan");
  command(hours_command(), {{"person", "zhu-peng"},
                            {"activity", "巡查"},
                            {"start", "2026-03-10T08:30"},
                            {"end", "11:00"}});
  command(hours_command(), {{"person", "guo-tao"},
                            {"activity", "巡查"},
                            {"start", "2026-03-10T08:30"},
                            {"end", "10:00"}});
  const auto section = ctx_.build_section(
      "civilization", {"2026-W11", "week", "2026-03-09", "2026-03-15", "", "zhu-peng"});
  EXPECT_EQ(section.data["areas"]["total"], 1);  // jiefang-rd: zhu-peng is in road-team
  EXPECT_EQ(section.data["hours"]["total"], 2.5);
}

TEST_F(Extensions, AreasAreAddedAndListed) {
  EXPECT_EQ(command(area_command(),
                    {{"id", "renmin-post"},
                     {"kind", "交通文明岗"},
                     {"name", "人民路口"},
                     {"team", "road-team"}},
                    {"add"}),
            0);
  EXPECT_THROW(
      command(
          area_command(),
          {{"id", "renmin-post"}, {"kind", "traffic-post"}, {"name", "x"}, {"team", "road-team"}},
          {"add"}),
      duban::sdk::CommandError);
  EXPECT_THROW(
      command(area_command(),
              {{"id", "坏"}, {"kind", "traffic-post"}, {"name", "x"}, {"team", "road-team"}},
              {"add"}),
      duban::sdk::CommandError);
  ASSERT_EQ(command(area_command(), {}, {"list"}, "json"), 0);
  EXPECT_EQ(nlohmann::json::parse(out_.str()).size(), 3u);
}

}  // namespace
}  // namespace civilization
