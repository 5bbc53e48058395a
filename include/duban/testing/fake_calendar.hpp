#pragma once
/// @file
/// The working calendar of a FakeContext: Monday to Friday, with the public
/// holidays and make-up workdays (weekend days worked in exchange) a test
/// sets. The same rules as the core's calendar, without its files.

#include <chrono>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>

#include "duban/testing/detail/local_time.hpp"

namespace duban::testing {

/// Which days are worked. Weekends are off by default; a holiday is off even
/// on a weekday; a make-up workday is worked even on a weekend. The last
/// setting for a date wins.
class FakeCalendar {
 public:
  /// Makes `date` ("YYYY-MM-DD") a day off. Throws std::invalid_argument on a bad date.
  void add_holiday(const std::string& date) { special_[date_or_throw(date)] = false; }
  /// Makes `date` ("YYYY-MM-DD") a working day, e.g. a Saturday worked in
  /// exchange for a holiday. Throws std::invalid_argument on a bad date.
  void add_makeup_workday(const std::string& date) { special_[date_or_throw(date)] = true; }

  /// Whether `date` is worked. Throws std::invalid_argument, as the core
  /// does, when it is not "YYYY-MM-DD".
  [[nodiscard]] bool is_workday(const std::string& date) const {
    return is_workday(date_or_throw(date));
  }
  /// The date `days` working days after `date` (before it when negative);
  /// `date` itself need not be worked, and 0 gives the first working day on
  /// or after it (as the core's calendar). Throws std::invalid_argument on a bad date.
  [[nodiscard]] std::string add_workdays(const std::string& date, int days) const {
    return detail::format_date(add_workdays(date_or_throw(date), days));
  }

  /// is_workday for a parsed date.
  [[nodiscard]] bool is_workday(detail::Date date) const {
    if (auto it = special_.find(date); it != special_.end()) return it->second;
    return std::chrono::weekday{date}.iso_encoding() <= 5;
  }
  /// add_workdays for a parsed date.
  [[nodiscard]] detail::Date add_workdays(detail::Date from, int days) const {
    // Bounded like the core's, so that a calendar of nothing but holidays
    // ends instead of looping.
    const int most = 3660 + std::abs(days) * 7;
    const std::chrono::days step{days < 0 ? -1 : 1};
    detail::Date date = from;
    if (days == 0) {
      for (int scanned = 0; !is_workday(date) && scanned < most; ++scanned) date += step;
      return date;
    }
    int remaining = std::abs(days);
    for (int scanned = 0; remaining > 0 && scanned < most; ++scanned) {
      date += step;
      if (is_workday(date)) --remaining;
    }
    return date;
  }

 private:
  static detail::Date date_or_throw(const std::string& text) {
    const auto date = detail::parse_date(text);
    if (!date) throw std::invalid_argument("'" + text + "' is not a date (YYYY-MM-DD)");
    return *date;
  }

  std::map<detail::Date, bool> special_;  // true: worked; false: off
};

}  // namespace duban::testing
