#pragma once
// Volunteer hours from a start and an end time, checked the way a volunteer
// system would refuse them. Pure.

#include <string>

namespace civilization {

/// The outcome of computing one activity's hours.
struct HoursComputation {
  std::string start;  ///< normalised "YYYY-MM-DDTHH:MM"
  std::string end;    ///< normalised; an "HH:MM" end takes the start's date
  double hours = 0;   ///< rounded to 0.01
  std::string error;  ///< "" when valid, else why the record is refused
};

/// Computes the hours from `start` to `end`. Refuses a malformed time, an
/// end not after the start, more than `max_hours` in one record, and an
/// activity ending after `now` (hours are recorded after the fact).
HoursComputation compute_hours(const std::string& start, const std::string& end,
                               const std::string& now, double max_hours);

}  // namespace civilization
