#pragma once
// Dates and local times. A Date is a day number (std::chrono::sys_days); a
// LocalDateTime is a date plus minutes since midnight in the workspace's
// time zone, printed as ISO 8601 with its UTC offset.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace duban {

using Date = std::chrono::sys_days;

/// Builds a date; the caller guarantees it is valid.
Date make_date(int year, unsigned month, unsigned day);
/// Parses "YYYY-MM-DD"; nullopt if malformed or impossible (2026-02-29).
std::optional<Date> parse_date(std::string_view text);
/// "YYYY-MM-DD".
std::string format_date(Date date);
/// ISO weekday: Monday 1 … Sunday 7.
unsigned iso_weekday(Date date);
/// Parses "monday" … "sunday" (also "mon" … "sun", "周一" … "周日"); 1..7, or 0.
unsigned parse_weekday(std::string_view name);
/// The English name of ISO weekday 1..7 ("monday").
std::string_view weekday_name(unsigned iso_day);
/// The Chinese name of ISO weekday 1..7 ("周一"), as parse_weekday reads it
/// in configuration files. Tables and pages name days in their language
/// from the message catalogue (weekday_key).
std::string_view weekday_name_zh(unsigned iso_day);
/// The calendar year of a date.
int year_of(Date date);

/// Minutes since midnight, 0..1439.
using TimeOfDay = std::chrono::minutes;
/// Parses "HH:MM" (00:00..23:59).
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);
/// "HH:MM".
std::string format_time_of_day(TimeOfDay time);

/// A fixed offset from UTC in minutes. China has used +08:00 without daylight
/// saving since 1991, and GCC 12 ships no tz database in <chrono>, so zones are
/// resolved to a fixed offset when the workspace loads.
struct UtcOffset {
  int minutes = 8 * 60;
};
/// Parses "+08:00", "-05:30", "Z", "UTC" or a known zone name (Asia/Shanghai).
std::optional<UtcOffset> parse_utc_offset(std::string_view text);
/// "+08:00".
std::string format_utc_offset(UtcOffset offset);

/// A wall-clock time in the workspace's zone.
struct LocalDateTime {
  Date date{};
  TimeOfDay time{0};
  friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
};
/// "2026-02-13T12:00": how local times are stored (rows, event times and
/// payloads); as text they sort in time order.
std::string stored_time(LocalDateTime when);
/// The inverse of stored_time: exactly "YYYY-MM-DDTHH:MM", else nullopt.
std::optional<LocalDateTime> parse_stored_time(std::string_view text);
/// "02-13 12:00": a time of the current year, short enough for a table cell.
std::string format_month_day_time(LocalDateTime when);
/// "2026-02-13T12:00:00+08:00".
std::string format_iso8601(LocalDateTime when, UtcOffset offset);
/// Parses "2026-02-13", "2026-02-13T09:30", "…:ss", with an optional offset
/// ("Z", "+08:00"); a time with an offset is converted to `zone`.
std::optional<LocalDateTime> parse_iso8601(std::string_view text, UtcOffset zone);

}  // namespace duban
