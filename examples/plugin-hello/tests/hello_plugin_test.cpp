// Unit tests of the hello plugin against the SDK's test double of the core
// (<duban/testing/fake_context.hpp>). The plugin's own source is compiled
// into this test; the test installs the plugin as duban does and drives it
// as duban would: a tick runs its task kind, a person closes a task (its
// hook runs), `duban hello list` and `duban status` read what it kept.
// Fast and exact; tests/end_to_end.sh covers the real program.

#include <gtest/gtest.h>

#include <duban/testing/fake_context.hpp>
#include <duban/testing/plugin_under_test.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

namespace {

using duban::testing::FakeContext;
using nlohmann::json;

constexpr const char* kRun = "hello-demo/2026-03-09";

class HelloPluginTest : public ::testing::Test {
 protected:
  void SetUp() override {
    core_.organisation().add_person("liu-xiaoyan", "刘晓燕", "office");
    core_.install(duban::testing::create_plugin_under_test());
    core_.set_config({{"greeting", "你好"}});  // [plugins.hello] greeting = "你好"
    core_.set_now("2026-03-09T10:00");
    core_.ensure_run("hello-demo", "2026-03-09", "Hello demo");
  }

  // A task of the run, owned by liu-xiaoyan, due at the end of the day.
  duban::sdk::TaskView add_task(const std::string& key, const std::string& kind = "human",
                                const json& params = nullptr) {
    duban::sdk::NewTask task;
    task.key = key;
    task.title = key;
    task.owners = {"liu-xiaoyan"};
    task.due = "2026-03-09";
    task.kind = kind;
    task.params = params;
    return core_.create_task(kRun, task);
  }

  FakeContext core_{"hello"};
};

TEST_F(HelloPluginTest, TheGreetKindGreetsAsConfiguredAndKeepsTheGreeting) {
  const auto greet = add_task("greet", "hello.greet", {{"name", "office"}, {"times", 2}});
  const auto result = core_.run_task(greet.id);  // as `duban tick` would
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.message, "你好, 你好, office!");
  EXPECT_EQ(core_.task(greet.id)->state, "done");
  const auto kept = core_.records().get("hello.greeting", greet.id);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->data["text"], "你好, 你好, office!");
  EXPECT_EQ(kept->data["at"], "2026-03-09T10:00");  // the context's clock, not the wall clock
}

TEST_F(HelloPluginTest, ParamsTheKindRefusesAreRefusedWhenTheTaskIsCreated) {
  try {
    add_task("greet", "hello.greet", {{"name", "office"}, {"times", 9}});
    FAIL() << "a task with times = 9 was created";
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(), "task greet: field 'times' must be at most 3 (is 9)");
  }
}

TEST_F(HelloPluginTest, ClosingAHumanTaskRunsTheHookThatThanksItsOwner) {
  const auto read = add_task("read");
  core_.close_task(read.id, "liu-xiaoyan");  // `duban task done … --as liu-xiaoyan`
  const auto thanks = core_.records().get("hello.greeting", "thanks/" + read.id);
  ASSERT_TRUE(thanks);
  EXPECT_EQ(thanks->data["text"], "Thank you, 刘晓燕!");
  EXPECT_TRUE(core_.warnings().empty());  // the hook did not fail
}

TEST_F(HelloPluginTest, TheListCommandAndTheSectionReadTheGreetings) {
  core_.run_task(add_task("greet", "hello.greet", {{"name", "office"}}).id);
  std::ostringstream out;
  ASSERT_EQ(core_.run_command("list", {{}, {}, "json"}, out), 0);
  EXPECT_EQ(json::parse(out.str())["greetings"].size(), 1u);
  const auto section =
      core_.build_section("hello", {"2026-03-09", "day", "2026-03-09", "2026-03-09", "", ""});
  ASSERT_EQ(section.lines.size(), 1u);
  EXPECT_EQ(section.lines[0], "1 greeting(s) in 2026-03-09");
}

TEST_F(HelloPluginTest, ItsConfigurationHasADefaultAndRefusesUnknownKeys) {
  FakeContext fresh("hello");
  fresh.install(duban::testing::create_plugin_under_test());
  EXPECT_EQ(fresh.config()["greeting"], "Hello");
  EXPECT_THROW(fresh.set_config({{"greting", "Hi"}}), std::invalid_argument);
}

}  // namespace
