// End to end: the real duban program loads the built plugin into a copy of
// the shipped workspace, and the campaign's work is played through it.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "support/run_duban.hpp"

namespace civilization {
namespace {

using duban::test::run_duban;
using duban::test::RunResult;
using nlohmann::json;

// Replaces the first `from` in `text` by `to`.
std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// Finds the first object in `j` (depth first) with "title" == `title`.
const json* find_titled(const json& j, const std::string& title) {
  if (j.is_object() && j.value("title", std::string()) == title) return &j;
  if (!j.is_structured()) return nullptr;
  for (const auto& child : j) {
    if (const auto* found = find_titled(child, title)) return found;
  }
  return nullptr;
}

class CivilizationCli : public ::testing::Test {
 protected:
  void SetUp() override {
    duban::test::copy_example_workspace(dir_.path());
    const auto toml = dir_.path() / "duban.toml";
    std::string text = duban::test::read_file(toml);
    text = replace(text, "dirs = [\"workflows\"]",
                   "dirs = [\"workflows\", \"" CIVILIZATION_SOURCE_DIR "/workflows\"]");
    text = replace(text, "[plugins]\ndirs = []",
                   "[plugins]\ndirs = [\"" CIVILIZATION_PLUGIN_DIR
                   "\"]\n\n"
                   "[plugins.civilization]\ncampaign_lead = \"li-wenhua\"\n");
    duban::test::write_file(toml, text);
  }

  RunResult duban(const std::vector<std::string>& args) { return run_duban(dir_.path(), args); }

  RunResult civ(const std::string& now, std::vector<std::string> args, const std::string& as = "") {
    args.insert(args.begin(), "civilization");
    args.insert(args.end(), {"--now", now});
    if (!as.empty()) args.insert(args.end(), {"--as", as});
    return duban(args);
  }

  void add_areas() {
    ASSERT_EQ(civ("2026-03-01T10:00",
                  {"area", "add", "--id", "jiefang-rd", "--kind", "road-section", "--name",
                   "解放路东段", "--team", "road-team", "--cadre", "wang-zhiqiang"})
                  .exit_code,
              0);
    ASSERT_EQ(civ("2026-03-01T10:00", {"area", "add", "--id", "xingfu-yard", "--kind", "无主楼院",
                                       "--name", "幸福里小区", "--team", "compound-team"})
                  .exit_code,
              0);
  }

  json findings_json(const std::string& now) {
    const auto r = civ(now, {"findings", "--all", "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }

  RunResult done(const std::string& task, const std::string& now, const std::string& as) {
    return duban({"task", "done", task, "--now", now, "--as", as});
  }

  duban::test::TempDir dir_;
};

TEST_F(CivilizationCli, PluginLoadsAndListsWhatItRegistered) {
  const auto r = duban({"plugins", "info", "civilization"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("civilization.dispatch-patrols"), std::string::npos);
  EXPECT_NE(r.out.find("civilization.finding"), std::string::npos);
  EXPECT_EQ(duban({"validate"}).exit_code, 0);
}

TEST_F(CivilizationCli, ABadConfigValueIsReportedWithItsPosition) {
  const auto toml = dir_.path() / "duban.toml";
  duban::test::write_file(toml,
                          replace(duban::test::read_file(toml), "campaign_lead = \"li-wenhua\"",
                                  "campaign_lead = \"li-wenhua\"\nrectify_workdays = 0"));
  const auto r = duban({"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE((r.out + r.err).find("duban.toml:"), std::string::npos) << r.out << r.err;
  EXPECT_NE((r.out + r.err).find("rectify_workdays"), std::string::npos);
}

TEST_F(CivilizationCli, WithoutACampaignLeadTheWeekIsRolledUpWithoutAMeeting) {
  const auto toml = dir_.path() / "duban.toml";
  duban::test::write_file(
      toml, replace(duban::test::read_file(toml), "campaign_lead = \"li-wenhua\"", ""));
  ASSERT_EQ(duban({"tick", "--now", "2026-03-06T09:00"}).exit_code, 0);
  const auto rollup =
      duban({"task", "show", "civilization-weekly/2026-W10/rollup", "--format", "json"});
  EXPECT_EQ(json::parse(rollup.out)["state"], "done");
  EXPECT_NE(duban({"task", "show", "civilization-weekly/2026-W10/dispatch-meeting"}).exit_code, 0);
}

TEST_F(CivilizationCli, AreasAreAddedListedAndCheckedAgainstTheOrganisation) {
  add_areas();
  const auto list = civ("2026-03-01T10:00", {"area", "list", "--format", "json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const auto areas = json::parse(list.out);
  ASSERT_EQ(areas.size(), 2u);
  EXPECT_EQ(areas[1]["kind"], "compound");
  EXPECT_EQ(civ("2026-03-01T10:00", {"area", "add", "--id", "x", "--kind", "road-section", "--name",
                                     "x", "--team", "no-such-team"})
                .exit_code,
            2);
  EXPECT_EQ(civ("2026-03-01T10:00", {"area", "add", "--id", "jiefang-rd", "--kind", "road-section",
                                     "--name", "x", "--team", "road-team"})
                .exit_code,
            2);
}

TEST_F(CivilizationCli, FindingGoesThroughRectificationCheckAndCloseOut) {
  add_areas();
  const auto found =
      civ("2026-03-02T10:00", {"finding", "--area", "jiefang-rd", "--text", "共享单车乱停放"},
          "yang-fan");
  ASSERT_EQ(found.exit_code, 0) << found.err;
  auto f = findings_json("2026-03-02T10:05").at(0);
  EXPECT_EQ(f["id"], "finding-0001");
  EXPECT_EQ(f["status"], "open");
  EXPECT_EQ(f["deadline"], "2026-03-05");  // three working days
  const std::string rectify = f["rectify_task"];
  EXPECT_EQ(rectify, "civilization-rectify/2026-03/rectify-finding-0001");

  ASSERT_EQ(done(rectify, "2026-03-03T15:00", "wang-zhiqiang").exit_code, 0);
  f = findings_json("2026-03-03T15:05").at(0);
  EXPECT_EQ(f["status"], "rectified");
  EXPECT_EQ(f["rectified_at"], "2026-03-03T15:00");
  const std::string check = f["check_task"];
  ASSERT_EQ(check, "civilization-rectify/2026-03/check-finding-0001");

  ASSERT_EQ(done(check, "2026-03-04T09:00", "yang-fan").exit_code, 0);
  f = findings_json("2026-03-04T09:05").at(0);
  EXPECT_EQ(f["status"], "closed");
  EXPECT_EQ(f["closed_at"], "2026-03-04T09:00");
  EXPECT_EQ(civ("2026-03-04T09:05", {"findings"}).out.find("finding-0001"), std::string::npos);
}

TEST_F(CivilizationCli, AFailedFollowUpCheckSendsTheFindingBackToRectification) {
  add_areas();
  ASSERT_EQ(
      civ("2026-03-02T10:00", {"finding", "--area", "jiefang-rd", "--text", "占道经营"}, "yang-fan")
          .exit_code,
      0);
  const std::string run = "civilization-rectify/2026-03/";
  ASSERT_EQ(done(run + "rectify-finding-0001", "2026-03-03T15:00", "wang-zhiqiang").exit_code, 0);
  const auto recheck =
      civ("2026-03-04T09:00", {"recheck", "--finding", "finding-0001", "--text", "仍在占道"},
          "yang-fan");
  ASSERT_EQ(recheck.exit_code, 0) << recheck.err;
  auto f = findings_json("2026-03-04T09:05").at(0);
  EXPECT_EQ(f["status"], "open");
  EXPECT_EQ(f["round"], 2);
  EXPECT_EQ(f["rectify_task"], run + "rectify-finding-0001-2");
  const auto check = duban({"task", "show", run + "check-finding-0001", "--format", "json"});
  EXPECT_EQ(json::parse(check.out)["state"], "done");
  ASSERT_EQ(done(run + "rectify-finding-0001-2", "2026-03-05T15:00", "wang-zhiqiang").exit_code, 0);
  ASSERT_EQ(done(run + "check-finding-0001-2", "2026-03-06T10:00", "yang-fan").exit_code, 0);
  EXPECT_EQ(findings_json("2026-03-06T10:05").at(0)["status"], "closed");
}

TEST_F(CivilizationCli, AnOverdueRectificationIsFlaggedOnTheFinding) {
  add_areas();
  ASSERT_EQ(
      civ("2026-03-02T10:00",
          {"finding", "--area", "xingfu-yard", "--text", "楼道堆物", "--deadline", "2026-03-03"},
          "zheng-wei")
          .exit_code,
      0);
  ASSERT_EQ(duban({"tick", "--now", "2026-03-05T08:00"}).exit_code, 0);
  const auto f = findings_json("2026-03-05T08:05").at(0);
  EXPECT_EQ(f["overdue"], true);
  EXPECT_EQ(f["status"], "open");
}

TEST_F(CivilizationCli, TickDispatchesOnePatrolPerAreaOnce) {
  add_areas();
  ASSERT_EQ(duban({"tick", "--now", "2026-03-02T09:00"}).exit_code, 0);
  ASSERT_EQ(duban({"tick", "--now", "2026-03-02T09:00"}).exit_code, 0);
  const auto list = duban(
      {"task", "list", "--run", "civilization-daily/2026-03-02", "--all", "--format", "json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  std::multiset<std::string> ids;
  const json tasks = json::parse(list.out)["tasks"];
  for (const auto& task : tasks) ids.insert(task["id"].get<std::string>());
  EXPECT_EQ(ids.count("civilization-daily/2026-03-02/patrol-jiefang-rd"), 1u);
  EXPECT_EQ(ids.count("civilization-daily/2026-03-02/patrol-xingfu-yard"), 1u);
  EXPECT_EQ(ids.size(), 3u);  // the dispatch and one patrol per area
}

TEST_F(CivilizationCli, HoursAreComputedAndSelfVerificationRefused) {
  const auto ok = civ("2026-03-07T12:00",
                      {"hours", "--person", "zhu-peng", "--activity", "路段巡查", "--start",
                       "2026-03-07T08:30", "--end", "11:00", "--format", "json"},
                      "yang-fan");
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  const auto record = json::parse(ok.out)["record"];
  EXPECT_EQ(record["hours"], 2.5);
  EXPECT_EQ(record["team"], "road-team");
  EXPECT_EQ(civ("2026-03-07T12:00",
                {"hours", "--person", "zhu-peng", "--activity", "x", "--start", "2026-03-07T08:30",
                 "--end", "11:00"},
                "zhu-peng")
                .exit_code,
            2);
  EXPECT_EQ(civ("2026-03-07T12:00",
                {"hours", "--person", "zhu-peng", "--activity", "x", "--start", "2026-03-07T08:30",
                 "--end", "13:00"},
                "yang-fan")
                .exit_code,
            2);
}

TEST_F(CivilizationCli, WeeklyStatusShowsTheSectionInJsonAndTable) {
  add_areas();
  ASSERT_EQ(duban({"tick", "--now", "2026-03-02T09:00"}).exit_code, 0);
  ASSERT_EQ(done("civilization-daily/2026-03-02/patrol-jiefang-rd", "2026-03-02T11:00", "yang-fan")
                .exit_code,
            0);
  ASSERT_EQ(
      civ("2026-03-02T10:00", {"finding", "--area", "jiefang-rd", "--text", "占道经营"}, "yang-fan")
          .exit_code,
      0);
  ASSERT_EQ(civ("2026-03-02T12:00",
                {"hours", "--person", "zhu-peng", "--activity", "路段巡查", "--start",
                 "2026-03-02T08:30", "--end", "11:00"},
                "yang-fan")
                .exit_code,
            0);
  const auto r =
      duban({"status", "--week", "2026-W10", "--now", "2026-03-06T18:00", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json status = json::parse(r.out);
  const auto* section = find_titled(status, "创文创卫");
  ASSERT_NE(section, nullptr) << r.out;
  const auto& data = section->at("data");
  EXPECT_EQ(data["areas"]["total"], 2);
  EXPECT_EQ(data["areas"]["covered"], 1);
  EXPECT_EQ(data["findings"]["found"], 1);
  EXPECT_EQ(data["findings"]["open_by_age"]["4to7"], 1);  // found Monday, aged on Friday
  EXPECT_EQ(data["hours"]["by_team"][0]["team"], "road-team");
  EXPECT_EQ(data["hours"]["total"], 2.5);
  const auto table = duban({"status", "--week", "2026-W10", "--now", "2026-03-06T18:00"});
  EXPECT_NE(table.out.find("创文创卫"), std::string::npos);
  EXPECT_NE(table.out.find("志愿服务时长（按服务队）"), std::string::npos);
}

TEST_F(CivilizationCli, FridayTickRollsTheWeekUpAndHandsTheMeetingToTheLead) {
  add_areas();
  ASSERT_EQ(duban({"tick", "--now", "2026-03-06T09:00"}).exit_code, 0);
  const auto show =
      duban({"task", "show", "civilization-weekly/2026-W10/dispatch-meeting", "--format", "json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("li-wenhua"), std::string::npos);
  const auto rollup =
      duban({"task", "show", "civilization-weekly/2026-W10/rollup", "--format", "json"});
  EXPECT_NE(rollup.out.find("\"done\""), std::string::npos);
}

}  // namespace
}  // namespace civilization
