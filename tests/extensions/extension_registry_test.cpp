// A plugin's registrations are added whole or not at all, and names clash
// across plugins with a message naming the owner.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extensions/extension_registry.hpp"

namespace duban {
namespace {

sdk::TaskKind kind(const std::string& name) {
  sdk::TaskKind k;
  k.name = name;
  k.execute = [](const sdk::TaskView&, const sdk::RunView&, sdk::Context&) {
    return sdk::TaskResult::success("ok");
  };
  return k;
}

TEST(ExtensionRegistry, AddsABatchAndListsWhatItRegistered) {
  ExtensionRegistry registry;
  ExtensionRegistry::Batch batch("alpha");
  batch.add_task_kind(kind("alpha.count"));
  batch.add_record_type({"alpha.note", "", {}});
  PluginInfo info;
  info.name = "alpha";
  registry.add(std::move(batch), info);
  ASSERT_NE(registry.task_kind("alpha.count"), nullptr);
  EXPECT_EQ(registry.task_kind("alpha.count")->plugin, "alpha");
  EXPECT_TRUE(registry.plugin("alpha")->loaded);
  EXPECT_THAT(registry.plugin("alpha")->task_kinds, ::testing::ElementsAre("alpha.count"));
}

TEST(ExtensionRegistry, ASecondPluginWithTheSameKindIsRefusedWhole) {
  ExtensionRegistry registry;
  ExtensionRegistry::Batch first("alpha");
  first.add_task_kind(kind("shared.kind"));
  PluginInfo alpha;
  alpha.name = "alpha";
  registry.add(std::move(first), alpha);

  ExtensionRegistry::Batch second("beta");
  second.add_record_type({"beta.note", "", {}});
  second.add_task_kind(kind("shared.kind"));
  PluginInfo beta;
  beta.name = "beta";
  try {
    registry.add(std::move(second), beta);
    FAIL() << "expected a clash";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "task kind 'shared.kind' is already registered by plugin 'alpha'");
  }
  EXPECT_EQ(registry.record_type("beta.note"), nullptr);  // nothing of beta was kept
  EXPECT_EQ(registry.plugin("beta"), nullptr);
}

TEST(ExtensionRegistry, AKindWithoutAFunctionIsRefusedAtRegistration) {
  ExtensionRegistry::Batch batch("alpha");
  sdk::TaskKind empty;
  empty.name = "alpha.empty";
  EXPECT_THROW(batch.add_task_kind(empty), std::invalid_argument);
}

}  // namespace
}  // namespace duban
