#include "roster/roster_slots.hpp"

#include <algorithm>
#include <set>

namespace duban {

namespace {

Date monday_of(Date date) {
  return date - std::chrono::days(iso_weekday(date) - 1);
}

bool on_pattern(const RosterShift& shift, const WorkingCalendar& calendar, Date date) {
  switch (shift.pattern) {
    case ShiftPattern::daily: return true;
    case ShiftPattern::workdays: return calendar.is_workday(date);
    case ShiftPattern::weekdays:
    case ShiftPattern::weekly:
      return std::find(shift.weekdays.begin(), shift.weekdays.end(), iso_weekday(date)) !=
             shift.weekdays.end();
  }
  return false;
}

}  // namespace

std::int64_t local_minutes(Date date, TimeOfDay time) {
  return static_cast<std::int64_t>(date.time_since_epoch().count()) * 1440 + time.count();
}

std::string RosterSlot::key() const {
  return format_date(date) + "." + shift->id + "." + post->id;
}

std::optional<Date> shift_date(const RosterShift& shift, const WorkingCalendar& calendar,
                               Date nominal) {
  if (!on_pattern(shift, calendar, nominal)) return std::nullopt;
  if (shift.pattern == ShiftPattern::workdays || calendar.is_workday(nominal)) return nominal;
  const Date monday = monday_of(nominal);
  const Date sunday = monday + std::chrono::days(6);
  switch (shift.on_holiday) {
    case HolidayRule::keep: return nominal;
    case HolidayRule::skip: return std::nullopt;
    case HolidayRule::previous_workday: {
      const Date d = calendar.previous_workday(nominal);
      return d >= monday ? std::optional<Date>(d) : std::nullopt;
    }
    case HolidayRule::next_workday: {
      const Date d = calendar.next_workday(nominal);
      return d <= sunday ? std::optional<Date>(d) : std::nullopt;
    }
  }
  return std::nullopt;
}

std::vector<RosterSlot> expand_slots(const RosterDefinition& roster,
                                     const WorkingCalendar& calendar, Date from, Date to) {
  std::vector<RosterSlot> slots;
  std::set<std::string> keys;  // two nominal days moved onto one day give one shift
  // A moved shift may land outside its nominal day, so nominal days are
  // scanned a week either side and kept only when the real date is in range.
  for (Date nominal = from - std::chrono::days(6); nominal <= to + std::chrono::days(6);
       nominal += std::chrono::days(1)) {
    for (const auto& shift : roster.shifts) {
      auto date = shift_date(shift, calendar, nominal);
      if (!date || *date < from || *date > to) continue;
      for (const auto& post_id : shift.posts) {
        RosterSlot slot;
        slot.date = *date;
        slot.shift = &shift;
        slot.post = roster.post(post_id);
        slot.start = local_minutes(*date, shift.start);
        slot.end = local_minutes(*date, shift.end);
        if (slot.post && keys.insert(slot.key()).second) slots.push_back(slot);
      }
    }
  }
  std::stable_sort(slots.begin(), slots.end(), [&](const RosterSlot& a, const RosterSlot& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.shift != b.shift) return a.shift < b.shift;  // definition order (same vector)
    return std::find(a.shift->posts.begin(), a.shift->posts.end(), a.post->id) <
           std::find(b.shift->posts.begin(), b.shift->posts.end(), b.post->id);
  });
  return slots;
}

}  // namespace duban
