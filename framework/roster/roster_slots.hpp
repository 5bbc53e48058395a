#pragma once
// The shifts of a roster over a date range: one slot per (date, shift, post),
// placed on the working calendar (holidays skipped or moved as the shift says).

#include <cstdint>
#include <string>
#include <vector>

#include "calendar/working_calendar.hpp"
#include "roster/roster_definition.hpp"

namespace duban {

/// Minutes since 1970-01-01 00:00 local time: shifts compare and subtract as numbers.
std::int64_t local_minutes(Date date, TimeOfDay time);

struct RosterSlot {
  Date date{};
  const RosterShift* shift = nullptr;
  const RosterPost* post = nullptr;
  std::int64_t start = 0;  ///< local_minutes of the start
  std::int64_t end = 0;    ///< local_minutes of the end

  /// "2026-03-09.daily.gate": the task key within the roster's run.
  [[nodiscard]] std::string key() const;
};

/// Every slot from `from` to `to` inclusive, by date, then shift order, then post order.
std::vector<RosterSlot> expand_slots(const RosterDefinition& roster,
                                     const WorkingCalendar& calendar, Date from, Date to);

/// The date a shift takes place for its nominal date, or nullopt when skipped.
std::optional<Date> shift_date(const RosterShift& shift, const WorkingCalendar& calendar,
                               Date nominal);

}  // namespace duban
