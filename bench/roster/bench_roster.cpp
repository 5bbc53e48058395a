// Roster generator benchmark: 300 people in 10 teams of 30, 60 posts (6 a
// team), one daily shift of two people per post (one of them "senior": half the people), most
// 4 shifts a week, 12 hours' rest, over 92 days (2026-Q3): 5,520 shifts.
// Prints the time to load and to generate, and the fairness reached.
//
//   build/default/bench/roster/bench_roster

#include <chrono>
#include <cstdio>
#include <map>
#include <string>

#include "org/org_loader.hpp"
#include "roster/roster_generator.hpp"
#include "roster/roster_loader.hpp"

using namespace duban;

namespace {

std::string org_text(int people, int teams) {
  std::string t = "[[unit]]\nid = \"u\"\nname = \"u\"\n";
  for (int i = 0; i < people; ++i) {
    t += "[[person]]\nid = \"p" + std::to_string(i) + "\"\nname = \"P" + std::to_string(i) +
         "\"\nunit = \"u\"\ntags = [" + (i % 2 == 0 ? "\"senior\"" : "") + "]\n";
  }
  const int per = people / teams;
  for (int k = 0; k < teams; ++k) {
    t += "[[team]]\nid = \"t" + std::to_string(k) + "\"\nname = \"T\"\nleader = \"p" +
         std::to_string(k * per) + "\"\nmembers = [";
    for (int i = 1; i < per; ++i) t += "\"p" + std::to_string(k * per + i) + "\",";
    t += "]\n";
  }
  return t;
}

std::string roster_text(int teams, int posts) {
  std::string t = "[roster]\nid = \"bench\"\n[rules]\nmax_per_week = 4\nmin_rest_hours = 12\n";
  for (int k = 0; k < teams; ++k)
    t +=
        "[[team]]\nid = \"t" + std::to_string(k) + "\"\nteams = [\"t" + std::to_string(k) + "\"]\n";
  std::string list;
  for (int p = 0; p < posts; ++p) {
    t += "[[post]]\nid = \"post" + std::to_string(p) + "\"\nteam = \"t" +
         std::to_string(p % teams) + "\"\n";
    list += "\"post" + std::to_string(p) + "\",";
  }
  t += "[[shift]]\nid = \"day\"\npattern = \"daily\"\nstart = \"08:00\"\nend = \"12:00\"\n"
       "headcount = 2\nrequire = [{ tag = \"senior\" }]\nposts = [" +
       list + "]\n";
  return t;
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

int main() {
  const int people = 300;
  const int teams = 10;
  const int posts = 60;
  auto t0 = std::chrono::steady_clock::now();
  Diagnostics d;
  const Organisation org = load_organisation_text(org_text(people, teams), "org.toml", d);
  auto roster = load_roster_text(roster_text(teams, posts), "bench.toml", org, d);
  if (d.has_errors() || !roster) {
    for (const auto& x : d.sorted()) std::fprintf(stderr, "%s\n", format_diagnostic(x).c_str());
    return 1;
  }
  const double load_ms = ms_since(t0);
  const WorkingCalendar calendar({}, {2026});
  const Date from = make_date(2026, 7, 1);
  const Date to = make_date(2026, 9, 30);  // 92 days
  for (int round = 0; round < 3; ++round) {
    RosterBook book(*roster, org);
    t0 = std::chrono::steady_clock::now();
    auto result = generate_roster(*roster, org, calendar, from, to, book);
    const double gen_ms = ms_since(t0);
    if (result.failure) {
      std::printf("infeasible: %s\n", result.failure->message(*roster, org).c_str());
      return 1;
    }
    std::map<std::string, int> count;
    for (const auto& a : result.assignments)
      for (const auto& p : a.assignees) ++count[p];
    int worst = 0;
    for (const auto& team : roster->teams) {
      int lo = 1 << 20;
      int hi = 0;
      for (const auto& m : team.members) {
        lo = std::min(lo, count[m]);
        hi = std::max(hi, count[m]);
      }
      worst = std::max(worst, hi - lo);
    }
    std::printf(
        "round %d: %d people, %d posts, 92 days: %zu shifts (%zu assignments) generated in "
        "%.1f ms (load %.1f ms); repairs %d; worst max-min in a team %d\n",
        round + 1, people, posts, result.assignments.size(), result.assignments.size() * 2, gen_ms,
        load_ms, result.repairs, worst);
  }
  return 0;
}
