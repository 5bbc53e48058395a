#include <gmock/gmock.h>

#include <array>
#include <map>

#include "roster_fixture.hpp"

namespace duban::test {
namespace {

using ::testing::HasSubstr;

std::string daily_roster(int headcount, int max_per_week, const std::string& extra = "",
                         bool require = true) {
  return R"(
[roster]
id = "duty"
[rules]
max_per_week = )" +
         std::to_string(max_per_week) + R"(
[[team]]
id = "all"
teams = ["t"]
[[post]]
id = "gate"
team = "all"
[[shift]]
id = "day"
pattern = "workdays"
start = "08:00"
end = "09:00"
headcount = )" +
         std::to_string(headcount) + R"(
posts = ["gate"]
)" + (require ? "require = [{ tag = \"party-member\" }]\n" : "") +
         extra;
}

std::map<std::string, int> counts(const RosterBook& book) {
  std::map<std::string, int> out;
  for (const auto& p : book.placements())
    for (const auto& a : p.assignees) ++out[a];
  return out;
}

int spread(const std::map<std::string, int>& c, const std::vector<std::string>& people) {
  int lo = 1 << 20;
  int hi = 0;
  for (const auto& p : people) {
    const int n = c.contains(p) ? c.at(p) : 0;
    lo = std::min(lo, n);
    hi = std::max(hi, n);
  }
  return hi - lo;
}

constexpr std::array<const char*, 6> kEveryone{"lead", "p1", "p2", "p3", "p4", "p5"};
const std::vector<std::string>& everyone() {
  static const std::vector<std::string> people(kEveryone.begin(), kEveryone.end());
  return people;
}

TEST(RosterGenerator, MeetsEveryHardRuleAndBalancesWithinOne) {
  const Organisation org = test_org();
  const auto roster = load_ok(daily_roster(2, 2, R"(
[[leave]]
person = "p1"
from = 2026-03-10
to = 2026-03-11
)"),
                              org);
  RosterBook book(roster, org);
  auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                make_date(2026, 3, 22), book);
  ASSERT_FALSE(result.failure) << result.failure->message(roster, org);
  ASSERT_EQ(result.assignments.size(), 10u);  // ten workdays
  std::map<std::pair<std::string, int>, int> per_week;
  for (const auto& a : result.assignments) {
    ASSERT_EQ(a.assignees.size(), 2u);
    EXPECT_TRUE(org.person(a.assignees[0])->has_tag("party-member") ||
                org.person(a.assignees[1])->has_tag("party-member"))
        << a.slot.key();
    EXPECT_NE(a.assignees[0], a.assignees[1]);
    for (const auto& p : a.assignees) {
      if (p == "p1") {
        EXPECT_TRUE(a.slot.date < make_date(2026, 3, 10) || a.slot.date > make_date(2026, 3, 11));
      }
      const int week = a.slot.date < make_date(2026, 3, 16) ? 11 : 12;
      EXPECT_LE(++per_week[std::make_pair(p, week)], 2) << p << " in week " << week;
    }
  }
  EXPECT_LE(spread(counts(book), everyone()), 1);
}

TEST(RosterGenerator, AvoidsBackToBackDaysWhenItCan) {
  const Organisation org = test_org();
  const auto roster = load_ok(daily_roster(1, 0, "", false), org);
  RosterBook book(roster, org);
  auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                make_date(2026, 3, 20), book);
  ASSERT_FALSE(result.failure);
  for (std::size_t i = 1; i < result.assignments.size(); ++i) {
    const auto& prev = result.assignments[i - 1];
    const auto& cur = result.assignments[i];
    if (cur.slot.date - prev.slot.date == std::chrono::days(1)) {
      EXPECT_NE(prev.assignees, cur.assignees) << cur.slot.key();
    }
  }
  EXPECT_LE(spread(counts(book), everyone()), 1);
}

TEST(RosterGenerator, CountsEarlierPeriodsWhenBalancing) {
  const Organisation org = test_org();
  const auto roster = load_ok(daily_roster(1, 0, "", false), org);
  RosterBook book(roster, org);
  // History: p1, p2, p3 each took two shifts the week before; the others none.
  const char* busy[] = {"p1", "p2", "p3", "p1", "p2", "p3"};
  for (int i = 0; i < 6; ++i) {
    Placement p;
    const Date d = make_date(2026, 3, 2) + std::chrono::days(i % 5);
    p.key = format_date(d) + ".day.gate" + std::to_string(i);
    p.date = d;
    p.shift = "day";
    p.post = "gate";
    p.start = local_minutes(d, TimeOfDay(8 * 60 + i));
    p.end = p.start;
    p.assignees = {busy[i]};
    p.fixed = true;
    book.place(p);
  }
  auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                make_date(2026, 3, 13), book);
  ASSERT_FALSE(result.failure);
  // 11 shifts over six people, history included: nobody more than one above another.
  EXPECT_LE(spread(counts(book), everyone()), 1);
  std::map<std::string, int> period;
  for (const auto& a : result.assignments) ++period[a.assignees.front()];
  EXPECT_EQ(period["p1"] + period["p2"] + period["p3"], 0);  // the idle ones catch up first
}

TEST(RosterGenerator, IsDeterministic) {
  const Organisation org = test_org();
  const auto roster = load_ok(daily_roster(2, 3), org);
  std::vector<std::vector<std::string>> first;
  for (int run = 0; run < 2; ++run) {
    RosterBook book(roster, org);
    auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                  make_date(2026, 4, 30), book);
    ASSERT_FALSE(result.failure);
    std::vector<std::vector<std::string>> seen;
    for (const auto& a : result.assignments) seen.push_back(a.assignees);
    if (run == 0) first = seen;
    EXPECT_EQ(seen, first);
  }
}

TEST(RosterGenerator, NamesTheShiftTheRuleAndWhoCouldHaveFilledIt) {
  const Organisation org = test_org();
  const auto roster =
      load_ok(daily_roster(2, 1, "", false), org);  // 10 places a week, 6 people, 1 each
  RosterBook book(roster, org);
  auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                make_date(2026, 3, 13), book);
  ASSERT_TRUE(result.failure);
  EXPECT_TRUE(result.assignments.empty());
  const std::string message = result.failure->message(roster, org);
  EXPECT_EQ(result.failure->key, "2026-03-12.day.gate");
  EXPECT_THAT(message, HasSubstr("cannot fill 2026-03-12"));
  EXPECT_THAT(message, HasSubstr("rule headcount = 2"));
  EXPECT_THAT(message, HasSubstr("could have filled it"));
  EXPECT_THAT(message, HasSubstr("(max_per_week = 1)"));
  EXPECT_EQ(result.failure->could_fill.size(), 6u);
}

TEST(RosterGenerator, HolidaysSkipOrMoveShifts) {
  const Organisation org = test_org();
  const auto roster = load_ok(R"(
[roster]
id = "duty"
[[team]]
id = "all"
teams = ["t"]
[[post]]
id = "gate"
team = "all"
[[shift]]
id = "day"
pattern = "workdays"
start = "08:00"
end = "09:00"
posts = ["gate"]
[[shift]]
id = "meet"
pattern = "weekly"
weekdays = ["monday"]
on_holiday = "next-workday"
start = "16:00"
end = "17:00"
posts = ["gate"]
)",
                              org);
  const auto slots =
      expand_slots(roster, test_calendar(), make_date(2026, 4, 6), make_date(2026, 4, 12));
  std::vector<std::string> keys;
  keys.reserve(slots.size());
  for (const auto& s : slots) keys.push_back(s.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"2026-04-07.day.gate", "2026-04-07.meet.gate",
                                            "2026-04-08.day.gate", "2026-04-09.day.gate",
                                            "2026-04-10.day.gate"}));
}

TEST(RosterGenerator, KeepsToEachPersonsAvailableWeekdays) {
  const Organisation org = test_org();
  const auto roster = load_ok(daily_roster(1, 0, R"(
[[availability]]
person = "p2"
weekdays = ["monday", "wednesday"]
)",
                                           false),
                              org);
  RosterBook book(roster, org);
  auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                make_date(2026, 3, 27), book);
  ASSERT_FALSE(result.failure);
  int p2_shifts = 0;
  for (const auto& a : result.assignments) {
    if (a.assignees.front() != "p2") continue;
    ++p2_shifts;
    const unsigned day = iso_weekday(a.slot.date);
    EXPECT_TRUE(day == 1 || day == 3) << a.slot.key();
  }
  EXPECT_GE(p2_shifts, 2);  // still takes a fair share on the days they can
}

// An early (08:00-09:00) and a late (20:00-23:30) shift every day, at least
// 10 hours' rest between shifts, and `away` on leave from 2026-03-09 to `until`.
std::string early_late_roster(const std::vector<std::string>& away, const std::string& until) {
  std::string text = R"(
[roster]
id = "duty"
[rules]
min_rest_hours = 10
[[team]]
id = "all"
teams = ["t"]
[[post]]
id = "gate"
team = "all"
[[shift]]
id = "early"
pattern = "daily"
start = "08:00"
end = "09:00"
posts = ["gate"]
[[shift]]
id = "late"
pattern = "daily"
start = "20:00"
end = "23:30"
posts = ["gate"]
)";
  for (const auto& person : away) {
    text += "[[leave]]\nperson = \"" + person + "\"\nfrom = 2026-03-09\nto = " + until + "\n";
  }
  return text;
}

// An early and a late shift every day, everyone but p1 on leave: p1 can take
// the early and the late shift of one day (11 hours apart, the rule wants
// 10) but not the late one and then the next morning's early one (8.5 hours),
// so the second day's early shift cannot be filled, and the message names the rule.
TEST(RosterGenerator, RefusesAShiftThatBreaksTheRestBetweenShifts) {
  const Organisation org = test_org();
  const auto roster =
      load_ok(early_late_roster({"lead", "p2", "p3", "p4", "p5"}, "2026-03-10"), org);
  RosterBook book(roster, org);
  auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                make_date(2026, 3, 10), book);
  ASSERT_TRUE(result.failure);
  EXPECT_EQ(result.failure->key, "2026-03-10.early.gate");
  ASSERT_EQ(result.failure->could_fill.size(), 1u);
  EXPECT_EQ(result.failure->could_fill.front().first, "p1");
  EXPECT_EQ(result.failure->could_fill.front().second.rule, "min_rest_hours");
  EXPECT_THAT(result.failure->message(roster, org), HasSubstr("min_rest_hours"));
}

// With a second person free the same two days are filled, and nobody works
// the late shift and then the next morning's early one.
TEST(RosterGenerator, KeepsTheRestBetweenShiftsWhenSomeoneElseCanTakeIt) {
  const Organisation org = test_org();
  const auto roster = load_ok(early_late_roster({"lead", "p3", "p4", "p5"}, "2026-03-15"), org);
  RosterBook book(roster, org);
  auto result = generate_roster(roster, org, test_calendar(), make_date(2026, 3, 9),
                                make_date(2026, 3, 15), book);
  ASSERT_FALSE(result.failure) << result.failure->message(roster, org);
  std::map<Date, std::string> late;
  for (const auto& a : result.assignments) {
    if (a.slot.shift->id == "late") late[a.slot.date] = a.assignees.front();
  }
  for (const auto& a : result.assignments) {
    if (a.slot.shift->id != "early") continue;
    const auto before = late.find(a.slot.date - std::chrono::days(1));
    if (before != late.end()) {
      EXPECT_NE(before->second, a.assignees.front()) << a.slot.key();
    }
  }
}

}  // namespace
}  // namespace duban::test
