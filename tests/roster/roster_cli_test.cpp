// End to end: the real duban program on a copy of the shipped workspace.

#include <gmock/gmock.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "support/run_duban.hpp"

namespace duban::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class RosterCli : public ::testing::Test {
 protected:
  void SetUp() override { copy_example_workspace(dir_.path()); }

  RunResult run(std::vector<std::string> args, const std::string& as = "zheng-wei") {
    args.insert(args.begin(), {"--now", "2026-03-06T09:00", "--as", as});
    return run_duban(dir_.path(), args);
  }
  json json_of(std::vector<std::string> args) {
    args.insert(args.begin(), {"--format", "json"});
    auto r = run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }
  std::size_t events() { return json_of({"log"})["events"].size(); }
  void generate_fortnight() {
    auto r = run(
        {"roster", "generate", "volunteer-roster", "--from", "2026-03-09", "--to", "2026-03-22"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // The shift task that `person` holds on `date` in the volunteer roster.
  json shift_of(const std::string& person, const std::string& date) {
    for (const auto& s :
         json_of({"roster", "show", "volunteer-roster", "--person", person})["shifts"]) {
      if (s["date"] == date && s["shift"] == "daily") return s;
    }
    return json();
  }

  TempDir dir_;
};

TEST_F(RosterCli, GenerateMakesOneTaskPerShiftSeenInStatusAndIsIdempotent) {
  generate_fortnight();
  const auto before = events();
  const auto again =
      run({"roster", "generate", "volunteer-roster", "--from", "2026-03-09", "--to", "2026-03-22"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_THAT(again.out, HasSubstr("nothing changed"));
  EXPECT_EQ(events(), before);
  const auto shown = json_of({"roster", "show", "volunteer-roster"});
  EXPECT_EQ(shown["shifts"].size(), 32u);  // 10 workdays × 3 posts + 2 dispatches
  const std::string person = shown["shifts"][0]["people"][0];
  const auto tasks =
      json_of({"task", "list", "--person", person, "--workflow", "volunteer-roster"});
  EXPECT_GE(tasks["tasks"].size(), 3u);
  const auto day = json_of({"status", "--day", "2026-03-09", "--person", person});
  EXPECT_GE(day["people"][person]["due"].get<int>(), 1);  // the shift counts as due that day
  const auto overlap = run({"roster", "generate", "volunteer-roster", "--period", "2026-W12"});
  EXPECT_EQ(overlap.exit_code, 2);
  EXPECT_THAT(overlap.err, HasSubstr("overlaps"));
}

TEST_F(RosterCli, SwapChangesOnlyTheTwoShiftsAndIsLogged) {
  generate_fortnight();
  const auto before = json_of({"roster", "show", "volunteer-roster"})["shifts"];
  const json a = before[4];   // 2026-03-10 compound
  const json b = before[10];  // 2026-03-12 compound
  ASSERT_EQ(a["post"], "compound");
  ASSERT_EQ(b["post"], "compound");
  std::string pa;
  std::string pb;
  for (const auto& p : a["people"]) {
    if (std::find(b["people"].begin(), b["people"].end(), p) == b["people"].end()) pa = p;
  }
  for (const auto& p : b["people"]) {
    if (std::find(a["people"].begin(), a["people"].end(), p) == a["people"].end()) pb = p;
  }
  ASSERT_FALSE(pa.empty());
  ASSERT_FALSE(pb.empty());
  const auto n = events();
  const auto swap = run({"roster", "swap", "volunteer-roster", pa + "@2026-03-10",
                         pb + "@2026-03-12", "--reason", "家中有事"});
  ASSERT_EQ(swap.exit_code, 0) << swap.err;
  EXPECT_EQ(events(), n + 2);
  const auto after = json_of({"roster", "show", "volunteer-roster"})["shifts"];
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (i == 4 || i == 10) continue;
    EXPECT_EQ(after[i]["people"], before[i]["people"]) << i;
  }
  EXPECT_NE(std::find(after[4]["people"].begin(), after[4]["people"].end(), pb),
            after[4]["people"].end());
  const auto log = json_of({"log", std::string(a["task"])});
  EXPECT_EQ(log["events"].back()["type"], "task.reassigned");
  EXPECT_THAT(std::string(log["events"].back()["reason"]), HasSubstr("roster swap"));
  const auto verify = run({"log", "--verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
  // Not a manager: refused, nothing written.
  const auto stranger =
      run({"roster", "swap", "volunteer-roster", pb + "@2026-03-10", pa + "@2026-03-12"}, "wu-lei");
  EXPECT_EQ(stranger.exit_code, 2);
  EXPECT_EQ(events(), n + 2);
}

TEST_F(RosterCli, LeaveReassignsOnlyThatPersonsShiftsToValidReplacements) {
  generate_fortnight();
  const auto before = json_of({"roster", "show", "volunteer-roster"})["shifts"];
  const std::string person = before[0]["people"][0];
  const auto n = events();
  const auto leave = run({"roster", "leave", "volunteer-roster", person, "--from", "2026-03-09",
                          "--to", "2026-03-13", "--reason", "出差"});
  ASSERT_EQ(leave.exit_code, 0) << leave.err;
  const auto after = json_of({"roster", "show", "volunteer-roster"})["shifts"];
  int changed = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    const bool held = std::find(before[i]["people"].begin(), before[i]["people"].end(), person) !=
                      before[i]["people"].end();
    const bool in_leave = before[i]["date"] <= "2026-03-13";
    if (held && in_leave) {
      ++changed;
      EXPECT_EQ(std::find(after[i]["people"].begin(), after[i]["people"].end(), person),
                after[i]["people"].end());
      EXPECT_EQ(after[i]["people"].size(), before[i]["people"].size());
    } else {
      EXPECT_EQ(after[i]["people"], before[i]["people"]) << i;
    }
  }
  EXPECT_GT(changed, 0);
  EXPECT_EQ(events(), n + 1 + static_cast<std::size_t>(changed));  // roster.leave + reassigns
  EXPECT_EQ(run({"log", "--verify"}).exit_code, 0);
}

TEST_F(RosterCli, InfeasibleRosterExplainsAndWritesNothing) {
  write_file(dir_.path() / "rosters" / "tight.toml", R"(
[roster]
id = "tight"
[rules]
max_per_week = 1
[[team]]
id = "t"
teams = ["compound-team"]
[[post]]
id = "gate"
team = "t"
[[shift]]
id = "day"
pattern = "workdays"
start = "08:00"
end = "09:00"
headcount = 2
posts = ["gate"]
)");
  const auto n = events();
  const auto r = run({"roster", "generate", "tight", "--period", "2026-W11"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("cannot fill 2026-03-12"));
  EXPECT_THAT(r.err, HasSubstr("max_per_week"));
  EXPECT_THAT(r.err, HasSubstr("could have filled it"));
  EXPECT_THAT(r.err, HasSubstr("nothing was written"));
  EXPECT_EQ(events(), n);
}

TEST_F(RosterCli, LoaderErrorsComeWithPositionsAllAtOnce) {
  write_file(dir_.path() / "rosters" / "bad.toml", R"([roster]
id = "bad"
[[team]]
id = "t"
teams = ["no-team"]
[[post]]
id = "gate"
team = "t"
[[shift]]
id = "day"
pattern = "workday"
start = "08:00"
end = "09:00"
posts = ["gate"]
)");
  const auto r = run({"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("rosters/bad.toml:5:9: error: unknown team 'no-team'"));
  EXPECT_THAT(r.err, HasSubstr("rosters/bad.toml:11:11: error: unknown pattern 'workday'"));
}

// Parses the .ics back: unfolds lines and collects each VEVENT's properties.
std::vector<std::map<std::string, std::string>> parse_ics(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "every line ends with CRLF";
    if (end == std::string::npos) break;
    std::string line = text.substr(start, end - start);
    EXPECT_LE(line.size(), 75u);
    if (!line.empty() && line[0] == ' ')
      lines.back() += line.substr(1);
    else
      lines.push_back(line);
    start = end + 2;
  }
  std::vector<std::map<std::string, std::string>> events;
  for (const auto& line : lines) {
    if (line == "BEGIN:VEVENT") events.emplace_back();
    const auto colon = line.find(':');
    if (!events.empty() && colon != std::string::npos)
      events.back()[line.substr(0, colon)] = line.substr(colon + 1);
  }
  return events;
}

TEST_F(RosterCli, IcsExportRoundTrips) {
  generate_fortnight();
  const auto shifts =
      json_of({"roster", "show", "volunteer-roster", "--person", "huang-jing"})["shifts"];
  const auto r =
      run({"--format", "ics", "roster", "export", "volunteer-roster", "--person", "huang-jing"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  const auto events = parse_ics(r.out);
  ASSERT_EQ(events.size(), shifts.size());
  std::set<std::string> uids;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    uids.insert(e.at("UID"));
    EXPECT_EQ(e.at("DTSTAMP"), "20260306T010000Z");
    std::string date = shifts[i]["date"];
    date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
    EXPECT_EQ(e.at("DTSTART;TZID=Asia/Shanghai"), date + "T073000");
    EXPECT_EQ(e.at("DTEND;TZID=Asia/Shanghai"), date + "T083000");
    EXPECT_THAT(e.at("SUMMARY"), HasSubstr("日行动"));
  }
  EXPECT_EQ(uids.size(), events.size());
  const auto teams = run(
      {"--format", "ics", "roster", "export", "volunteer-roster", "--by", "team", "--out", "cal"});
  ASSERT_EQ(teams.exit_code, 0) << teams.err;
  EXPECT_EQ(parse_ics(read_file(dir_.path() / "cal" / "compound.ics")).size(), 10u);
  const auto csv = run({"--format", "csv", "roster", "export", "volunteer-roster"});
  EXPECT_EQ(csv.out.rfind("\xEF\xBB\xBF", 0), 0u);
}

TEST_F(RosterCli, FridayClassroomRotatesLeadersThenStaffThenExperts) {
  generate_fortnight();  // another roster's run in the store must not disturb this one
  const auto r = run({"roster", "generate", "friday-classroom-speakers", "--period", "2026"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto shifts = json_of({"roster", "show", "friday-classroom-speakers"})["shifts"];
  ASSERT_GE(shifts.size(), 40u);
  EXPECT_EQ(shifts[0]["people"][0], "zhang-jianguo");  // leaders first
  EXPECT_EQ(shifts[3]["people"][0], "zhao-liping");
  EXPECT_EQ(shifts[4]["people"][0], "liu-xiaoyan");          // then staff in organisation order
  EXPECT_EQ(shifts[30]["people"][0], "guest:party-school");  // then experts
  EXPECT_EQ(shifts[33]["people"][0], "zhang-jianguo");       // and round again
}

}  // namespace
}  // namespace duban::test
