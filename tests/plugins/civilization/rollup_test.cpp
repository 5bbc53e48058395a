#include "rollup.hpp"

#include <gtest/gtest.h>

namespace civilization {
namespace {

Area area(const std::string& id, const std::string& team) {
  Area a;
  a.id = id;
  a.kind = "compound";
  a.name = id;
  a.team = team;
  return a;
}

Finding finding(const std::string& id, const std::string& area_id, const std::string& found,
                const std::string& closed = "") {
  Finding f;
  f.id = id;
  f.area = area_id;
  f.found_at = found + "T10:00";
  f.deadline = found;
  f.status = closed.empty() ? "open" : "closed";
  f.closed_at = closed.empty() ? "" : closed + "T10:00";
  return f;
}

HoursEntry hours(const std::string& person, const std::string& team, const std::string& day,
                 double h) {
  HoursEntry e;
  e.person = person;
  e.team = team;
  e.start = day + "T08:00";
  e.hours = h;
  return e;
}

// Week 11 of 2026 up to Friday; hours from its Monday.
RollupPeriod week11() {
  return {"2026-03-09", "2026-03-13", "2026-03-09"};
}

TEST(Rollup, CountsPatrolsPerAreaAndAreasCovered) {
  const std::vector<PatrolTask> patrols{{"a", "2026-03-09", true},
                                        {"a", "2026-03-10", false},
                                        {"b", "2026-03-10", false},
                                        {"a", "2026-03-06", true}};  // the week before
  const auto f = roll_up({area("a", "t1"), area("b", "t2")}, {}, patrols, {}, week11());
  ASSERT_EQ(f.areas.size(), 2u);
  EXPECT_EQ(f.areas[0].patrols, 2);
  EXPECT_EQ(f.areas[0].done, 1);
  EXPECT_EQ(f.areas_covered, 1);
  EXPECT_EQ(f.patrols, 3);
  EXPECT_EQ(f.patrols_done, 1);
}

TEST(Rollup, InactiveAreasAreLeftOut) {
  Area gone = area("c", "t1");
  gone.active = false;
  EXPECT_TRUE(roll_up({gone}, {}, {}, {}, week11()).areas.empty());
}

TEST(Rollup, AgesOpenFindingsAtThePeriodEndOldestFirst) {
  const std::vector<Finding> findings{
      finding("f1", "a", "2026-03-12"),                // 1 day
      finding("f2", "a", "2026-03-03"),                // 10 days
      finding("f3", "a", "2026-03-08"),                // 5 days
      finding("f4", "a", "2026-03-10", "2026-03-12"),  // closed in the week
      finding("f5", "a", "2026-03-14")};               // after the period
  const auto f = roll_up({area("a", "t1")}, findings, {}, {}, week11());
  ASSERT_EQ(f.open.size(), 3u);
  EXPECT_EQ(f.open[0].finding.id, "f2");
  EXPECT_EQ(f.open[0].age_days, 10);
  EXPECT_EQ(f.open_by_age[0], 1);
  EXPECT_EQ(f.open_by_age[1], 1);
  EXPECT_EQ(f.open_by_age[2], 1);
  EXPECT_EQ(f.found, 2);  // f1 and f4
  EXPECT_EQ(f.closed, 1);
  EXPECT_EQ(f.overdue_open, 3);  // each open past its deadline at the end
  EXPECT_EQ(f.areas[0].findings, 2);
}

TEST(Rollup, SumsThisWeeksHoursByTeamAndPerson) {
  const std::vector<HoursEntry> entries{
      hours("p1", "t1", "2026-03-09", 2.5), hours("p1", "t1", "2026-03-11", 1.0),
      hours("p2", "t1", "2026-03-10", 3.0), hours("p3", "t2", "2026-03-12", 2.0),
      hours("p3", "t2", "2026-03-06", 9.0)};  // last week
  const auto f = roll_up({}, {}, {}, entries, week11());
  EXPECT_DOUBLE_EQ(f.hours_total, 8.5);
  ASSERT_EQ(f.hours_by_team.size(), 2u);
  EXPECT_EQ(f.hours_by_team[0].key, "t1");
  EXPECT_DOUBLE_EQ(f.hours_by_team[0].hours, 6.5);
  EXPECT_EQ(f.hours_by_team[0].people, 2);
  EXPECT_EQ(f.hours_by_team[0].records, 3);
  ASSERT_EQ(f.hours_by_person.size(), 3u);
  EXPECT_EQ(f.hours_by_person[0].key, "p1");
  EXPECT_DOUBLE_EQ(f.hours_by_person[0].hours, 3.5);
}

TEST(Rollup, JsonCarriesTheSameFigures) {
  const auto f =
      roll_up({area("a", "t1")}, {finding("f2", "a", "2026-03-03")}, {{"a", "2026-03-09", true}},
              {hours("p1", "t1", "2026-03-09", 2.0)}, week11());
  const auto j = to_json(f);
  EXPECT_EQ(j["areas"]["covered"], 1);
  EXPECT_EQ(j["findings"]["open_by_age"]["gt7"], 1);
  EXPECT_EQ(j["findings"]["open_list"][0]["finding"], "f2");
  EXPECT_EQ(j["hours"]["by_team"][0]["team"], "t1");
  EXPECT_EQ(j["hours"]["total"], 2.0);
}

}  // namespace
}  // namespace civilization
