// The plugin's commands, kinds, hooks and section, driven through the SDK
// contract by the SDK's test double of the core (duban/testing/fake_context.hpp),
// with the plugin installed as duban loads it.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <duban/testing/fake_context.hpp>
#include <duban/testing/plugin_under_test.hpp>
#include <sstream>

namespace duban::village::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class VillagePluginTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& org = core.organisation();
    org.add_person("zhang-jianguo", "张建国");
    org.add_person("li-wenhua", "李文华");
    org.add_person("feng-jun", "冯军");
    org.add_person("cao-ying", "曹颖");
    core.install(duban::testing::create_plugin_under_test());
    core.set_now("2026-03-02T09:00");
    core.set_config({{"line", 8050},
                     {"stable_months", 6},
                     {"pairings", {"zhang-jianguo:xiaohe"}},
                     {"visit_due_day", 28}});
    run("village", {{"id", "xiaohe"}, {"name", "小河村"}, {"leaders", "li-wenhua"}}, {"add"},
        "feng-jun");
    add_household("xiaohe-001", "王大山", "yes", {900, 900, 900, 900, 900, 900});
    add_household("xiaohe-002", "李秀英", "no", {900, 900, 900, 900, 900, 900});
    add_household("xiaohe-003", "赵铁柱", "yes", {900, 900, 600, 900, 900, 900});
  }

  /// Runs `duban village NAME ARGS… --opt value…` as `person`; returns the output.
  std::string run(const std::string& name, std::map<std::string, std::string> options,
                  std::vector<std::string> arguments = {}, const std::string& as = "",
                  const std::string& format = "table") {
    core.set_actor(as);
    std::ostringstream out;
    core.run_command(name, {std::move(options), std::move(arguments), format}, out);
    core.set_actor("");
    return out.str();
  }

  // A household with incomes for 2025-09 … 2026-02.
  void add_household(const std::string& id, const std::string& head, const std::string& labour,
                     const std::vector<double>& incomes) {
    run("household",
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
      run("income", {{"household", id}, {"month", month}, {"amount", std::to_string(amount)}}, {},
          "feng-jun");
      ++m;
    }
  }

  // An automatic task of `kind` in the month's run, created now and run as
  // `duban tick` runs it; each call adds a task of its own.
  sdk::TaskResult execute(const std::string& kind, const json& params = json::object()) {
    const auto run = core.ensure_run("village-monthly", "2026-03", "");
    sdk::NewTask task;
    task.key = kind + "-" + std::to_string(++automatic_tasks);
    task.title = kind;
    task.owners = {"feng-jun"};
    task.due = core.now();
    task.kind = kind;
    task.params = params;
    return core.run_task(core.create_task(run.id, task).id);
  }

  /// Its owner closes a task, as `duban task done ID --reason R` would.
  void person_closes(const std::string& id, const std::string& reason) {
    core.close_task(id, core.task(id)->owners.front(), reason);
  }

  duban::testing::FakeContext core{"village"};
  int automatic_tasks = 0;
};

TEST_F(VillagePluginTest, RegistersItsExtensions) {
  const auto& registry = core.registry();
  EXPECT_EQ(registry.record_types().size(), 6U);
  EXPECT_TRUE(registry.task_kind("village.plan-visits"));
  EXPECT_TRUE(registry.task_kind("village.risk-review"));
  EXPECT_EQ(registry.hooks().size(), 2U);
  EXPECT_EQ(registry.sections().size(), 1U);
  EXPECT_FALSE(registry.config_schema()->fields.empty());
}

TEST_F(VillagePluginTest, HouseholdsStoreIdsForCategoriesAndRisks) {
  const auto h = core.records().get("village.household", "xiaohe-001");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->data["category"], "marginal");
  EXPECT_EQ(h->data["risks"], json({"illness", "schooling"}));
  EXPECT_EQ(h->data["identified_on"], "2026-03-02");
  EXPECT_THROW(run("household",
                   {{"id", "x"},
                    {"head", "某"},
                    {"village", "nowhere"},
                    {"category", "marginal"},
                    {"members", "1"}},
                   {"add"}, "feng-jun"),
               sdk::CommandError);
  EXPECT_THROW(run("household", {{"id", "小河-1"}}, {"add"}, "feng-jun"), sdk::CommandError);
}

TEST_F(VillagePluginTest, PlanVisitsMakesOneTaskPerPairingOnce) {
  const auto result = execute("village.plan-visits");
  EXPECT_TRUE(result.ok) << result.message;
  EXPECT_EQ(result.evidence["created"].size(), 2U);
  const auto task = core.task("village-monthly/2026-03/visit-li-wenhua-xiaohe");
  ASSERT_TRUE(task);
  EXPECT_EQ(task->owners, std::vector<std::string>{"li-wenhua"});
  // The 28th is a Saturday: back to Friday, due at the end of its working
  // day (the core turns a due date into that time).
  EXPECT_EQ(task->due, "2026-03-27T17:30");
  EXPECT_THAT(task->title, HasSubstr("李文华到小河村"));
  EXPECT_EQ(execute("village.plan-visits").evidence["created"].size(), 0U);
}

TEST_F(VillagePluginTest, PlanVisitsSkipsAPairingWithAnUnknownLeader) {
  json config = core.config();
  config["pairings"] = {"nobody:xiaohe", "broken"};
  core.set_config(config);
  const auto result = execute("village.plan-visits");
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.evidence["created"].size(), 1U);  // li-wenhua from the village record
  EXPECT_EQ(result.evidence["skipped"].size(), 2U);
}

TEST_F(VillagePluginTest, AVisitIsRecordedAndClosesTheLeadersTask) {
  execute("village.plan-visits");
  core.set_now("2026-03-05T15:00");
  const auto out = run("visit",
                       {{"village", "xiaohe"},
                        {"issues", "灌溉用水困难"},
                        {"resources", "协调120米扬程大功率水泵一台"}},
                       {}, "li-wenhua");
  EXPECT_THAT(out, HasSubstr("已办结"));
  EXPECT_EQ(core.task("village-monthly/2026-03/visit-li-wenhua-xiaohe")->state, "done");
  EXPECT_EQ(core.task("village-monthly/2026-03/visit-zhang-jianguo-xiaohe")->state, "ready");
  const auto visit = core.records().get("village.visit", "visit-2026-03-05-xiaohe-li-wenhua");
  ASSERT_TRUE(visit);
  EXPECT_EQ(visit->data["resources"], "协调120米扬程大功率水泵一台");
}

TEST_F(VillagePluginTest, AssessClearsOnlyStableAbleHouseholds) {
  const auto out = run("assess", {{"month", "2026-02"}}, {}, "feng-jun", "json");
  const auto report = json::parse(out);
  EXPECT_EQ(report["cleared"], json({"xiaohe-001"}));
  ASSERT_EQ(report["kept"].size(), 2U);
  EXPECT_THAT(report["kept"][0]["reasons"][0].get<std::string>(), HasSubstr("无劳动能力"));
  EXPECT_THAT(report["kept"][1]["reasons"][0].get<std::string>(), HasSubstr("2025-11"));
  EXPECT_EQ(core.records().get("village.household", "xiaohe-001")->data["state"], "cleared");
  EXPECT_EQ(core.records().get("village.household", "xiaohe-002")->data["state"], "monitored");
  EXPECT_TRUE(core.records().get("village.assessment", "2026-02"));
}

TEST_F(VillagePluginTest, DryRunChangesNothing) {
  run("assess", {{"month", "2026-02"}, {"dry-run", "true"}}, {}, "feng-jun");
  EXPECT_EQ(core.records().get("village.household", "xiaohe-001")->data["state"], "monitored");
}

TEST_F(VillagePluginTest, RiskReviewAssessesTheMonthBeforeTheRun) {
  const auto result = execute("village.risk-review");
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.evidence["month"], "2026-02");
  EXPECT_EQ(result.evidence["cleared"], json({"xiaohe-001"}));
}

TEST_F(VillagePluginTest, MeasuresBecomeTasksAndTheirOutcomesCount) {
  run("measure",
      {{"household", "xiaohe-003"},
       {"type", "就业"},
       {"owner", "cao-ying"},
       {"due", "2026-03-10"},
       {"people", "2"}},
      {}, "feng-jun");
  run("measure",
      {{"household", "xiaohe-002"}, {"type", "低保"}, {"owner", "cao-ying"}, {"due", "2026-03-12"}},
      {}, "feng-jun");
  run("measure",
      {{"household", "xiaohe-001"}, {"type", "产业"}, {"owner", "cao-ying"}, {"due", "2026-03-04"}},
      {}, "feng-jun");
  const auto task = core.task("village-measures/2026-03/m-0001");
  ASSERT_TRUE(task);
  EXPECT_EQ(task->owners, std::vector<std::string>{"cao-ying"});

  core.set_now("2026-03-06T10:00");
  person_closes("village-measures/2026-03/m-0001", "两人已在县城物流园就业");
  const auto job = core.records().get("village.measure", "m-0001");
  EXPECT_EQ(job->data["status"], "done");
  EXPECT_EQ(job->data["outcome"], "两人已在县城物流园就业");
  EXPECT_EQ(job->data["done_on"], "2026-03-06");

  run("measure", {{"measure", "m-0002"}, {"outcome", "已纳入农村低保"}}, {"done"}, "cao-ying");
  EXPECT_EQ(core.task("village-measures/2026-03/m-0002")->state, "done");
  EXPECT_EQ(core.records().get("village.measure", "m-0002")->data["outcome"], "已纳入农村低保");

  core.mark_overdue("village-measures/2026-03/m-0003");  // as tick does
  EXPECT_EQ(core.records().get("village.measure", "m-0003")->data["overdue"], true);

  const sdk::SectionRequest week{"2026-W11", "week", "2026-03-09", "2026-03-15", "", ""};
  core.set_now("2026-03-13T18:00");
  const auto section = core.build_section("village", week);
  EXPECT_EQ(section.data["people_into_jobs"], 2);
  EXPECT_EQ(section.data["households_assisted"], 1);
  EXPECT_EQ(section.data["overdue_measures"], json({"m-0003"}));
  EXPECT_EQ(section.data["households"]["monitored"], 3);
  EXPECT_THAT(section.lines.back(), HasSubstr("2 名群众解决就业，1 户群众获得社会救助"));
}

TEST_F(VillagePluginTest, TheSectionCountsThisMonthsVisits) {
  execute("village.plan-visits");
  run("visit", {{"village", "xiaohe"}, {"date", "2026-03-05"}}, {}, "li-wenhua");
  const sdk::SectionRequest day{"2026-03-13", "day", "2026-03-13", "2026-03-13", "", ""};
  const auto section = core.build_section("village", day);
  EXPECT_EQ(section.data["visits"], 1);
  EXPECT_EQ(section.data["visit_tasks"]["planned"], 2);
  EXPECT_EQ(section.data["visit_tasks"]["done"], 1);
  ASSERT_EQ(section.tables.front().rows.size(), 1U);
  EXPECT_EQ(section.tables.front().rows[0][2], "李文华");

  const sdk::SectionRequest someone_else{"2026-03-13", "day", "2026-03-13",
                                         "2026-03-13", "",    "zhang-jianguo"};
  EXPECT_EQ(core.build_section("village", someone_else).data["visits"], 0);
}

}  // namespace
}  // namespace duban::village::test
