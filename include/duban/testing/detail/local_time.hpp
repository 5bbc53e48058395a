#pragma once
/// @file
/// Dates and local times as the SDK writes them ("YYYY-MM-DD",
/// "YYYY-MM-DDTHH:MM"), read and written by the test double with the same
/// strictness as the core. Not part of the SDK's interface: only the
/// double's headers use it.

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace duban::testing::detail {

/// A calendar day.
using Date = std::chrono::sys_days;

/// A local time: a day and the minutes since its midnight (0–1439).
struct LocalTime {
  Date date;        ///< the day
  int minutes = 0;  ///< minutes since midnight
};

/// Exactly `width` decimal digits at `pos`, or nothing.
inline std::optional<int> read_digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

/// "YYYY-MM-DD" naming a real day (2026-02-30 is not one), or nothing.
inline std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = read_digits(text, 0, 4);
  const auto m = read_digits(text, 5, 2);
  const auto d = read_digits(text, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                        std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{ymd};
}

/// "YYYY-MM-DD".
inline std::string format_date(Date date) {
  const std::chrono::year_month_day ymd{date};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

/// "HH:MM" (00:00–23:59) as minutes since midnight, or nothing.
inline std::optional<int> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const auto h = read_digits(text, 0, 2);
  const auto m = read_digits(text, 3, 2);
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return *h * 60 + *m;
}

/// "HH:MM".
inline std::string format_time_of_day(int minutes) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  return text;
}

/// A date (then 00:00) or a local time "YYYY-MM-DD[T ]HH:MM[:SS[.fff]]";
/// seconds are ignored, as the core ignores them. Unlike the core, a UTC
/// offset is not accepted: the double has no workspace time zone.
inline std::optional<LocalTime> parse_local_time(std::string_view text) {
  const auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  if (text.size() == 10) return LocalTime{*date, 0};
  if (text.size() < 16 || (text[10] != 'T' && text[10] != ' ')) return std::nullopt;
  const auto minutes = parse_time_of_day(text.substr(11, 5));
  if (!minutes) return std::nullopt;
  std::string_view rest = text.substr(16);
  if (!rest.empty()) {
    const auto seconds = read_digits(rest, 1, 2);
    if (rest[0] != ':' || !seconds || *seconds > 60) return std::nullopt;
    rest.remove_prefix(3);
    if (!rest.empty() && rest[0] == '.') {  // fractions of a second
      rest.remove_prefix(1);
      while (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') rest.remove_prefix(1);
    }
    if (!rest.empty()) return std::nullopt;
  }
  return LocalTime{*date, *minutes};
}

/// "YYYY-MM-DDTHH:MM": how the core writes times.
inline std::string format_local_time(const LocalTime& time) {
  return format_date(time.date) + "T" + format_time_of_day(time.minutes);
}

/// Whether `text` is exactly "YYYY-MM-DDTHH:MM" (the stored form).
inline bool is_stored_time(std::string_view text) {
  return text.size() == 16 && text[10] == 'T' && parse_date(text.substr(0, 10)) &&
         parse_time_of_day(text.substr(11));
}

}  // namespace duban::testing::detail
