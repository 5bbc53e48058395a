#include "rollup.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "dates.hpp"

namespace civilization {
namespace {

double round2(double value) {
  return std::round(value * 100.0) / 100.0;
}

std::vector<AreaCoverage> cover_areas(const std::vector<Area>& areas,
                                      const std::vector<Finding>& findings,
                                      const std::vector<PatrolTask>& patrols,
                                      const RollupPeriod& period) {
  std::vector<AreaCoverage> coverage;
  for (const auto& area : areas) {
    if (!area.active) continue;
    AreaCoverage c;
    c.area = area;
    for (const auto& p : patrols) {
      if (p.area != area.id || !within(p.date, period.start, period.end)) continue;
      ++c.patrols;
      if (p.done) ++c.done;
    }
    c.findings = static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](auto& f) {
      return f.area == area.id && within(f.found_at, period.start, period.end);
    }));
    coverage.push_back(c);
  }
  std::sort(coverage.begin(), coverage.end(),
            [](auto& a, auto& b) { return a.area.id < b.area.id; });
  return coverage;
}

void count_findings(const std::vector<Finding>& findings, Figures& figures) {
  const auto& p = figures.period;
  for (const auto& f : findings) {
    if (within(f.found_at, p.start, p.end)) ++figures.found;
    if (!f.rectified_at.empty() && within(f.rectified_at, p.start, p.end)) ++figures.rectified;
    if (!f.closed_at.empty() && within(f.closed_at, p.start, p.end)) ++figures.closed;
    if (!open_on(f, p.end)) continue;
    const int age = days_between(f.found_at, p.end);
    figures.open.push_back({f, age, age_bucket(age)});
    ++figures.open_by_age.at(static_cast<std::size_t>(age_bucket(age)));
    if (overdue_on(f, p.end)) ++figures.overdue_open;
  }
  std::stable_sort(figures.open.begin(), figures.open.end(),
                   [](auto& a, auto& b) { return a.age_days > b.age_days; });
}

std::vector<HoursTotal> sum_hours(const std::vector<HoursEntry>& entries, bool by_team) {
  std::map<std::string, HoursTotal> totals;
  std::map<std::string, std::set<std::string>> people;
  for (const auto& e : entries) {
    const std::string& key = by_team ? e.team : e.person;
    auto& total = totals[key];
    total.key = key;
    ++total.records;
    total.hours += e.hours;
    people[key].insert(e.person);
  }
  std::vector<HoursTotal> result;
  for (auto& [key, total] : totals) {
    total.hours = round2(total.hours);
    total.people = static_cast<int>(people[key].size());
    result.push_back(total);
  }
  std::stable_sort(result.begin(), result.end(),
                   [](auto& a, auto& b) { return a.hours > b.hours; });
  return result;
}

nlohmann::json hours_json(const std::vector<HoursTotal>& totals, const char* key_name) {
  auto rows = nlohmann::json::array();
  for (const auto& t : totals) {
    rows.push_back(
        {{key_name, t.key}, {"records", t.records}, {"hours", t.hours}, {"people", t.people}});
  }
  return rows;
}

}  // namespace

bool within(const std::string& when, const std::string& first, const std::string& last) {
  const std::string day = date_part(when);
  return days_between(first, day) >= 0 && days_between(day, last) >= 0;
}

Figures roll_up(const std::vector<Area>& areas, const std::vector<Finding>& findings,
                const std::vector<PatrolTask>& patrols, const std::vector<HoursEntry>& hours,
                const RollupPeriod& period) {
  Figures figures;
  figures.period = period;
  figures.areas = cover_areas(areas, findings, patrols, period);
  for (const auto& c : figures.areas) {
    figures.patrols += c.patrols;
    figures.patrols_done += c.done;
    if (c.done > 0) ++figures.areas_covered;
  }
  count_findings(findings, figures);
  std::vector<HoursEntry> counted;
  std::copy_if(hours.begin(), hours.end(), std::back_inserter(counted),
               [&](auto& e) { return within(e.start, period.hours_start, period.end); });
  figures.hours_by_team = sum_hours(counted, true);
  figures.hours_by_person = sum_hours(counted, false);
  for (const auto& e : counted) figures.hours_total += e.hours;
  figures.hours_total = round2(figures.hours_total);
  return figures;
}

nlohmann::json to_json(const Figures& figures) {
  auto areas = nlohmann::json::array();
  for (const auto& c : figures.areas) {
    areas.push_back({{"area", c.area.id},
                     {"kind", c.area.kind},
                     {"team", c.area.team},
                     {"patrols", c.patrols},
                     {"done", c.done},
                     {"findings", c.findings}});
  }
  auto open = nlohmann::json::array();
  for (const auto& a : figures.open) {
    open.push_back({{"finding", a.finding.id},
                    {"area", a.finding.area},
                    {"status", a.finding.status},
                    {"age_days", a.age_days},
                    {"deadline", a.finding.deadline},
                    {"overdue", a.finding.overdue}});
  }
  nlohmann::json by_age;
  for (std::size_t i = 0; i < figures.open_by_age.size(); ++i) {
    by_age[age_bucket_key(static_cast<AgeBucket>(i))] = figures.open_by_age.at(i);
  }
  const auto& p = figures.period;
  return {
      {"period", {{"start", p.start}, {"end", p.end}, {"hours_start", p.hours_start}}},
      {"areas",
       {{"total", figures.areas.size()}, {"covered", figures.areas_covered}, {"by_area", areas}}},
      {"patrols", {{"total", figures.patrols}, {"done", figures.patrols_done}}},
      {"findings",
       {{"found", figures.found},
        {"rectified", figures.rectified},
        {"closed", figures.closed},
        {"open", figures.open.size()},
        {"overdue", figures.overdue_open},
        {"open_by_age", by_age},
        {"open_list", open}}},
      {"hours",
       {{"total", figures.hours_total},
        {"by_team", hours_json(figures.hours_by_team, "team")},
        {"by_person", hours_json(figures.hours_by_person, "person")}}}};
}

}  // namespace civilization
