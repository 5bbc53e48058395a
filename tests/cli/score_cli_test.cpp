// End-to-end: duban score and score enter on the real binary.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_duban.hpp"

namespace duban {
namespace {

using test::run_duban;
using ::testing::HasSubstr;
using ::testing::Not;

class ScoreCli : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
    auto r =
        duban({"--now", "2026-03-02T08:30", "plan", "weekly-planning", "--period", "2026-W10"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(as("liu-xiaoyan", "2026-03-02T10:00", {"task", "ack", office}).exit_code, 0);
    ASSERT_EQ(as("liu-xiaoyan", "2026-03-05T16:00", {"task", "done", office}).exit_code, 0);
  }
  test::RunResult duban(const std::vector<std::string>& args) {
    return run_duban(dir.path() / "ws", args);
  }
  test::RunResult as(const std::string& who, const std::string& when,
                     std::vector<std::string> args) {
    args.insert(args.begin(), {"--as", who, "--now", when});
    return duban(args);
  }
  test::RunResult enter(const std::string& who, const std::string& person, const std::string& item,
                        const std::string& value) {
    return as(who, "2026-03-06T18:00",
              {"score", "enter", "--week", "2026-W10", "--person", person, "--item", item,
               "--value", value});
  }
  nlohmann::json score_json(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--format", "json",   "--now",   "2026-03-06T18:00",
                                  "score",    "--week", "2026-W10"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = duban(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  static const nlohmann::json& person(const nlohmann::json& sheet, const std::string& id) {
    for (const auto& p : sheet["people"]) {
      if (p["id"] == id) return p;
    }
    throw std::out_of_range(id);
  }
  const std::string office = "weekly-planning/2026-W10/summary.office";
  test::TempDir dir;
};

TEST_F(ScoreCli, JsonExplainsEachPartAndMarksMissingEntries) {
  auto sheet = score_json({"--unit", "office"});
  for (const char* key :
       {"sheet", "week", "start", "end", "now", "full_marks", "unit_score", "people", "units"}) {
    EXPECT_TRUE(sheet.contains(key)) << key;
  }
  EXPECT_EQ(sheet["week"], "2026-W10");
  EXPECT_EQ(sheet["unit_score"], "average");
  ASSERT_EQ(sheet["people"].size(), 5u);  // the office only
  const auto& liu = person(sheet, "liu-xiaoyan");
  for (const char* key : {"id", "name", "unit", "total", "complete", "missing", "items", "bonus",
                          "deduction", "metrics"}) {
    EXPECT_TRUE(liu.contains(key)) << key;
  }
  EXPECT_FALSE(liu["complete"]);
  EXPECT_EQ(liu["missing"], nlohmann::json({"attendance", "study", "information"}));
  const auto& plan = liu["items"][0];
  EXPECT_EQ(plan["id"], "plan");
  EXPECT_EQ(plan["kind"], "item");
  EXPECT_EQ(plan["weight"], 50);
  EXPECT_EQ(plan["formula"], "30 * closure_rate + 20 * on_time_rate");
  EXPECT_EQ(plan["inputs"][0]["name"], "closure_rate");
  EXPECT_EQ(plan["inputs"][0]["source"], "metric");
  // Her summary closed on time; the plan (Friday 17:30) is still open at 18:00.
  EXPECT_EQ(plan["inputs"][0]["value"], 0.5);
  EXPECT_EQ(plan["points"], 25);
  const auto& discipline = liu["items"][2];
  EXPECT_EQ(discipline["id"], "discipline");
  EXPECT_TRUE(discipline["points"].is_null());
  EXPECT_EQ(discipline["missing"], nlohmann::json({"attendance"}));
  EXPECT_EQ(discipline["inputs"][0]["missing"], true);
  EXPECT_EQ(liu["metrics"]["tasks_due"], 2);
  EXPECT_EQ(sheet["units"][0]["id"], "office");
  EXPECT_TRUE(sheet["units"][0]["score"].is_null());
}

TEST_F(ScoreCli, EntriesCompleteTheSheetAndTheLogStillVerifies) {
  for (const auto& [item, value] :
       std::vector<std::pair<std::string, std::string>>{{"attendance", "90"},
                                                        {"study", "8"},
                                                        {"information", "5"},
                                                        {"late_arrivals", "1"},
                                                        {"adopted_info", "5"}}) {
    auto r = enter("li-wenhua", "liu-xiaoyan", item, value);
    ASSERT_EQ(r.exit_code, 0) << item << ": " << r.err;
  }
  const auto sheet = score_json({"--person", "liu-xiaoyan"});
  const auto& liu = person(sheet, "liu-xiaoyan");
  EXPECT_TRUE(liu["complete"]);
  EXPECT_EQ(liu["items"][2]["points"], 13);  // 20 × 90% − 5 × 1
  EXPECT_EQ(liu["items"][2]["inputs"][0]["entered_by"], "li-wenhua");
  EXPECT_EQ(liu["bonus"]["sum"], 15);  // 3 × 5 adopted
  EXPECT_EQ(liu["bonus"]["points"], 10);
  EXPECT_EQ(liu["bonus"]["capped"], true);
  // 25 + 6 (2 of 5 milestones) + 13 + 8 + 5 + 10 − 0
  EXPECT_EQ(liu["total"], 67);
  auto verify = duban({"log", "--verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
  EXPECT_THAT(verify.out, HasSubstr("5 score entries match"));
  auto log = duban({"log"});
  EXPECT_THAT(log.out, HasSubstr("score.entered"));
  EXPECT_THAT(log.out, HasSubstr("2026-W10/liu-xiaoyan/attendance"));
}

TEST_F(ScoreCli, OnlyTheChiefOrALeaderAboveMayEnterAndRefusalsExit2) {
  auto colleague = enter("zhou-ting", "sun-hao", "attendance", "95");
  EXPECT_EQ(colleague.exit_code, 2);
  EXPECT_THAT(colleague.err, HasSubstr("zhou-ting may not enter sun-hao's scores"));
  auto self = enter("liu-xiaoyan", "liu-xiaoyan", "attendance", "95");
  EXPECT_EQ(self.exit_code, 2);
  auto out_of_range = enter("liu-xiaoyan", "sun-hao", "attendance", "101");
  EXPECT_EQ(out_of_range.exit_code, 2);
  auto nobody = duban({"--now", "2026-03-06T18:00", "score", "enter", "--week", "2026-W10",
                       "--person", "sun-hao", "--item", "attendance", "--value", "95"});
  EXPECT_EQ(nobody.exit_code, 2);
  EXPECT_THAT(nobody.err, HasSubstr("--as"));
  EXPECT_EQ(enter("liu-xiaoyan", "sun-hao", "attendance", "95").exit_code, 0);
  auto events = nlohmann::json::parse(duban({"--format", "json", "log"}).out)["events"];
  std::size_t entered = 0;
  for (const auto& e : events) entered += e["type"] == "score.entered" ? 1u : 0u;
  EXPECT_EQ(entered, 1u);
}

TEST_F(ScoreCli, TableShowsMissingAsMissingAndExplainsEachPart) {
  auto r = duban(
      {"--now", "2026-03-06T18:00", "score", "--week", "2026-W10", "--person", "liu-xiaoyan"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("周绩效考核得分表 2026-W10"));
  EXPECT_THAT(r.out, HasSubstr("缺"));
  EXPECT_THAT(r.out, HasSubstr("不完整（缺出勤率"));
  EXPECT_THAT(r.out, HasSubstr("closure_rate=50%（1/2）"));
  EXPECT_THAT(r.out, HasSubstr("30 * closure_rate + 20 * on_time_rate"));
  auto brief = duban({"--now", "2026-03-06T18:00", "score", "--week", "2026-W10", "--person",
                      "liu-xiaoyan", "--summary"});
  EXPECT_THAT(brief.out, Not(HasSubstr("30 * closure_rate")));
  auto md = duban({"--format", "md", "--now", "2026-03-06T18:00", "score", "--week", "2026-W10",
                   "--unit", "office"});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_THAT(md.out, HasSubstr("## "));
  EXPECT_THAT(md.out, HasSubstr("| 办公室 |"));
}

TEST_F(ScoreCli, CsvStartsWithABomAndHasARowPerPart) {
  auto r = duban({"--format", "csv", "--now", "2026-03-06T18:00", "score", "--week", "2026-W10",
                  "--person", "sun-hao"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_GE(r.out.size(), 3u);
  EXPECT_EQ(r.out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_THAT(r.out, HasSubstr("层级,科室,id,姓名,项目,输入,公式,计算,得分,说明"));
  EXPECT_THAT(r.out, HasSubstr("个人,办公室,sun-hao,孙浩,总分"));
  EXPECT_THAT(r.out, HasSubstr("科室,办公室,office"));
}

TEST_F(ScoreCli, BadInputExits2) {
  EXPECT_EQ(duban({"score", "--week", "2026-13"}).exit_code, 2);
  EXPECT_EQ(duban({"score", "--unit", "nowhere"}).exit_code, 2);
  EXPECT_EQ(duban({"--format", "xml", "score"}).exit_code, 2);
}

TEST_F(ScoreCli, ScoringErrorsAreReportedByValidateWithPositions) {
  test::write_file(dir.path() / "ws" / "scoring.toml", R"toml([[item]]
id = "plan"
weight = 50
formula = "50 * on_time_rat"

[[item]]
id = "x"
wieght = 3
formula = "1"
)toml");
  auto r = duban({"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("scoring.toml:4:17: error: unknown metric or manual input "
                               "'on_time_rat' (did you mean 'on_time_rate'?)"));
  EXPECT_THAT(r.err, HasSubstr("scoring.toml:8:1: error: unknown key 'wieght'"));
  EXPECT_THAT(r.err, HasSubstr("[[item]] is missing required key 'weight'"));
  EXPECT_EQ(duban({"score"}).exit_code, 2);
}

TEST_F(ScoreCli, TheShippedScoringFileValidatesOnItsOwn) {
  auto r = duban({"validate", "scoring.toml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(ScoreCli, AWorkspaceWithoutScoringSaysHowToAddIt) {
  const auto toml = dir.path() / "ws" / "duban.toml";
  std::string text = test::read_file(toml);
  text = text.substr(0, text.find("[scoring]"));
  test::write_file(toml, text);
  auto r = duban({"score"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("[scoring] file = \"scoring.toml\""));
}

}  // namespace
}  // namespace duban
