// End-to-end: runs, actions, tick, status and the log on the real binary.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_duban.hpp"

namespace duban {
namespace {

using test::run_duban;
using ::testing::HasSubstr;

class TrackingCli : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
    auto r =
        duban({"--now", "2026-02-09T09:00", "plan", "weekly-planning", "--period", "2026-W07"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  test::RunResult duban(const std::vector<std::string>& args) {
    return run_duban(dir.path() / "ws", args);
  }
  test::RunResult as(const std::string& who, const std::string& when,
                     std::vector<std::string> args) {
    args.insert(args.begin(), {"--as", who, "--now", when});
    return duban(args);
  }
  nlohmann::json json_of(std::vector<std::string> args) {
    args.insert(args.begin(), {"--format", "json"});
    auto r = duban(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  const std::string office = "weekly-planning/2026-W07/summary.office";
  test::TempDir dir;
};

TEST_F(TrackingCli, ActionsMoveTheTaskAndTheLogVerifies) {
  EXPECT_EQ(as("liu-xiaoyan", "2026-02-09T10:00", {"task", "ack", office}).exit_code, 0);
  auto done = as("liu-xiaoyan", "2026-02-12T16:00", {"task", "done", office});
  ASSERT_EQ(done.exit_code, 0) << done.err;
  auto task = json_of({"task", "show", office});
  EXPECT_EQ(task["state"], "done");
  EXPECT_EQ(task["history"].size(), 3u);
  auto verify = duban({"log", "--verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
  EXPECT_THAT(verify.out, HasSubstr("hash chain intact"));
  auto log = json_of({"log", office});
  EXPECT_EQ(log["events"].size(), 3u);
  EXPECT_EQ(log["events"][1]["actor"], "liu-xiaoyan");
}

TEST_F(TrackingCli, IllegalActionsExit2AndChangeNothing) {
  auto before = json_of({"log"})["events"].size();
  auto pending = as("liu-xiaoyan", "2026-02-13T17:00",
                    {"task", "done", "weekly-planning/2026-W07/plan.office"});
  EXPECT_EQ(pending.exit_code, 2);
  EXPECT_THAT(pending.err, HasSubstr("waiting for"));
  auto other_unit = as("yang-fan", "2026-02-10T09:00", {"task", "done", office});
  EXPECT_EQ(other_unit.exit_code, 2);
  EXPECT_THAT(other_unit.err, HasSubstr("neither owns it nor leads its owners"));
  auto nobody = as("nobody", "2026-02-10T09:00", {"task", "ack", office});
  EXPECT_EQ(nobody.exit_code, 2);
  auto no_reason = duban({"--as", "liu-xiaoyan", "task", "block", office});
  EXPECT_EQ(no_reason.exit_code, 2);
  EXPECT_EQ(json_of({"log"})["events"].size(), before);
}

TEST_F(TrackingCli, TickLightsAndEscalatesOnceHoweverManyTimesItRuns) {
  // Nothing done by Tuesday the 24th: every summary missed its milestones.
  ASSERT_EQ(duban({"--now", "2026-02-24T09:00", "tick"}).exit_code, 0);
  auto first = json_of({"log"})["events"].size();
  ASSERT_EQ(duban({"--now", "2026-02-24T09:30", "tick"}).exit_code, 0);
  EXPECT_EQ(json_of({"log"})["events"].size(), first);
  auto task = json_of({"task", "show", office});
  EXPECT_EQ(task["light"], "red");
  EXPECT_GE(task["escalation_level"].get<int>(), 1);
  EXPECT_EQ(duban({"log", "--verify"}).exit_code, 0);
}

TEST_F(TrackingCli, WeeklyStatusCountsAndRates) {
  ASSERT_EQ(as("liu-xiaoyan", "2026-02-12T10:00", {"task", "done", office}).exit_code, 0);
  ASSERT_EQ(as("zheng-wei", "2026-02-13T15:00",
               {"task", "done", "weekly-planning/2026-W07/summary.general"})
                .exit_code,
            0);
  auto status = json_of({"--now", "2026-02-13T18:00", "status", "--week", "2026-W07"});
  const auto& t = status["totals"];
  for (const char* key : {"due", "done", "done_on_time", "overdue", "red", "yellow", "green",
                          "closure_rate", "on_time_rate"}) {
    EXPECT_TRUE(t.contains(key)) << key;
  }
  // 14 tasks due in W07 (weekly-info on the make-up Saturday the 14th); the office
  // summary closed on time, the general one at 15:00 after its 12:00 deadline.
  EXPECT_EQ(t["due"], 14);
  EXPECT_EQ(t["done"], 2);
  EXPECT_EQ(t["done_on_time"], 1);
  EXPECT_EQ(t["overdue"], 11);  // 4 summaries, the dispatch meeting, 6 plans
  EXPECT_DOUBLE_EQ(t["closure_rate"].get<double>(), 0.1429);
  EXPECT_DOUBLE_EQ(t["on_time_rate"].get<double>(), 0.0714);
  EXPECT_EQ(status["units"]["office"]["done"], 1);
  EXPECT_EQ(status["people"]["zheng-wei"]["done_on_time"], 0);
}

TEST_F(TrackingCli, StatusListsAreCappedByLimitAndJsonListsAllByDefault) {
  const std::vector<std::string> week{"--now", "2026-02-13T18:00", "status", "--week", "2026-W07"};
  auto all = json_of(week);
  const std::size_t red = all["red"].size();
  ASSERT_GT(red, 3u);
  EXPECT_EQ(all["totals"]["red"], red);

  auto limited_args = week;
  limited_args.insert(limited_args.end(), {"--limit", "3"});
  EXPECT_EQ(json_of(limited_args)["red"].size(), 3u);
  EXPECT_EQ(json_of(limited_args)["totals"]["red"], red);  // counts stay whole

  limited_args.push_back("--no-color");
  auto table = duban(limited_args);
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_THAT(table.out, HasSubstr("红灯 (" + std::to_string(red) + ")"));
  EXPECT_THAT(table.out, HasSubstr("… 另有 " + std::to_string(red - 3) + " 项未列出"));
  auto everything = week;
  everything.insert(everything.end(), {"--limit", "0", "--no-color"});
  EXPECT_THAT(duban(everything).out, ::testing::Not(HasSubstr("未列出")));
}

TEST_F(TrackingCli, CorruptDatabaseExits1AndIsLeftUntouched) {
  const auto db = dir.path() / "ws/duban.db";
  test::write_file(db, "this is not a database, just text that happens to be here");
  const auto bytes = test::read_file(db);
  auto r = duban({"task", "list"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("duban.db"));
  EXPECT_EQ(test::read_file(db), bytes);
}

}  // namespace
}  // namespace duban
