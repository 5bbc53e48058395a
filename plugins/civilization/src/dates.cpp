#include "dates.hpp"

#include <charconv>

namespace civilization {
namespace {

// Parses exactly `width` decimal digits at `text[pos]`.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (text.size() < pos + width) return std::nullopt;
  int value = 0;
  const char* first = text.data() + pos;
  const auto [end, error] = std::from_chars(first, first + width, value);
  if (error != std::errc{} || end != first + width) return std::nullopt;
  return value;
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : lengths[month - 1];
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
int days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string two(int value) {
  return (value < 10 ? "0" : "") + std::to_string(value);
}

}  // namespace

std::optional<int> day_number(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  const auto year = digits(date, 0, 4);
  const auto month = digits(date, 5, 2);
  const auto day = digits(date, 8, 2);
  if (!year || !month || !day || *month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
  return days_from_civil(*year, *month, *day);
}

std::string date_of_day(int day) {
  // Inverse of days_from_civil (civil_from_days).
  const int z = day + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  const int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return std::to_string(y) + "-" + two(m) + "-" + two(d);
}

std::optional<long> minute_number(std::string_view datetime) {
  if (datetime.size() != 16 || (datetime[10] != 'T' && datetime[10] != ' ') ||
      datetime[13] != ':') {
    return std::nullopt;
  }
  const auto day = day_number(datetime.substr(0, 10));
  const auto hour = digits(datetime, 11, 2);
  const auto minute = digits(datetime, 14, 2);
  if (!day || !hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
  return static_cast<long>(*day) * 1440L + *hour * 60L + *minute;
}

std::string datetime_of_minute(long minute) {
  const long day = minute >= 0 ? minute / 1440 : (minute - 1439) / 1440;
  const auto in_day = static_cast<int>(minute - day * 1440);
  return date_of_day(static_cast<int>(day)) + "T" + two(in_day / 60) + ":" + two(in_day % 60);
}

std::string date_part(std::string_view datetime) {
  return std::string(datetime.substr(0, std::min<std::size_t>(10, datetime.size())));
}

int days_between(std::string_view from, std::string_view to) {
  const auto a = day_number(from.substr(0, std::min<std::size_t>(10, from.size())));
  const auto b = day_number(to.substr(0, std::min<std::size_t>(10, to.size())));
  return a && b ? *b - *a : 0;
}

std::string add_days(std::string_view date, int days) {
  const auto day = day_number(date);
  return day ? date_of_day(*day + days) : std::string(date);
}

std::string week_monday(std::string_view date) {
  const auto day = day_number(date);
  if (!day) return std::string(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const int weekday = ((*day + 3) % 7 + 7) % 7;
  return date_of_day(*day - weekday);
}

std::optional<std::pair<std::string, std::string>> iso_week_range(std::string_view week) {
  if (week.size() != 8 || week[4] != '-' || week[5] != 'W') return std::nullopt;
  const auto year = digits(week, 0, 4);
  const auto number = digits(week, 6, 2);
  if (!year || !number || *number < 1 || *number > 53) return std::nullopt;
  // ISO week 1 is the week holding 4 January.
  const std::string monday1 = week_monday(std::to_string(*year) + "-01-04");
  const std::string monday = add_days(monday1, 7 * (*number - 1));
  if (*number == 53 && week_monday(std::to_string(*year + 1) + "-01-04") == monday) {
    return std::nullopt;  // that year has only 52 weeks
  }
  return std::make_pair(monday, add_days(monday, 6));
}

std::string chinese_date(std::string_view date) {
  const auto month = digits(date, 5, 2);
  const auto day = digits(date, 8, 2);
  if (!month || !day) return std::string(date);
  return std::to_string(*month) + "月" + std::to_string(*day) + "日";
}

}  // namespace civilization
