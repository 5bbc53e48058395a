#include "figures.hpp"

#include <algorithm>

#include "dates.hpp"
#include "store.hpp"

namespace civilization {
namespace {

bool involves(const duban::sdk::Context& context, const Area& area, const std::string& person) {
  if (area.cadre == person) return true;
  const auto team = context.team(area.team);
  return team && (team->leader == person || std::find(team->members.begin(), team->members.end(),
                                                      person) != team->members.end());
}

template <typename T, typename Keep>
void keep_only(std::vector<T>& items, Keep keep) {
  items.erase(std::remove_if(items.begin(), items.end(), [&](const T& x) { return !keep(x); }),
              items.end());
}

}  // namespace

Figures gather_figures(duban::sdk::Context& context, const std::string& first,
                       const std::string& last, const std::string& person) {
  const std::string today = date_part(context.now());
  std::string end = days_between(today, last) > 0 ? today : last;
  if (days_between(first, end) < 0) end = first;  // a period wholly in the future
  auto& records = context.records();
  auto areas = load_areas(records);
  auto findings = load_findings(records);
  auto patrols = load_patrols(context, first, end);
  auto hours = load_hours(records);
  if (!person.empty()) {
    keep_only(areas, [&](const Area& a) { return involves(context, a, person); });
    auto kept = [&](const std::string& id) {
      return std::any_of(areas.begin(), areas.end(), [&](const Area& a) { return a.id == id; });
    };
    keep_only(findings, [&](const Finding& f) { return kept(f.area); });
    keep_only(patrols, [&](const PatrolTask& p) { return kept(p.area); });
    keep_only(hours, [&](const HoursEntry& e) { return e.person == person; });
  }
  return roll_up(areas, findings, patrols, hours, {first, end, week_monday(first)});
}

}  // namespace civilization
