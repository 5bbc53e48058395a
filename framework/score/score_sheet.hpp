#pragma once
// A week's score sheet: each person's points item by item, with what went
// into each (metric values, manual entries, the formula, the cap applied),
// and each unit's score. Missing manual entries stay missing: the items that
// read them have no points and the total is marked incomplete.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dates/period.hpp"
#include "org/organisation.hpp"
#include "score/score_entry.hpp"
#include "score/scoring_rules.hpp"
#include "score/week_metrics.hpp"

namespace duban {

/// One value a formula read.
struct ScoreInput {
  std::string name;
  bool manual = false;
  std::optional<double> value;  ///< empty: a manual entry is missing
  bool defaulted = false;       ///< an optional manual input with no entry, taken as 0
  std::string entered_by;       ///< manual: who entered it
  std::string entered_at;
};

/// How the cap changed a line's points.
enum class CapApplied { none, at_most, at_least_zero };

struct ScorePart {
  const ScoreItem* item = nullptr;
  std::vector<ScoreInput> inputs;
  std::optional<double> raw;     ///< the formula's value; empty when an input is missing
  std::optional<double> points;  ///< after the cap; empty when missing
  CapApplied cap = CapApplied::none;
  std::vector<std::string> missing;  ///< manual inputs without an entry
};

/// A bonus or deduction group: the lines' sum held to the group cap.
struct GroupScore {
  const ScoreGroup* group = nullptr;
  double sum = 0;     ///< of the lines with points
  double points = 0;  ///< after the group cap
  bool capped = false;
};

struct PersonScore {
  const Person* person = nullptr;
  std::vector<ScorePart> parts;  ///< items, then bonus lines, then deduction lines
  GroupScore bonus;
  GroupScore deduction;
  MetricValues metrics;
  double total = 0;  ///< items + bonus − deduction, over the parts that have points
  std::vector<std::string> missing;  ///< manual inputs without an entry, each once
  [[nodiscard]] bool complete() const { return missing.empty(); }
};

struct UnitScoreLine {
  const Unit* unit = nullptr;
  int people = 0;
  int complete = 0;             ///< people whose sheet is complete
  std::optional<double> score;  ///< average or sum of the complete totals; empty if none
};

struct ScoreSheet {
  Period week;
  std::string now;
  std::vector<PersonScore> people;   ///< in organisation order
  std::vector<UnitScoreLine> units;  ///< units with at least one person listed
};

/// Scores `people` (person ids, organisation order) for one week.
ScoreSheet score_week(const ScoringRules& rules, const Organisation& org, const Period& week,
                      const std::string& now, const std::vector<std::string>& people,
                      const std::map<std::string, MetricValues>& metrics,
                      const std::vector<ScoreEntryRecord>& entries);

}  // namespace duban
