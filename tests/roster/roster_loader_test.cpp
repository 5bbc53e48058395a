#include <gmock/gmock.h>

#include "workspace/workspace.hpp"
#include "roster_fixture.hpp"

namespace duban::test {
namespace {

using ::testing::HasSubstr;

TEST(RosterLoader, ReadsTeamsPostsShiftsAndRules) {
  const Organisation org = test_org();
  auto roster = load_ok(R"(
[roster]
id = "duty"
name = "值班"
[rules]
max_per_week = 2
min_rest_hours = 10
[[team]]
id = "all"
teams = ["t"]
[[team]]
id = "staff"
everyone = true
exclude_tags = ["section-level"]
[[post]]
id = "gate"
team = "all"
[[shift]]
id = "day"
pattern = "weekdays"
weekdays = ["monday", "wednesday"]
start = "08:00"
end = "09:00"
headcount = 2
require = [{ tag = "section-level" }]
posts = ["gate"]
[[leave]]
person = "p1"
from = 2026-03-09
to = 2026-03-10
)",
                        org);
  EXPECT_EQ(roster.id, "duty");
  EXPECT_EQ(roster.rules.max_per_week, 2);
  ASSERT_EQ(roster.teams.size(), 2u);
  EXPECT_EQ(roster.teams[0].members.size(), 6u);
  EXPECT_EQ(roster.teams[1].members.size(), 5u);  // the leader excluded by tag
  ASSERT_EQ(roster.shifts.size(), 1u);
  EXPECT_EQ(roster.shifts[0].weekdays, (std::vector<unsigned>{1, 3}));
  EXPECT_EQ(roster.shifts[0].requirements.at(0).tag, "section-level");
  EXPECT_EQ(roster.leave.at(0).to, make_date(2026, 3, 10));
}

TEST(RosterLoader, ReportsEveryErrorWithItsPosition) {
  const Organisation org = test_org();
  Diagnostics d;
  load_roster_text(R"([roster]
id = "duty"
[rules]
max_per_wek = 2
[[team]]
id = "all"
teams = ["tt"]
[[post]]
id = "gate"
team = "al"
[[shift]]
id = "day"
pattern = "hourly"
start = "09:00"
end = "08:00"
posts = ["gat"]
require = [{ tag = "no-such-tag" }]
[[leave]]
person = "nobody"
from = 2026-03-09
)",
                   "r.toml", org, d);
  std::vector<std::string> lines;
  for (const auto& x : d.sorted()) lines.push_back(format_diagnostic(x));
  const std::string all = ::testing::PrintToString(lines);
  EXPECT_THAT(all, HasSubstr("r.toml:4:1: error: unknown key 'max_per_wek'"));
  EXPECT_THAT(all, HasSubstr("did you mean 'max_per_week'"));
  EXPECT_THAT(all, HasSubstr("r.toml:7:9: error: unknown team 'tt'"));
  EXPECT_THAT(all, HasSubstr("r.toml:10:8: error: post 'gate': unknown team 'al'"));
  EXPECT_THAT(all, HasSubstr("r.toml:13:11: error: unknown pattern 'hourly'"));
  EXPECT_THAT(all,
              HasSubstr("r.toml:15:7: error: shift 'day' ends (08:00) before it starts (09:00)"));
  EXPECT_THAT(all, HasSubstr("unknown post 'gat'"));
  EXPECT_THAT(all, HasSubstr("no person has the tag 'no-such-tag'"));
  EXPECT_THAT(all, HasSubstr("r.toml:19:10: error: leave: unknown person 'nobody'"));
  EXPECT_GE(d.error_count(), 8);
}

TEST(RosterLoader, RotationTeamFollowsItsSequenceAndGuests) {
  const Organisation org = test_org();
  auto roster = load_ok(R"(
[roster]
id = "talks"
mode = "rotation"
[[guest]]
id = "prof"
name = "教授"
host = "lead"
[[team]]
id = "leaders"
tags = ["section-level"]
[[team]]
id = "staff"
teams = ["t"]
exclude = ["lead"]
[[team]]
id = "experts"
guests = ["prof"]
[[team]]
id = "speakers"
sequence = ["leaders", "staff", "experts"]
[[post]]
id = "room"
team = "speakers"
[[shift]]
id = "talk"
pattern = "weekly"
weekdays = ["friday"]
start = "16:00"
end = "17:00"
posts = ["room"]
)",
                        org);
  EXPECT_EQ(roster.mode, RosterMode::rotation);
  EXPECT_EQ(roster.team("speakers")->members,
            (std::vector<std::string>{"lead", "p1", "p2", "p3", "p4", "p5", "guest:prof"}));
}

TEST(RosterLoader, ShippedRostersLoadCleanly) {
  TempDir dir;
  copy_example_workspace(dir.path());
  Diagnostics d;
  auto ws = load_workspace(dir.path(), d);
  for (const auto& x : d.sorted()) ADD_FAILURE() << format_diagnostic(x);
  ASSERT_TRUE(ws);
  ASSERT_NE(ws->roster("volunteer-roster"), nullptr);
  ASSERT_NE(ws->roster("friday-classroom-speakers"), nullptr);
  const auto& speakers = ws->roster("friday-classroom-speakers")->team("speakers")->members;
  // Leaders first (the four bureau leaders), experts last.
  EXPECT_EQ(speakers.front(), "zhang-jianguo");
  EXPECT_EQ(speakers.back(), "guest:nbs-expert");
}

}  // namespace
}  // namespace duban::test
