#pragma once
// Calendar arithmetic on the text dates the SDK uses ("YYYY-MM-DD",
// "YYYY-MM-DDTHH:MM"). Pure functions: working days come from the core's
// calendar (Context::add_workdays), never from here.

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace civilization {

/// Days since 1970-01-01 of a real calendar date "YYYY-MM-DD"; nullopt otherwise.
std::optional<int> day_number(std::string_view date);
/// The date "YYYY-MM-DD" of a day number (inverse of day_number).
std::string date_of_day(int day);
/// Minutes since 1970-01-01T00:00 of "YYYY-MM-DDTHH:MM" (a space instead of
/// 'T' is accepted); nullopt when malformed.
std::optional<long> minute_number(std::string_view datetime);
/// "YYYY-MM-DDTHH:MM" of a minute number (inverse of minute_number).
std::string datetime_of_minute(long minute);
/// The date part of a datetime (its first ten characters).
std::string date_part(std::string_view datetime);
/// Whole days from `from` to `to` (negative when `to` is earlier); 0 when
/// either is not a date.
int days_between(std::string_view from, std::string_view to);
/// `date` moved by `days` calendar days.
std::string add_days(std::string_view date, int days);
/// The Monday of the ISO week holding `date`.
std::string week_monday(std::string_view date);
/// First and last day (Monday, Sunday) of an ISO week "2026-W11".
std::optional<std::pair<std::string, std::string>> iso_week_range(std::string_view week);
/// "3月2日": how a date is shown to people.
std::string chinese_date(std::string_view date);

}  // namespace civilization
