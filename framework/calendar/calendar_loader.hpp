#pragma once
// Loads calendar data files (one per year) and workspace overrides.

#include <duban/diagnostic.hpp>
#include <string>
#include <vector>

#include "calendar/working_calendar.hpp"

namespace duban {

/// Reads every file in order; later files override earlier ones day by day.
/// Problems (impossible dates, a make-up workday that is also a holiday, a
/// date outside the file's year, overlapping holidays) go to `diagnostics`.
WorkingCalendar load_calendar(const std::vector<std::string>& paths, Diagnostics& diagnostics);

/// Reads one calendar file's days; `covered_year` is set from its `year` key.
std::vector<CalendarDay> read_calendar_file(const std::string& path, Diagnostics& diagnostics,
                                            int& covered_year);

}  // namespace duban
