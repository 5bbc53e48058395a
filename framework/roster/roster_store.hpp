#pragma once
// Rosters in the store: a generated period is a run (workflow = roster id,
// period "2026-W11" or "2026-03-09..2026-03-22") with one task per shift for
// its assignees, so shifts show in status and task lists. Swaps and leave are
// task.reassigned events (only the shifts that must change); recorded leave
// is also a roster.leave event, so later periods respect it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.hpp"
#include "engine/rule.hpp"
#include "org/organisation.hpp"
#include "roster/roster_book.hpp"
#include "roster/roster_generator.hpp"
#include "store/store.hpp"

namespace duban {

/// The event type of recorded leave (no task: the reducer leaves state alone).
inline constexpr const char* roster_leave_event = "roster.leave";

/// The dates a roster period covers and the key its run carries.
struct RosterRange {
  Date from{};
  Date to{};
  std::string key;  ///< "2026-W11", "2026-03", or "2026-03-09..2026-03-22"
};

/// Parses a period key (2026-W11, 2026-03, 2026-Q1, 2026, a date) or "FROM..TO".
std::optional<RosterRange> parse_roster_range(std::string_view text);

/// The assignees of a shift task: its owners, with a guest in place of its host.
std::vector<std::string> task_assignees(const Task& task);

/// Every shift task of the roster in the store (cancelled ones left out).
std::vector<Task> roster_tasks(Store& store, const RosterDefinition& roster);
/// Leave recorded with `roster leave` for this roster.
std::vector<RosterLeave> recorded_leave(Store& store, const RosterDefinition& roster);

/// Puts tasks into the book as placements; `fixed` for earlier periods.
void place_tasks(RosterBook& book, const std::vector<Task>& tasks, bool fixed);

/// The run for a generated period (one task per shift).
PlannedRun roster_run(const RosterDefinition& roster, const Organisation& org,
                      const RosterRange& range, const std::vector<RosterAssignment>& assignments);

struct RosterChange {
  std::vector<Task> changed;  ///< tasks after the change
  std::vector<EventRecord> events;
};

/// "PERSON@KEY": the person's open shift whose key starts with KEY (a date,
/// "date.shift" or the full key); a swap is refused when none or several match.
struct ShiftRef {
  std::string person;
  std::string key_prefix;
};
std::optional<ShiftRef> parse_shift_ref(std::string_view text);

/// Exchanges the shifts of two people, or refuses naming the broken rule
/// (then nothing was written).
Checked<RosterChange> swap_shifts(StoreWriter& writer, const Organisation& org,
                                  const RosterDefinition& roster,
                                  const std::vector<RosterLeave>& leave, LocalDateTime now,
                                  const std::string& actor, const ShiftRef& a, const ShiftRef& b,
                                  const std::string& reason);

/// Records leave and gives each of the person's open shifts in it to a
/// valid replacement, or refuses (with who could have filled it); after a
/// refusal the caller must not commit.
Checked<RosterChange> record_leave(StoreWriter& writer, const Organisation& org,
                                   const RosterDefinition& roster,
                                   const std::vector<RosterLeave>& leave, LocalDateTime now,
                                   const std::string& actor, const RosterLeave& request);

}  // namespace duban
