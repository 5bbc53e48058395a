// The real duban binary loads the built village plugin: what it registered,
// its config checked with positions, its workflow's kinds accepted.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "village_workspace.hpp"

namespace duban::village::test {
namespace {

using nlohmann::json;
using ::testing::Contains;
using ::testing::HasSubstr;

TEST(VillageLoad, PluginsInfoShowsWhatItRegistered) {
  const VillageWorkspace ws;
  const auto r = ws.run({"--format", "json", "plugins", "info", "village"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto info = json::parse(r.out);
  EXPECT_EQ(info["name"], "village");
  EXPECT_EQ(info["version"], "1.0.0");
  EXPECT_EQ(info["loaded"], true) << info["error"];
  std::vector<std::string> kinds;
  for (const auto& k : info["task_kinds"]) kinds.push_back(k["name"]);
  EXPECT_THAT(kinds, Contains("village.plan-visits"));
  EXPECT_THAT(kinds, Contains("village.risk-review"));
  EXPECT_EQ(info["record_types"].size(), 6U);
  EXPECT_EQ(info["config"]["line"], 8050);
}

TEST(VillageLoad, TheMonthlyWorkflowValidates) {
  const VillageWorkspace ws("line = 8050\npairings = [\"zhao-liping:xiaohe\"]");
  const auto r = ws.run({"validate"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(VillageLoad, ABadConfigValueIsReportedWithItsPosition) {
  const VillageWorkspace ws("visit_due_day = 40\nlien = 8050");
  const auto r = ws.run({"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.out + r.err, HasSubstr("duban.toml:"));
  EXPECT_THAT(r.out + r.err, HasSubstr("visit_due_day"));
  EXPECT_THAT(r.out + r.err, HasSubstr("lien"));
}

}  // namespace
}  // namespace duban::village::test
