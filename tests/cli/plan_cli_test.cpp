// End-to-end: plan --dry-run on the shipped workspace, every output format.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_duban.hpp"

namespace duban {
namespace {

using test::run_duban;
using ::testing::HasSubstr;

class PlanCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0); }
  test::RunResult duban(const std::vector<std::string>& args) {
    return run_duban(dir.path() / "ws", args);
  }
  nlohmann::json plan_json(const std::string& workflow, const std::string& period) {
    auto r = duban({"--format", "json", "plan", workflow, "--period", period, "--dry-run"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  test::TempDir dir;
};

const nlohmann::json* find_task(const nlohmann::json& plan, const std::string& id) {
  for (const auto& t : plan["tasks"]) {
    if (t["id"] == id) return &t;
  }
  return nullptr;
}

TEST_F(PlanCli, JsonCarriesTheContractKeys) {
  auto plan = plan_json("weekly-planning", "2026-W07");
  ASSERT_FALSE(plan["tasks"].empty());
  for (const auto& t : plan["tasks"]) {
    for (const char* key : {"id", "title", "owners", "due", "depends_on"})
      EXPECT_TRUE(t.contains(key)) << key;
    EXPECT_TRUE(t["owners"].is_array());
    EXPECT_THAT(t["due"].get<std::string>(), ::testing::EndsWith("+08:00"));
  }
}

TEST_F(PlanCli, TasksComeInDependencyOrder) {
  auto plan = plan_json("weekly-planning", "2026-W07");
  std::map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < plan["tasks"].size(); ++i) position[plan["tasks"][i]["id"]] = i;
  for (const auto& t : plan["tasks"]) {
    for (const auto& dep : t["depends_on"]) {
      ASSERT_TRUE(position.contains(dep.get<std::string>())) << dep;
      EXPECT_LT(position[dep.get<std::string>()], position[t["id"].get<std::string>()])
          << t["id"] << " after " << dep;
    }
  }
}

TEST_F(PlanCli, SectionSummariesAreOwnedByTheirChiefs) {
  auto plan = plan_json("weekly-planning", "2026-W07");
  const auto* office = find_task(plan, "summary.office");
  ASSERT_TRUE(office);
  EXPECT_EQ((*office)["owners"], nlohmann::json::array({"liu-xiaoyan"}));
  const auto* industry = find_task(plan, "summary.industry");
  ASSERT_TRUE(industry);
  EXPECT_EQ((*industry)["owners"], nlohmann::json::array({"yang-fan"}));
}

TEST_F(PlanCli, AMonthOfAWeeklyWorkflowPreviewsEachWeek) {
  auto plan = plan_json("weekly-planning", "2026-02");
  std::vector<std::string> periods;
  for (const auto& run : plan["runs"]) periods.push_back(run["period"]);
  EXPECT_THAT(periods, ::testing::ElementsAre("2026-W06", "2026-W07", "2026-W08", "2026-W09"));
}

TEST_F(PlanCli, ADateSelectsThePeriodContainingIt) {
  auto plan = plan_json("weekly-planning", "2026-10-02");
  ASSERT_EQ(plan["runs"].size(), 1u);
  EXPECT_EQ(plan["runs"][0]["period"], "2026-W40");
}

TEST_F(PlanCli, APeriodFinerThanTheRecurrenceIsRefused) {
  auto r = duban({"plan", "monthly-report", "--period", "2026-W07", "--dry-run"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("runs once a month"));
}

TEST_F(PlanCli, UnknownWorkflowSuggestsTheNearOne) {
  auto r = duban({"plan", "weekly-planing", "--period", "2026-W07", "--dry-run"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err,
              HasSubstr("unknown workflow 'weekly-planing' (did you mean 'weekly-planning'?)"));
}

TEST_F(PlanCli, MalformedPeriodIsBadInput) {
  auto r = duban({"plan", "weekly-planning", "--period", "2026-W99", "--dry-run"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--period '2026-W99' is not a period"));
}

TEST_F(PlanCli, CsvHasABomAndCrLf) {
  auto r =
      duban({"--format", "csv", "plan", "weekly-planning", "--period", "2026-W07", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_THAT(r.out, HasSubstr("\r\n"));
  EXPECT_THAT(r.out, HasSubstr("办公室"));
}

TEST_F(PlanCli, MarkdownIsAPipeTable) {
  auto r =
      duban({"--format", "md", "plan", "weekly-planning", "--period", "2026-W07", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("| # |"));
}

TEST_F(PlanCli, TableNamesTheRunAndSaysNothingWasCreated) {
  auto r = duban({"plan", "weekly-planning", "--period", "2026-W07", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("2026-W07 (2026-02-09 – 2026-02-15"));
  EXPECT_THAT(r.out, HasSubstr("dry run, nothing created"));
  EXPECT_THAT(r.out, HasSubstr("刘晓燕"));
}

TEST_F(PlanCli, WithoutDryRunCreatesTheRunOnceAndSaysSoTheSecondTime) {
  auto r = duban({"--now", "2026-02-09T09:00", "plan", "weekly-planning", "--period", "2026-W07"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("created run weekly-planning/2026-W07: 14 tasks"));
  auto again = duban({"--now", "2026-02-10T09:00", "plan", "weekly-planning", "--period", "2026-W07"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("exists already (created 2026-02-09T09:00 by system); nothing changed"));
  auto list = duban({"--format", "json", "task", "list", "--run", "weekly-planning/2026-W07"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(nlohmann::json::parse(list.out)["tasks"].size(), 14u);
}

}  // namespace
}  // namespace duban
