#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "calendar/calendar_loader.hpp"
#include "support/workspace_fixture.hpp"
#include "workflow/deadline_policy.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(Offset, ParsesEveryUnit) {
  EXPECT_EQ(parse_offset("3d"), (Offset{3, Offset::Unit::policy_day}));
  EXPECT_EQ(parse_offset("3wd"), (Offset{3, Offset::Unit::workday}));
  EXPECT_EQ(parse_offset("10cd"), (Offset{10, Offset::Unit::day}));
  EXPECT_EQ(parse_offset("2w"), (Offset{2, Offset::Unit::week}));
  EXPECT_EQ(parse_offset("1M"), (Offset{1, Offset::Unit::month}));
  EXPECT_EQ(parse_offset("-1d"), (Offset{-1, Offset::Unit::policy_day}));
  EXPECT_FALSE(parse_offset("3"));
  EXPECT_FALSE(parse_offset("d"));
  EXPECT_FALSE(parse_offset("3 days"));
}

TEST(Offset, AppliesOnTheWorkingCalendar) {
  Diagnostics d;
  auto cal = load_calendar({(test::examples_dir() / "workspace/calendars/2026.toml").string()}, d);
  const Date friday = *parse_date("2026-02-06");
  EXPECT_EQ(format_date(apply_offset(cal, friday, {3, Offset::Unit::policy_day}, true)),
            "2026-02-11");
  EXPECT_EQ(format_date(apply_offset(cal, friday, {3, Offset::Unit::policy_day}, false)),
            "2026-02-09");
  // Three workdays from the Thursday before the Spring Festival: 13th, the make-up 14th, then the
  // 24th.
  const Date start = *parse_date("2026-02-12");
  EXPECT_EQ(format_date(apply_offset(cal, start, {3, Offset::Unit::workday}, false)), "2026-02-24");
  // Three calendar days land on the holiday 15th: moved to the next workday.
  EXPECT_EQ(format_date(apply_offset(cal, start, {3, Offset::Unit::day}, true)), "2026-02-24");
  EXPECT_EQ(format_date(apply_offset(cal, start, {1, Offset::Unit::month}, true)), "2026-03-12");
  // A month from 31 January ends on the last day of February.
  EXPECT_EQ(
      format_date(apply_offset(cal, *parse_date("2026-01-30"), {1, Offset::Unit::month}, true)),
      "2026-02-28");
}

std::vector<std::string> check_policies(const std::string& text) {
  Diagnostics diagnostics;
  PolicySet set;
  auto table = toml::parse(text);
  read_policies(*table["policy"].as_table(), "p.toml", diagnostics, set);
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.sorted()) lines.push_back(format_diagnostic(d));
  return lines;
}

TEST(PolicyDiagnostics, BadOffsetUnitAndEscalationStep) {
  EXPECT_THAT(
      check_policies(
          "[policy.x]\nday_unit = \"hour\"\nmilestones = [{ at = \"3days\", action = \"a\" }]\n"
          "escalate = [\"owner\", \"unit.chef\"]\n"),
      ElementsAre(
          "p.toml:2:12: error: day_unit of policy 'x' must be \"workday\" or \"day\", not \"hour\"",
          "p.toml:3:22: error: 'at' in a milestone of policy 'x': '3days' is not an offset (use "
          "e.g. 3d, 3wd, 3cd, 2w or 1M)",
          HasSubstr("p.toml:4:12: error: unknown escalation step 'unit.chef' in policy 'x'")));
}

TEST(PolicyDiagnostics, MilestonesAreRequired) {
  EXPECT_THAT(check_policies("[policy.x]\nname = \"空\"\n"),
              ElementsAre("p.toml:1:1: error: policy 'x' is missing required key 'milestones'"));
}

TEST(Policy, MilestonesForAClass) {
  Diagnostics diagnostics;
  PolicySet set;
  auto table = toml::parse(
      "[policy.p]\nmilestones = [{ at = \"0d\", action = \"ack\" }, { at = \"7d\", action = "
      "\"close\", class = \"ordinary\" },"
      " { at = \"1M\", action = \"plan\", class = \"major\" }]\n");
  read_policies(*table["policy"].as_table(), "p.toml", diagnostics, set);
  const auto& p = set.at("p");
  EXPECT_EQ(p.milestones_for("ordinary").size(), 2u);
  EXPECT_EQ(p.milestones_for("major").back()->action, "plan");
  EXPECT_THAT(p.classes(), ElementsAre("major", "ordinary"));
}

}  // namespace
}  // namespace duban
