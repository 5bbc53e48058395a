// End to end: plugin code that throws at run time. An automatic task that
// throws is marked failed with its message and the rest of its run goes
// on; a hook that throws has its writes undone while the action that fired
// it commits; a section that throws leaves the rest of the status report.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_plugins.hpp"

namespace duban::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

// tests/plugin_host/plugin-check.toml: one task of each fixture kind, and
// human tasks after each.
constexpr const char* kRun = "plugin-check/2026-03-09";
constexpr const char* kOwner = "liu-xiaoyan";  // the office chief

class PluginFaultsCli : public ::testing::Test {
 protected:
  void SetUp() override {
    ws_.add("test_plugin_good");
    ws_.add("test_plugin_faulty");
    std::filesystem::copy_file(
        std::filesystem::path(DUBAN_TEST_SOURCE_DIR) / "tests/plugin_host/plugin-check.toml",
        ws_.root() / "workflows" / "plugin-check.toml");
    const auto plan =
        ws_.duban({"plan", "plugin-check", "--period", "2026-03-09", "--now", "2026-03-09T08:00"});
    ASSERT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  }

  json task(const std::string& key) {
    const auto r = ws_.duban({"task", "show", std::string(kRun) + "/" + key, "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const json shown = json::parse(r.out);
    return shown.contains("tasks") ? shown["tasks"].at(0) : shown;
  }

  RunResult tick() { return ws_.duban({"tick", "--now", "2026-03-09T10:00", "--format", "json"}); }

  PluginWorkspace ws_;
};

TEST_F(PluginFaultsCli, AThrowingAutomaticTaskIsMarkedFailedWithItsMessage) {
  const auto r = tick();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json ticked = json::parse(r.out);
  EXPECT_EQ(ticked["automatic_failed"],
            json::array({std::string(kRun) + "/explode: the plugin threw: the gauge is broken"}));
  const json failed = task("explode");
  EXPECT_EQ(failed["state"], "failed");
  const json* event = nullptr;
  for (const auto& e : failed["history"]) {
    if (e["type"] == "task.failed") event = &e;
  }
  ASSERT_NE(event, nullptr) << failed["history"];
  EXPECT_EQ((*event)["actor"], "plugin:faulty");
  EXPECT_EQ((*event)["reason"], "the plugin threw: the gauge is broken");
}

TEST_F(PluginFaultsCli, TheRestOfTheRunGoesOnAfterAFailedAutomaticTask) {
  ASSERT_EQ(tick().exit_code, 0);
  const json echo = task("echo");
  EXPECT_EQ(echo["state"], "done");
  EXPECT_THAT(echo["history"].back()["payload"].dump(), HasSubstr("echo: all clear"));
  EXPECT_EQ(task("review")["state"], "ready");
  EXPECT_EQ(task("after-explode")["state"], "pending");
  const auto done = ws_.duban(
      {"task", "done", std::string(kRun) + "/review", "--now", "2026-03-09T11:00", "--as", kOwner});
  EXPECT_EQ(done.exit_code, 0) << done.err;
  EXPECT_EQ(ws_.duban({"log", "--verify"}).exit_code, 0);
}

TEST_F(PluginFaultsCli, AThrowingHookIsUndoneAndTheActionThatFiredItCommits) {
  ASSERT_EQ(tick().exit_code, 0);  // runs echo, which releases review
  const auto r = ws_.duban(
      {"task", "done", std::string(kRun) + "/review", "--now", "2026-03-09T11:00", "--as", kOwner});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err,
              HasSubstr("plugin faulty: its task_completed hook failed for " + std::string(kRun) +
                        "/review and was undone: hook exploded after "
                        "writing"));
  EXPECT_EQ(task("review")["state"], "done");
  // The good plugin's hook ran on the same event and kept its writes; the
  // faulty one's record and task are gone.
  EXPECT_THAT(ws_.duban({"good", "notes"}).out, HasSubstr("review"));
  EXPECT_EQ(ws_.duban({"faulty", "traces"}).out, "");
  EXPECT_EQ(ws_.duban({"task", "show", std::string(kRun) + "/follow-up-review"}).exit_code, 2);
  EXPECT_EQ(ws_.duban({"log", "--verify"}).exit_code, 0);
}

TEST_F(PluginFaultsCli, AThrowingSectionLeavesTheRestOfTheStatusReport) {
  const auto r =
      ws_.duban({"status", "--day", "2026-03-09", "--now", "2026-03-09T10:00", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json status = json::parse(r.out);
  EXPECT_TRUE(status.contains("totals"));
  ASSERT_EQ(status["sections"].size(), 1u);
  EXPECT_THAT(status["sections"][0]["error"].get<std::string>(), HasSubstr("no figures today"));
}

TEST_F(PluginFaultsCli, TheFaultyPluginsOtherCommandsStillWork) {
  ASSERT_EQ(tick().exit_code, 0);
  const auto r = ws_.duban({"faulty", "hello"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "hello from faulty\n");
}

}  // namespace
}  // namespace duban::test
