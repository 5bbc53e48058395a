#include "tallies.hpp"

#include <algorithm>

namespace duban::village {
namespace {

MeasureGroup group_of(const std::string& type) {
  const auto found = find_measure_type(type);
  return found ? found->group : MeasureGroup::other;
}

bool done_within(const MeasureRow& measure, std::string_view from, std::string_view to) {
  return measure.status == "done" && measure.done_on >= from && measure.done_on <= to;
}

}  // namespace

std::vector<CategoryTally> tally_by_category(const std::vector<HouseholdRow>& households,
                                             const std::vector<Term>& categories) {
  std::vector<CategoryTally> tallies;
  tallies.reserve(categories.size());
  for (const auto& category : categories) tallies.push_back({category});
  for (const auto& household : households) {
    auto it = std::find_if(tallies.begin(), tallies.end(), [&](const CategoryTally& t) {
      return t.category.id == household.category;
    });
    if (it == tallies.end()) {
      tallies.push_back({{household.category, household.category}});
      it = std::prev(tallies.end());
    }
    (household.state == "cleared" ? it->cleared : it->monitored) += 1;
  }
  return tallies;
}

bool is_overdue(const MeasureRow& measure, std::string_view today) {
  if (measure.status == "done") return false;
  return measure.flagged_overdue || (!measure.due.empty() && measure.due < today);
}

std::vector<MeasureRow> overdue_measures(const std::vector<MeasureRow>& measures,
                                         std::string_view today) {
  std::vector<MeasureRow> overdue;
  for (const auto& measure : measures) {
    if (is_overdue(measure, today)) overdue.push_back(measure);
  }
  std::stable_sort(overdue.begin(), overdue.end(),
                   [](const MeasureRow& a, const MeasureRow& b) { return a.due < b.due; });
  return overdue;
}

int people_into_jobs(const std::vector<MeasureRow>& measures, std::string_view from,
                     std::string_view to) {
  int people = 0;
  for (const auto& measure : measures) {
    if (group_of(measure.type) == MeasureGroup::job && done_within(measure, from, to)) {
      people += measure.people;
    }
  }
  return people;
}

std::set<std::string> households_assisted(const std::vector<MeasureRow>& measures,
                                          std::string_view from, std::string_view to) {
  std::set<std::string> households;
  for (const auto& measure : measures) {
    if (group_of(measure.type) == MeasureGroup::social_assistance &&
        done_within(measure, from, to)) {
      households.insert(measure.household);
    }
  }
  return households;
}

}  // namespace duban::village
