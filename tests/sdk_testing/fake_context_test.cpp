// The double's own behaviour where it drives a plugin as the core's
// callers do (commands, ticks, people closing tasks, hooks, sections) and
// where the test sets the scene. What it shares with the core's plugin
// context is checked side by side in conformance_test.cpp.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <duban/testing/fake_context.hpp>
#include <sstream>

#include "probe_plugin.hpp"

namespace {

using duban::testing::FakeContext;
using duban::testing::LogLevel;
using nlohmann::json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
namespace sdk = duban::sdk;

constexpr const char* kRun = "flow/2026-03";

class FakeContextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    core_.organisation().add_person("ann", "Ann", "office");
    core_.organisation().add_person("bob", "Bob", "office");
    core_.install(std::make_unique<duban::test::ProbePlugin>());
    core_.set_now("2026-03-09T10:00");
    core_.ensure_run("flow", "2026-03", "Flow");
  }

  sdk::TaskView add(const std::string& key, const std::string& kind = "human",
                    const json& params = nullptr, std::vector<std::string> depends_on = {}) {
    sdk::NewTask task;
    task.key = key;
    task.title = key;
    task.owners = {"ann"};
    task.due = "2026-03-10";
    task.kind = kind;
    task.params = params;
    task.depends_on = std::move(depends_on);
    return core_.create_task(kRun, task);
  }

  int command(const std::string& name, std::map<std::string, std::string> options,
              std::string* output = nullptr) {
    std::ostringstream out;
    const int code = core_.run_command(name, {std::move(options), {}, "table"}, out);
    if (output) *output = out.str();
    return code;
  }

  bool kept(const std::string& id) { return core_.records().get("probe.item", id).has_value(); }

  FakeContext core_{"probe"};
};

TEST_F(FakeContextTest, TheSceneStartsOnAMondayMorningWithNobodyActing) {
  const FakeContext fresh;
  EXPECT_EQ(fresh.now(), "2026-01-05T09:00");
  EXPECT_EQ(fresh.actor(), "");
  EXPECT_EQ(fresh.config(), json::object());
  EXPECT_THROW(core_.set_now("2026-03-09 10:00"), std::invalid_argument);
  EXPECT_THROW(core_.set_workday_end("25:00"), std::invalid_argument);
  EXPECT_THROW(core_.set_default_policy("undeclared"), std::invalid_argument);
}

TEST_F(FakeContextTest, InstallingGivesTheConfigurationItsDefaultsAndChecksWhatIsSet) {
  EXPECT_EQ(core_.config(), json({{"label", "probe"}, {"limit", 2}}));
  core_.set_config({{"limit", 4}});
  EXPECT_EQ(core_.config(), json({{"label", "probe"}, {"limit", 4}}));
  try {
    core_.set_config({{"limt", 9}});
    FAIL() << "an unknown key was accepted";
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(), "[plugins.probe]: unknown field 'limt' (did you mean 'limit'?)");
  }
  EXPECT_EQ(core_.config()["limit"], 4);  // unchanged by the refused table
}

TEST_F(FakeContextTest, APluginThatThrowsWhileRegisteringLeavesNothing) {
  struct HalfPlugin final : sdk::Plugin {
    void register_extensions(sdk::Registry& registry) override {
      registry.add_record_type({"half.thing", "", {}});
      registry.add_record_type({"half.thing", "", {}});  // twice: refused
    }
  };
  FakeContext fresh("half");
  HalfPlugin plugin;
  try {
    fresh.install(plugin);
    FAIL() << "a record type registered twice was accepted";
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(), "record type 'half.thing' is registered twice by half");
  }
  EXPECT_EQ(fresh.registry().record_type("half.thing"), nullptr);
}

TEST_F(FakeContextTest, ACommandRunsAsTheCommandLineRunsIt) {
  core_.set_actor("ann");
  std::string out;
  EXPECT_EQ(command("add", {{"id", "one"}}, &out), 0);
  EXPECT_EQ(out, "added one\n");
  EXPECT_EQ(core_.records().get("probe.item", "one")->data["name"], "ann");
  EXPECT_THROW(command("add", {}), sdk::CommandError);  // --id is required
  EXPECT_THROW(command("add", {{"id", "x"}, {"colour", "red"}}), sdk::CommandError);  // undeclared
  core_.set_actor("");
  EXPECT_THROW(command("add", {{"id", "two"}}), sdk::CommandError);  // needs an actor
  core_.set_actor("nobody");
  EXPECT_THROW(command("add", {{"id", "two"}}), sdk::CommandError);  // not a person
}

TEST_F(FakeContextTest, ACommandThatFailsChangesNothing) {
  core_.set_actor("ann");
  EXPECT_EQ(command("add", {{"id", "one"}, {"fail", "true"}}), 1);
  EXPECT_FALSE(kept("one"));
}

TEST_F(FakeContextTest, ACommandThatDoesNotWriteAndASectionOnlyRead) {
  core_.set_actor("ann");
  command("add", {{"id", "one"}});
  std::string out;
  EXPECT_EQ(command("count", {}, &out), 0);
  EXPECT_EQ(out, "1; writing a record needs a command that writes (this one only reads)");
  const auto section = core_.build_section("probe", {"2026-03-09", "day", "", "", "", ""});
  EXPECT_EQ(section.data["items"], 1);
  EXPECT_EQ(section.data["actor"], "");  // sections are built with nobody acting
  EXPECT_THAT(section.lines, ElementsAre(HasSubstr("needs a command that writes")));
  EXPECT_EQ(core_.actor(), "ann");  // and the scene is as it was
  EXPECT_FALSE(kept("y"));
}

TEST_F(FakeContextTest, ATickRunsAReadyAutomaticTaskAndKeepsWhatItLogged) {
  const auto task = add("auto", "probe.auto", {{"times", 2}});
  const auto result = core_.run_task(task.id);
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.message, "ran 2");
  const auto done = core_.task(task.id);
  EXPECT_EQ(done->state, "done");
  EXPECT_EQ(done->done_at, "2026-03-09T10:00");
  const json run = done->detail["runs"][0];
  EXPECT_EQ(run["actor"], "plugin:probe");
  EXPECT_EQ(run["evidence"], json({{"result", {{"times", 2}}}, {"log", {"ran auto"}}}));
  EXPECT_THAT(core_.logger().messages(LogLevel::info), ElementsAre("ran auto"));
  EXPECT_TRUE(kept("ran-auto"));
  EXPECT_TRUE(kept("closed-auto"));                         // the task_completed hook ran
  EXPECT_THROW(core_.run_task(task.id), std::logic_error);  // done: not run again
}

TEST_F(FakeContextTest, AKindThatThrowsFailsItsTaskAndItsWritesAreUndone) {
  const auto task = add("auto", "probe.auto", {{"times", 0}});
  const auto result = core_.run_task(task.id);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.message, "the plugin threw: zero times");
  EXPECT_EQ(core_.task(task.id)->state, "failed");
  EXPECT_EQ(core_.task(task.id)->detail["runs"][0]["reason"], "the plugin threw: zero times");
  EXPECT_FALSE(kept("ran-auto"));
}

TEST_F(FakeContextTest, ATaskIsRunOnlyOnceItIsHandedOver) {
  sdk::NewTask later;
  later.key = "later";
  later.owners = {"ann"};
  later.start = "2026-03-09T14:00";
  later.due = "2026-03-10";
  later.kind = "probe.auto";
  later.params = {{"times", 1}};
  const auto task = core_.create_task(kRun, later);
  EXPECT_THROW(core_.run_task(task.id), std::logic_error);
  core_.set_now("2026-03-09T14:00");
  EXPECT_TRUE(core_.run_task(task.id).ok);
}

TEST_F(FakeContextTest, APersonClosingATaskReleasesItsDependentsAndRunsHooks) {
  const auto first = add("first");
  const auto after = add("after", "human", nullptr, {"first"});
  EXPECT_EQ(after.state, "pending");
  core_.set_now("2026-03-09T16:00");
  const auto closed = core_.close_task(first.id, "bob", "checked");
  EXPECT_EQ(closed.state, "done");
  EXPECT_EQ(closed.light, "");
  EXPECT_EQ(closed.detail["reasons"][0], json({{"state", "done"},
                                               {"reason", "checked"},
                                               {"actor", "bob"},
                                               {"time", "2026-03-09T16:00"}}));
  EXPECT_EQ(core_.task(after.id)->state, "ready");
  EXPECT_EQ(core_.records().get("probe.item", "closed-first")->data["name"], "bob");
  EXPECT_THROW(core_.close_task(first.id, "bob"), std::invalid_argument);  // already done
  EXPECT_THROW(core_.close_task(after.id, "nobody"), std::invalid_argument);
}

TEST_F(FakeContextTest, AHookThatThrowsIsUndoneAloneAndReported) {
  const auto boom = add("boom");
  core_.close_task(boom.id, "ann");
  EXPECT_EQ(core_.task(boom.id)->state, "done");  // the change stands
  EXPECT_FALSE(kept("closed-boom"));              // what the hook wrote does not
  EXPECT_THAT(core_.warnings(),
              ElementsAre("plugin probe: its task_completed hook failed for flow/2026-03/boom "
                          "and was undone: boom"));
}

TEST_F(FakeContextTest, HooksThatKeepCreatingTasksStopEightDeep) {
  FakeContext chain("chain");
  chain.organisation().add_person("ann", "Ann");
  chain.registry().add_hook({sdk::HookEvent::task_created, "makes another",
                             [](const sdk::HookData& data, sdk::Context& context) {
                               sdk::NewTask next;
                               next.key = data.task.key + "+";
                               next.owners = {"ann"};
                               next.due = "2026-01-06";
                               context.create_task(data.task.run, next);
                             }});
  chain.ensure_run("flow", "1", "");
  sdk::NewTask first;
  first.key = "t";
  first.owners = {"ann"};
  first.due = "2026-01-06";
  chain.create_task("flow/1", first);
  EXPECT_EQ(chain.tasks({}).size(), 9u);  // the first and eight made by hooks
  EXPECT_THAT(chain.warnings(), ElementsAre(HasSubstr("hooks nested 8 deep")));
}

TEST_F(FakeContextTest, OverdueIsMarkedOnceAndOnlyPastTheDueTime) {
  const auto task = add("late");  // due 2026-03-10T17:30
  EXPECT_FALSE(core_.mark_overdue(task.id));
  core_.set_now("2026-03-10T17:31");
  EXPECT_TRUE(core_.mark_overdue(task.id));
  EXPECT_FALSE(core_.mark_overdue(task.id));
  EXPECT_EQ(core_.task(task.id)->detail["overdue_at"], "2026-03-10T17:31");
}

TEST_F(FakeContextTest, EscalationRaisesTheLevelAndRunsItsHooksWithTheTarget) {
  std::vector<sdk::HookData> seen;
  core_.registry().add_hook(
      {sdk::HookEvent::task_escalated, "",
       [&seen](const sdk::HookData& data, sdk::Context&) { seen.push_back(data); }});
  const auto task = add("slow");
  EXPECT_EQ(core_.escalate(task.id, "bob"), 1);
  EXPECT_EQ(core_.escalate(task.id, "bob"), 2);
  EXPECT_EQ(core_.task(task.id)->escalation_level, 2);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1].escalated_to, "bob");
  EXPECT_EQ(seen[1].level, 2);
  EXPECT_EQ(seen[1].actor, "system");  // as the core's tick gives it
}

TEST_F(FakeContextTest, PlanningARunCreatesItsTasksBeforeAnyHookRuns) {
  std::vector<std::string> order;
  core_.registry().add_hook(
      {sdk::HookEvent::run_created, "", [&order](const sdk::HookData& data, sdk::Context& context) {
         order.push_back("run " + data.run.id + " with " +
                         std::to_string(context.tasks({}).size()));
       }});
  sdk::NewTask one;
  one.key = "one";
  one.owners = {"ann"};
  one.due = "2026-03-20";
  sdk::NewTask two = one;
  two.key = "two";
  const auto run = core_.plan_run("monthly", "2026-03", "Monthly", {one, two});
  EXPECT_EQ(run.id, "monthly/2026-03");
  EXPECT_THAT(order, ElementsAre("run monthly/2026-03 with 2"));
  EXPECT_EQ(core_.records().get("probe.item", "created-one")->data["name"], "system");
  EXPECT_EQ(core_.plan_run("monthly", "2026-03", "Again", {}).title, "Monthly");  // unchanged
  sdk::NewTask stranger = one;
  stranger.owners = {"nobody"};
  EXPECT_THROW(core_.plan_run("monthly", "2026-04", "", {one, stranger}), std::invalid_argument);
  EXPECT_FALSE(core_.run("monthly/2026-04"));  // the refused run left nothing
}

TEST_F(FakeContextTest, TheLoggerKeepsEveryMessageWithItsLevel) {
  sdk::Logger& log = core_.log();
  log.info("a");
  log.warn("b");
  log.error("c");
  EXPECT_THAT(core_.logger().lines(), ElementsAre("a", "warning: b", "error: c"));
  EXPECT_THAT(core_.logger().messages(LogLevel::warning), ElementsAre("b"));
}

}  // namespace
