#include "calendar/working_calendar.hpp"

#include <cstdlib>

namespace duban {

namespace {
// A guard against a calendar file that makes every day a holiday: no real
// schedule has more than a few weeks off in a row.
constexpr int max_days_scanned = 3660;
}  // namespace

WorkingCalendar::WorkingCalendar(const std::vector<CalendarDay>& days, std::set<int> covered_years)
    : covered_years_(std::move(covered_years)) {
  for (const auto& day : days) special_[day.date] = day;
}

DayKind WorkingCalendar::kind(Date date) const {
  if (auto it = special_.find(date); it != special_.end()) return it->second.kind;
  return iso_weekday(date) >= 6 ? DayKind::weekend : DayKind::workday;
}

bool WorkingCalendar::is_workday(Date date) const {
  const DayKind k = kind(date);
  return k == DayKind::workday || k == DayKind::makeup;
}

std::string WorkingCalendar::name(Date date) const {
  auto it = special_.find(date);
  return it == special_.end() ? std::string{} : it->second.name;
}

Date WorkingCalendar::next_workday(Date date) const {
  for (int i = 0; i < max_days_scanned && !is_workday(date); ++i) date += std::chrono::days{1};
  return date;
}

Date WorkingCalendar::previous_workday(Date date) const {
  for (int i = 0; i < max_days_scanned && !is_workday(date); ++i) date -= std::chrono::days{1};
  return date;
}

Date WorkingCalendar::add_workdays(Date from, int n) const {
  if (n == 0) return next_workday(from);
  const std::chrono::days step{n > 0 ? 1 : -1};
  int remaining = std::abs(n);
  Date date = from;
  for (int scanned = 0; remaining > 0 && scanned < max_days_scanned + std::abs(n) * 7; ++scanned) {
    date += step;
    if (is_workday(date)) --remaining;
  }
  return date;
}

int WorkingCalendar::workdays_between(Date from, Date to) const {
  if (to < from) return -workdays_between(to, from);
  int count = 0;
  for (Date date = from; date < to; date += std::chrono::days{1}) {
    if (is_workday(date)) ++count;
  }
  return count;
}

}  // namespace duban
