#pragma once
// iCalendar (RFC 5545) output: one VCALENDAR with a VTIMEZONE for the
// workspace's fixed offset, events in local time with TZID, CRLF line ends
// and lines folded at 75 octets (never inside a UTF-8 character).

#include <string>
#include <string_view>
#include <vector>

#include "dates/date.hpp"

namespace duban {

struct IcsEvent {
  std::string uid;  ///< globally unique and stable: the same shift keeps its UID
  std::string summary;
  std::string description;
  std::string location;
  LocalDateTime start;
  LocalDateTime end;
};

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
std::string ics_escape(std::string_view text);
/// Folds one content line (without CRLF) into lines of at most 75 octets, joined by CRLF + space.
std::string ics_fold(std::string_view line);
/// A whole calendar. `stamp` (the command's now, local) becomes DTSTAMP in UTC;
/// `zone_name` is the TZID ("Asia/Shanghai").
std::string ics_calendar(const std::string& name, const std::vector<IcsEvent>& events,
                         LocalDateTime stamp, UtcOffset zone, const std::string& zone_name);

}  // namespace duban
