#pragma once
// The report's figures, computed from plain rows (read out of records by the
// section) so that they are unit-tested without the core.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue.hpp"

namespace duban::village {

/// A household as the tallies need it.
struct HouseholdRow {
  std::string id;
  std::string category;  ///< category id
  std::string state;     ///< "monitored" or "cleared"
};

/// Households of one category by risk state.
struct CategoryTally {
  Term category;
  int monitored = 0;
  int cleared = 0;
  [[nodiscard]] int total() const { return monitored + cleared; }
};

/// One line per category of `categories` (in that order, zero rows kept),
/// then one for any category id not listed (named by its id).
std::vector<CategoryTally> tally_by_category(const std::vector<HouseholdRow>& households,
                                             const std::vector<Term>& categories);

/// A measure as the tallies need it.
struct MeasureRow {
  std::string id;
  std::string household;
  std::string type;              ///< measure type id
  std::string owner;             ///< person id
  std::string due;               ///< "YYYY-MM-DD"
  std::string status;            ///< "open" or "done"
  std::string done_on;           ///< "YYYY-MM-DD" once done
  bool flagged_overdue = false;  ///< the overdue hook fired for its task
  int people = 1;                ///< people a job measure helps into work
};

/// Open and past due on `today` ("YYYY-MM-DD"), or flagged by the overdue hook.
bool is_overdue(const MeasureRow& measure, std::string_view today);
/// The overdue measures, earliest due first.
std::vector<MeasureRow> overdue_measures(const std::vector<MeasureRow>& measures,
                                         std::string_view today);
/// People helped into work by job measures done within [from, to] (dates).
int people_into_jobs(const std::vector<MeasureRow>& measures, std::string_view from,
                     std::string_view to);
/// Distinct households given social assistance by measures done within [from, to].
std::set<std::string> households_assisted(const std::vector<MeasureRow>& measures,
                                          std::string_view from, std::string_view to);

}  // namespace duban::village
