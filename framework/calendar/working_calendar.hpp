#pragma once
// The working calendar: which days are worked, with public holidays and
// make-up workdays (调休) on top of the Monday–Friday week.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "dates/date.hpp"

namespace duban {

enum class DayKind {
  workday,  ///< an ordinary Monday–Friday
  weekend,  ///< an ordinary Saturday or Sunday
  holiday,  ///< a public holiday (a day off even on a weekday)
  makeup,   ///< a make-up workday (调休上班) on a weekend
};

/// One holiday or make-up day from a calendar file, with the name it carries.
struct CalendarDay {
  Date date;
  DayKind kind = DayKind::holiday;  ///< holiday or makeup
  std::string name;                 ///< e.g. "春节"; a make-up day's is its holiday's
};

class WorkingCalendar {
 public:
  WorkingCalendar() = default;
  /// `days` holds holidays and make-up days; later entries override earlier
  /// ones for the same date (workspace overrides come last).
  /// `covered_years` are the years with official data.
  WorkingCalendar(const std::vector<CalendarDay>& days, std::set<int> covered_years);

  [[nodiscard]] DayKind kind(Date date) const;
  [[nodiscard]] bool is_workday(Date date) const;
  /// The holiday's name, also for its make-up days (a display says which
  /// it is in its own words); "" for an ordinary day.
  [[nodiscard]] std::string name(Date date) const;
  /// True if a calendar file covers the year (else only weekends are known).
  [[nodiscard]] bool covers(int year) const { return covered_years_.contains(year); }
  [[nodiscard]] const std::set<int>& covered_years() const { return covered_years_; }

  /// The date `n` workdays after `from` (before it when n < 0); `from` itself
  /// need not be a workday. n == 0 gives the first workday on or after `from`.
  [[nodiscard]] Date add_workdays(Date from, int n) const;
  /// First workday on or after `date`.
  [[nodiscard]] Date next_workday(Date date) const;
  /// Last workday on or before `date`.
  [[nodiscard]] Date previous_workday(Date date) const;
  /// Workdays in the half-open range [from, to); negative when to < from.
  [[nodiscard]] int workdays_between(Date from, Date to) const;

 private:
  std::map<Date, CalendarDay> special_;
  std::set<int> covered_years_;
};

}  // namespace duban
