#pragma once
// The campaign's figures for a period: areas covered by patrols, findings
// and their age, volunteer hours by team and person. The weekly dispatch
// keeps them as evidence and the status section shows them. Pure: the
// callers read records and tasks and hand them in.

#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "finding_status.hpp"
#include "model.hpp"

namespace civilization {

/// One daily patrol task as the roll-up needs it.
struct PatrolTask {
  std::string area;   ///< area id (from the task's tags)
  std::string date;   ///< the day it was for (its due date)
  bool done = false;  ///< closed as done
};

/// The days a roll-up covers (inclusive dates).
struct RollupPeriod {
  std::string start;        ///< first day
  std::string end;          ///< last day; open findings are aged at its end
  std::string hours_start;  ///< first day of volunteer hours counted (the week's Monday)
};

/// Patrols and findings of one area in the period.
struct AreaCoverage {
  Area area;
  int patrols = 0;   ///< patrol tasks for days in the period
  int done = 0;      ///< of which done
  int findings = 0;  ///< findings found in the period
};

/// A finding still open at the period's end.
struct AgedFinding {
  Finding finding;
  int age_days = 0;
  AgeBucket bucket = AgeBucket::up_to_3_days;
};

/// Hours summed by a key (team or person).
struct HoursTotal {
  std::string key;  ///< team or person id ("" for people in no team)
  int records = 0;
  double hours = 0;
  int people = 0;  ///< distinct people (for teams)
};

/// Everything the report and the weekly dispatch show.
struct Figures {
  RollupPeriod period;
  std::vector<AreaCoverage> areas;  ///< active areas, by id
  int areas_covered = 0;            ///< areas with at least one patrol done
  int patrols = 0;
  int patrols_done = 0;
  int found = 0;                            ///< findings found in the period
  int rectified = 0;                        ///< rectifications finished in the period
  int closed = 0;                           ///< findings closed (销号) in the period
  int overdue_open = 0;                     ///< open findings flagged overdue
  std::vector<AgedFinding> open;            ///< still open at the end, oldest first
  std::array<int, 3> open_by_age{};         ///< counts per AgeBucket
  std::vector<HoursTotal> hours_by_team;    ///< most hours first
  std::vector<HoursTotal> hours_by_person;  ///< most hours first
  double hours_total = 0;
};

/// Computes the figures of `period` from everything recorded so far.
Figures roll_up(const std::vector<Area>& areas, const std::vector<Finding>& findings,
                const std::vector<PatrolTask>& patrols, const std::vector<HoursEntry>& hours,
                const RollupPeriod& period);

/// The figures as JSON (ids, counts, hours): the section's `data` and the
/// weekly dispatch's evidence.
nlohmann::json to_json(const Figures& figures);

/// Whether a date or datetime falls within [first, last] (dates, inclusive).
bool within(const std::string& when, const std::string& first, const std::string& last);

}  // namespace civilization
