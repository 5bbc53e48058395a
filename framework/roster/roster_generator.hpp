#pragma once
// The roster generator: assigns people to every slot of a period so that
// every hard rule holds (team, leave, availability, no overlap, rest, most
// shifts a week, headcount and required tags or roles) and the load is fair:
// people of a team doing the same shift differ by at most one shift,
// counting earlier periods, wherever the rules allow; back-to-back days are
// avoided where possible. Deterministic: the same input gives the same roster.
//
// Method: a greedy pass in date order picks, for each slot, the eligible
// people with the fewest shifts of that kind (then fewest in all, then not
// working the day before or after, then longest rested — or, in a rotation,
// the team's order); a repair pass then moves single shifts from the busiest
// to the idlest person of a group while the gap is two or more.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "calendar/working_calendar.hpp"
#include "roster/roster_book.hpp"

namespace duban {

/// A slot the rules leave unfillable, with who could have filled it.
struct Infeasibility {
  std::string key;  ///< the slot's task key
  Date date{};
  std::string shift;  ///< shift id
  std::string post;   ///< post id
  std::string rule;   ///< "headcount = 2", "require tag section-level ×1"
  int eligible = 0;   ///< people who could take it as things stand
  /// Refused only because of other assignments (moving those would free them).
  std::vector<std::pair<std::string, ShiftRefusal>> could_fill;
  /// Refused for reasons no reshuffle changes (leave, availability).
  std::vector<std::pair<std::string, ShiftRefusal>> unavailable;

  /// Several lines: the shift, the rule, who could have filled it and why not.
  [[nodiscard]] std::string message(const RosterDefinition& roster, const Organisation& org) const;
};

struct RosterAssignment {
  RosterSlot slot;
  std::vector<std::string> assignees;  ///< assignee ids
};

struct GenerateResult {
  std::vector<RosterAssignment> assignments;  ///< in slot order; empty on failure
  std::optional<Infeasibility> failure;
  int repairs = 0;  ///< shifts moved by the repair pass
};

/// Generates the slots from `from` to `to` into `book`, which already holds
/// earlier periods (fixed placements) and recorded leave.
GenerateResult generate_roster(const RosterDefinition& roster, const Organisation& org,
                               const WorkingCalendar& calendar, Date from, Date to,
                               RosterBook& book);

/// Adds people to placement `index` until it has `shift.headcount`, meeting
/// the requirements; never takes anyone in `excluded`. Returns the reason on failure
/// (the placement may then be partly filled).
std::optional<Infeasibility> fill_placement(const RosterDefinition& roster, RosterBook& book,
                                            std::size_t index,
                                            const std::vector<std::string>& excluded = {});

/// The requirements of a shift that the placement's assignees do not meet.
std::vector<ShiftRequirement> unmet_requirements(const RosterDefinition& roster,
                                                 const RosterBook& book, std::size_t index);

}  // namespace duban
