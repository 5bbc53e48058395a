#pragma once
// A small inline organisation and calendar for roster unit tests.

#include <gtest/gtest.h>

#include "workspace/workspace.hpp"
#include "org/org_loader.hpp"
#include "roster/roster_generator.hpp"
#include "roster/roster_loader.hpp"
#include "support/workspace_fixture.hpp"

namespace duban::test {

// Six people in one team: a leader (section-level) and five members; two of
// them are not party members.
inline const char* roster_org = R"(
[[unit]]
id = "office"
name = "办公室"
[[person]]
id = "lead"
name = "组长"
unit = "office"
tags = ["party-member", "section-level"]
[[person]]
id = "p1"
name = "甲"
unit = "office"
tags = ["party-member"]
[[person]]
id = "p2"
name = "乙"
unit = "office"
tags = ["party-member"]
[[person]]
id = "p3"
name = "丙"
unit = "office"
tags = ["party-member"]
[[person]]
id = "p4"
name = "丁"
unit = "office"
tags = []
[[person]]
id = "p5"
name = "戊"
unit = "office"
tags = []
[[team]]
id = "t"
name = "服务队"
leader = "lead"
members = ["p1", "p2", "p3", "p4", "p5"]
)";

inline Organisation test_org() {
  Diagnostics d;
  Organisation org = load_organisation_text(roster_org, "org.toml", d);
  EXPECT_FALSE(d.has_errors());
  return org;
}

// 2026: 2026-03-09 is a Monday; 2026-04-06 (Qingming, observed) is a holiday.
inline WorkingCalendar test_calendar() {
  return WorkingCalendar({{make_date(2026, 4, 6), DayKind::holiday, "清明节"}}, {2026});
}

inline RosterDefinition load_ok(const std::string& text, const Organisation& org) {
  Diagnostics d;
  auto roster = load_roster_text(text, "r.toml", org, d);
  for (const auto& x : d.sorted()) ADD_FAILURE() << format_diagnostic(x);
  EXPECT_TRUE(roster.has_value());
  return roster.value_or(RosterDefinition{});
}

}  // namespace duban::test
