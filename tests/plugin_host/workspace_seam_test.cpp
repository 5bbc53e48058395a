// A whole workspace assembled without dlopen: its plugin loader (the seam
// WorkspaceLoadOptions::load_plugins) admits a plugin object compiled into
// this test through register_plugin, the same step the shared-library path
// ends with. The workspace then sees the plugin's kind and configuration,
// checks workflows against them, and refuses a reserved name as it would
// a library's.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <duban/version.hpp>

#include "plugin_host/plugin_host.hpp"
#include "support/workspace_fixture.hpp"
#include "workspace/workspace.hpp"

namespace duban {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;

// Built into the test: a configuration table and an automatic kind with a parameter.
class CounterPlugin final : public sdk::Plugin {
 public:
  void register_extensions(sdk::Registry& registry) override {
    using sdk::field;
    using sdk::FieldType;
    registry.config({{field("step", FieldType::integer).range(1, 10).default_to(1)}});
    sdk::TaskKind count;
    count.name = "counter.count";
    count.description = "counts";
    count.params = {{field("times", FieldType::integer).required()}};
    count.execute = [](const sdk::TaskView&, const sdk::RunView&, sdk::Context&) {
      return sdk::TaskResult::success("counted");
    };
    registry.add_task_kind(std::move(count));
  }
};

// A loader that opens no library: it admits one CounterPlugin under `name`
// and reports a refusal as load_plugins reports a refused library.
PluginLoader built_in_counter(const std::string& name, std::vector<PluginSearch>* seen) {
  return [name, seen](const PluginSearch& search, ExtensionRegistry& registry,
                      Diagnostics& diagnostics) {
    seen->push_back(search);
    PluginInfo info;
    info.name = name;
    info.version = "1.0.0";
    info.path = "(built into the test)";
    info.sdk_version = DUBAN_SDK_VERSION_STRING;
    info.stdlib_key = DUBAN_STDLIB_KEY;
    const PluginInfo admitted =
        register_plugin(std::make_shared<CounterPlugin>(), info, registry, search.reserved_names);
    if (!admitted.loaded) {
      diagnostics.warning(search.where, "plugin " + name + " was not loaded: " + admitted.error);
    }
  };
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics.sorted()) out.push_back(format_diagnostic(d));
  return out;
}

class WorkspaceSeam : public ::testing::Test {
 protected:
  void SetUp() override {
    test::copy_example_workspace(dir_.path());
    const auto toml = dir_.path() / "duban.toml";
    test::write_file(toml, test::read_file(toml) + "\n[plugins.counter]\nstep = 3\n");
    write_counting_workflow("2");
  }

  // A workflow whose one task is of the plugin's kind, with `times = TIMES`.
  void write_counting_workflow(const std::string& times) {
    test::write_file(dir_.path() / "workflows/counting.toml",
                     "[workflow]\nid = \"counting\"\nname = \"Counting\"\nversion = 1\n"
                     "recurrence = \"none\"\n\n[[task]]\nid = \"count\"\ntitle = \"Count\"\n"
                     "owner = \"role:office-chief\"\nkind = \"counter.count\"\n"
                     "params = { times = " +
                         times + " }\n");
  }

  std::unique_ptr<Workspace> load(PluginLoader loader,
                                  std::set<std::string, std::less<>> reserved) {
    WorkspaceLoadOptions options;
    options.reserved_names = std::move(reserved);
    options.load_plugins = std::move(loader);
    return load_workspace(dir_.path(), diagnostics_, options);
  }

  test::TempDir dir_;
  Diagnostics diagnostics_;
  std::vector<PluginSearch> searches_;
};

TEST_F(WorkspaceSeam, TheBuiltInPluginsKindAndConfigurationReachTheWorkspace) {
  auto ws = load(built_in_counter("counter", &searches_), {"status", "task"});
  ASSERT_TRUE(ws);
  EXPECT_FALSE(diagnostics_.has_errors()) << ::testing::PrintToString(messages(diagnostics_));
  ASSERT_EQ(searches_.size(), 1u);  // the seam was called once, with the CLI's reserved names
  EXPECT_EQ(searches_[0].reserved_names, (std::set<std::string, std::less<>>{"status", "task"}));
  const auto* kind = ws->extensions->task_kind("counter.count");
  ASSERT_NE(kind, nullptr);
  EXPECT_EQ(kind->plugin, "counter");
  ASSERT_NE(ws->extensions->config_schema("counter"), nullptr);
  EXPECT_EQ(ws->extensions->config("counter"),
            nlohmann::json({{"step", 3}}));  // read from duban.toml
  const PluginInfo* info = ws->extensions->plugin("counter");
  ASSERT_NE(info, nullptr);
  EXPECT_TRUE(info->loaded);
  EXPECT_EQ(info->task_kinds, std::vector<std::string>{"counter.count"});
  EXPECT_TRUE(info->has_config);
  EXPECT_NE(ws->workflow("counting"), nullptr);
}

TEST_F(WorkspaceSeam, WorkflowParamsAndTheTableAreCheckedAgainstTheBuiltInSchemas) {
  write_counting_workflow("\"two\"");
  const auto toml = dir_.path() / "duban.toml";
  std::string text = test::read_file(toml);
  text.replace(text.find("step = 3"), 8, "step = 30");
  test::write_file(toml, text);
  auto ws = load(built_in_counter("counter", &searches_), {"status"});
  ASSERT_TRUE(ws);
  const auto found = messages(diagnostics_);
  EXPECT_THAT(found, Contains(HasSubstr("'step' must be at most 10 (is 30)")));
  EXPECT_THAT(found, Contains(AllOf(HasSubstr("workflows/counting.toml:"),
                                    HasSubstr("'times' must be a whole number"))));
}

TEST_F(WorkspaceSeam, AReservedNameIsRefusedThroughTheSeamAndItsTableNamesNoPlugin) {
  auto ws = load(built_in_counter("counter", &searches_), {"status", "counter"});
  ASSERT_TRUE(ws);
  const PluginInfo* info = ws->extensions->plugin("counter");
  ASSERT_NE(info, nullptr);
  EXPECT_FALSE(info->loaded);
  EXPECT_EQ(info->error, "its name 'counter' is a duban command");
  EXPECT_EQ(ws->extensions->task_kind("counter.count"), nullptr);  // nothing of it was kept
  const auto found = messages(diagnostics_);
  EXPECT_THAT(found, Contains(HasSubstr("plugin counter was not loaded: its name 'counter' is a "
                                        "duban command")));
  EXPECT_THAT(found, Contains(HasSubstr("[plugins.counter]: no plugin named 'counter' is loaded")));
  EXPECT_THAT(found, Contains(HasSubstr("unknown task kind 'counter.count'")));
}

TEST_F(WorkspaceSeam, AnInProcessPluginIsAdmittedOnlyOnce) {
  ExtensionRegistry registry;
  PluginInfo info;
  info.name = "counter";
  ASSERT_TRUE(register_plugin(std::make_shared<CounterPlugin>(), info, registry, {}).loaded);
  const PluginInfo twice = register_plugin(std::make_shared<CounterPlugin>(), info, registry, {});
  EXPECT_FALSE(twice.loaded);
  EXPECT_THAT(twice.error, HasSubstr("a plugin named 'counter' is already loaded"));
  EXPECT_EQ(register_plugin(nullptr, info, registry, {}).error, "there is no plugin object");
  EXPECT_EQ(registry.task_kind_names(), std::vector<std::string>{"counter.count"});
  EXPECT_EQ(registry.plugins().size(), 3u);  // one loaded, two refusals recorded
}

}  // namespace
}  // namespace duban
