// The plugin's commands, kinds, hooks and section, driven through the SDK
// contract by an in-memory core (fake_core.hpp).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_core.hpp"
#include "parts.hpp"

namespace duban::village::test {
namespace {

using ::testing::HasSubstr;

class VillagePluginTest : public ::testing::Test {
 protected:
  void SetUp() override {
    register_all(core);
    core.settings = {{"line", 8050},
                     {"stable_months", 6},
                     {"pairings", {"zhang-jianguo:xiaohe"}},
                     {"visit_due_day", 28}};
    core.run("village", {{"id", "xiaohe"}, {"name", "小河村"}, {"leaders", "li-wenhua"}}, {"add"},
             "feng-jun");
    add_household("xiaohe-001", "王大山", "yes", {900, 900, 900, 900, 900, 900});
    add_household("xiaohe-002", "李秀英", "no", {900, 900, 900, 900, 900, 900});
    add_household("xiaohe-003", "赵铁柱", "yes", {900, 900, 600, 900, 900, 900});
  }

  // A household with incomes for 2025-09 … 2026-02.
  void add_household(const std::string& id, const std::string& head, const std::string& labour,
                     const std::vector<double>& incomes) {
    core.run("household",
             {{"id", id},
              {"head", head},
              {"members", "3"},
              {"village", "xiaohe"},
              {"category", "边缘易致贫户"},
              {"labour", labour},
              {"guarantees", "yes"},
              {"risks", "illness, 因学"},
              {"cadre", "cao-ying"}},
             {"add"}, "feng-jun");
    int m = 9;
    for (const double amount : incomes) {
      const std::string month = m <= 12
                                    ? "2025-" + std::string(m < 10 ? "0" : "") + std::to_string(m)
                                    : "2026-0" + std::to_string(m - 12);
      core.run("income", {{"household", id}, {"month", month}, {"amount", std::to_string(amount)}},
               {}, "feng-jun");
      ++m;
    }
  }

  sdk::TaskResult execute(const std::string& kind, const json& params = json::object()) {
    sdk::TaskView task;
    task.id = "village-monthly/2026-03/" + kind;
    task.params = params;
    return core.kinds.at(kind).execute(
        task, {"village-monthly/2026-03", "village-monthly", "2026-03", ""}, core);
  }

  FakeCore core;
};

TEST_F(VillagePluginTest, RegistersItsExtensions) {
  EXPECT_EQ(core.types.size(), 6U);
  EXPECT_TRUE(core.kinds.contains("village.plan-visits"));
  EXPECT_TRUE(core.kinds.contains("village.risk-review"));
  EXPECT_EQ(core.hooks.size(), 2U);
  EXPECT_EQ(core.sections.size(), 1U);
  EXPECT_FALSE(core.config_schema.fields.empty());
}

TEST_F(VillagePluginTest, HouseholdsStoreIdsForCategoriesAndRisks) {
  const auto h = core.store.get("village.household", "xiaohe-001");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->data["category"], "marginal");
  EXPECT_EQ(h->data["risks"], json({"illness", "schooling"}));
  EXPECT_EQ(h->data["identified_on"], "2026-03-02");
  EXPECT_THROW(core.run("household",
                        {{"id", "x"},
                         {"head", "某"},
                         {"village", "nowhere"},
                         {"category", "marginal"},
                         {"members", "1"}},
                        {"add"}, "feng-jun"),
               sdk::CommandError);
  EXPECT_THROW(core.run("household", {{"id", "小河-1"}}, {"add"}, "feng-jun"), sdk::CommandError);
}

TEST_F(VillagePluginTest, PlanVisitsMakesOneTaskPerPairingOnce) {
  const auto result = execute("village.plan-visits");
  EXPECT_TRUE(result.ok) << result.message;
  EXPECT_EQ(result.evidence["created"].size(), 2U);
  const auto task = core.task("village-monthly/2026-03/visit-li-wenhua-xiaohe");
  ASSERT_TRUE(task);
  EXPECT_EQ(task->owners, std::vector<std::string>{"li-wenhua"});
  EXPECT_EQ(task->due, "2026-03-27");  // the 28th is a Saturday: back to Friday
  EXPECT_THAT(task->title, HasSubstr("李文华到小河村"));
  EXPECT_EQ(execute("village.plan-visits").evidence["created"].size(), 0U);
}

TEST_F(VillagePluginTest, PlanVisitsSkipsAPairingWithAnUnknownLeader) {
  core.settings["pairings"] = {"nobody:xiaohe", "broken"};
  const auto result = execute("village.plan-visits");
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.evidence["created"].size(), 1U);  // li-wenhua from the village record
  EXPECT_EQ(result.evidence["skipped"].size(), 2U);
}

TEST_F(VillagePluginTest, AVisitIsRecordedAndClosesTheLeadersTask) {
  execute("village.plan-visits");
  core.clock = "2026-03-05T15:00";
  const auto out = core.run("visit",
                            {{"village", "xiaohe"},
                             {"issues", "灌溉用水困难"},
                             {"resources", "协调120米扬程大功率水泵一台"}},
                            {}, "li-wenhua");
  EXPECT_THAT(out, HasSubstr("已办结"));
  EXPECT_EQ(core.task("village-monthly/2026-03/visit-li-wenhua-xiaohe")->state, "done");
  EXPECT_EQ(core.task("village-monthly/2026-03/visit-zhang-jianguo-xiaohe")->state, "ready");
  const auto visit = core.store.get("village.visit", "visit-2026-03-05-xiaohe-li-wenhua");
  ASSERT_TRUE(visit);
  EXPECT_EQ(visit->data["resources"], "协调120米扬程大功率水泵一台");
}

TEST_F(VillagePluginTest, AssessClearsOnlyStableAbleHouseholds) {
  const auto out = core.run("assess", {{"month", "2026-02"}}, {}, "feng-jun", "json");
  const auto report = json::parse(out);
  EXPECT_EQ(report["cleared"], json({"xiaohe-001"}));
  ASSERT_EQ(report["kept"].size(), 2U);
  EXPECT_THAT(report["kept"][0]["reasons"][0].get<std::string>(), HasSubstr("无劳动能力"));
  EXPECT_THAT(report["kept"][1]["reasons"][0].get<std::string>(), HasSubstr("2025-11"));
  EXPECT_EQ(core.store.get("village.household", "xiaohe-001")->data["state"], "cleared");
  EXPECT_EQ(core.store.get("village.household", "xiaohe-002")->data["state"], "monitored");
  EXPECT_TRUE(core.store.get("village.assessment", "2026-02"));
}

TEST_F(VillagePluginTest, DryRunChangesNothing) {
  core.run("assess", {{"month", "2026-02"}, {"dry-run", "true"}}, {}, "feng-jun");
  EXPECT_EQ(core.store.get("village.household", "xiaohe-001")->data["state"], "monitored");
}

TEST_F(VillagePluginTest, RiskReviewAssessesTheMonthBeforeTheRun) {
  const auto result = execute("village.risk-review");
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.evidence["month"], "2026-02");
  EXPECT_EQ(result.evidence["cleared"], json({"xiaohe-001"}));
}

TEST_F(VillagePluginTest, MeasuresBecomeTasksAndTheirOutcomesCount) {
  core.run("measure",
           {{"household", "xiaohe-003"},
            {"type", "就业"},
            {"owner", "cao-ying"},
            {"due", "2026-03-10"},
            {"people", "2"}},
           {}, "feng-jun");
  core.run(
      "measure",
      {{"household", "xiaohe-002"}, {"type", "低保"}, {"owner", "cao-ying"}, {"due", "2026-03-12"}},
      {}, "feng-jun");
  core.run(
      "measure",
      {{"household", "xiaohe-001"}, {"type", "产业"}, {"owner", "cao-ying"}, {"due", "2026-03-04"}},
      {}, "feng-jun");
  const auto task = core.task("village-measures/2026-03/m-0001");
  ASSERT_TRUE(task);
  EXPECT_EQ(task->owners, std::vector<std::string>{"cao-ying"});

  core.clock = "2026-03-06T10:00";
  core.person_closes("village-measures/2026-03/m-0001", "两人已在县城物流园就业");
  const auto job = core.store.get("village.measure", "m-0001");
  EXPECT_EQ(job->data["status"], "done");
  EXPECT_EQ(job->data["outcome"], "两人已在县城物流园就业");
  EXPECT_EQ(job->data["done_on"], "2026-03-06");

  core.run("measure", {{"measure", "m-0002"}, {"outcome", "已纳入农村低保"}}, {"done"}, "cao-ying");
  EXPECT_EQ(core.task("village-measures/2026-03/m-0002")->state, "done");
  EXPECT_EQ(core.store.get("village.measure", "m-0002")->data["outcome"], "已纳入农村低保");

  core.fire(sdk::HookEvent::task_overdue, *core.task("village-measures/2026-03/m-0003"));
  EXPECT_EQ(core.store.get("village.measure", "m-0003")->data["overdue"], true);

  const sdk::SectionRequest week{"2026-W11", "week", "2026-03-09", "2026-03-15", "", ""};
  core.clock = "2026-03-13T18:00";
  const auto section = core.sections.front().build(week, core);
  EXPECT_EQ(section.data["people_into_jobs"], 2);
  EXPECT_EQ(section.data["households_assisted"], 1);
  EXPECT_EQ(section.data["overdue_measures"], json({"m-0003"}));
  EXPECT_EQ(section.data["households"]["monitored"], 3);
  EXPECT_THAT(section.lines.back(), HasSubstr("2 名群众解决就业，1 户群众获得社会救助"));
}

TEST_F(VillagePluginTest, TheSectionCountsThisMonthsVisits) {
  execute("village.plan-visits");
  core.run("visit", {{"village", "xiaohe"}, {"date", "2026-03-05"}}, {}, "li-wenhua");
  const sdk::SectionRequest day{"2026-03-13", "day", "2026-03-13", "2026-03-13", "", ""};
  const auto section = core.sections.front().build(day, core);
  EXPECT_EQ(section.data["visits"], 1);
  EXPECT_EQ(section.data["visit_tasks"]["planned"], 2);
  EXPECT_EQ(section.data["visit_tasks"]["done"], 1);
  ASSERT_EQ(section.tables.front().rows.size(), 1U);
  EXPECT_EQ(section.tables.front().rows[0][2], "李文华");

  const sdk::SectionRequest someone_else{"2026-03-13", "day", "2026-03-13",
                                         "2026-03-13", "",    "zhang-jianguo"};
  EXPECT_EQ(core.sections.front().build(someone_else, core).data["visits"], 0);
}

}  // namespace
}  // namespace duban::village::test
