#include "month.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace duban::village {
namespace {

// Reads exactly `text.size()` decimal digits; nullopt on anything else.
std::optional<int> digits(std::string_view text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end || text.empty() || text.front() == '-') return std::nullopt;
  return value;
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::string two_digits(int value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", value);
  return buffer;
}

}  // namespace

std::optional<Month> parse_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  const auto year = digits(text.substr(0, 4));
  const auto month = digits(text.substr(5, 2));
  if (!year || !month || *month < 1 || *month > 12) return std::nullopt;
  return Month{*year, *month};
}

std::optional<Month> month_of(std::string_view date_or_time) {
  if (date_or_time.size() < 10 || !is_date(date_or_time.substr(0, 10))) return std::nullopt;
  return parse_month(date_or_time.substr(0, 7));
}

std::string format_month(Month month) {
  return std::to_string(month.year) + "-" + two_digits(month.month);
}

std::string month_title(Month month) {
  return std::to_string(month.year) + "年" + std::to_string(month.month) + "月";
}

Month add_months(Month month, int count) {
  const int index = month.year * 12 + (month.month - 1) + count;
  return {index / 12, index % 12 + 1};
}

std::vector<Month> months_ending(Month last, int count) {
  std::vector<Month> months;
  for (int back = count - 1; back >= 0; --back) months.push_back(add_months(last, -back));
  return months;
}

int days_in_month(Month month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month.month == 2 && is_leap(month.year)) return 29;
  return days[month.month - 1];
}

std::string day_of_month(Month month, int day) {
  const int clamped = std::clamp(day, 1, days_in_month(month));
  return format_month(month) + "-" + two_digits(clamped);
}

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[7] != '-') return false;
  const auto month = parse_month(text.substr(0, 7));
  const auto day = digits(text.substr(8, 2));
  return month && day && *day >= 1 && *day <= days_in_month(*month);
}

}  // namespace duban::village
