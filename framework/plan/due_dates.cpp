#include "plan/due_dates.hpp"

#include <algorithm>

namespace duban {

namespace {
using std::chrono::days;

Date from_period_start(const DueRule& rule, const DueInputs& in) {
  const WorkingCalendar& cal = *in.calendar;
  if (!rule.in_workdays) return cal.next_workday(in.period.start + days{rule.amount});
  return cal.add_workdays(cal.next_workday(in.period.start), rule.amount);
}

Date from_period_end(const DueRule& rule, const DueInputs& in) {
  const WorkingCalendar& cal = *in.calendar;
  if (rule.in_workdays) return cal.add_workdays(cal.previous_workday(in.period.end), rule.amount);
  const Date date = in.period.end + days{rule.amount};
  // After the period, nothing is due on a day off: move on; inside it, move back.
  return rule.amount > 0 ? cal.next_workday(date) : cal.previous_workday(date);
}

Date nth_workday(const DueRule& rule, const DueInputs& in) {
  const WorkingCalendar& cal = *in.calendar;
  if (rule.nth > 0) return cal.add_workdays(cal.next_workday(in.period.start), rule.nth - 1);
  return cal.add_workdays(cal.previous_workday(in.period.end), rule.nth + 1);
}

Date after_dependency(const DueRule& rule, const DueInputs& in) {
  const WorkingCalendar& cal = *in.calendar;
  const Date base = in.after_base.value_or(in.start);
  if (!rule.in_workdays) return cal.next_workday(base + days{rule.amount});
  return rule.amount == 0 ? cal.next_workday(base) : cal.add_workdays(base, rule.amount);
}
}  // namespace

Date weekday_in_period(const WorkingCalendar& calendar, const Period& period, unsigned weekday) {
  // The first such weekday on or after the period's start (for a week, the
  // week's own day; for a month, its first Monday, Friday …).
  const auto ahead = (weekday + 7 - iso_weekday(period.start)) % 7;
  const Date target = period.start + days{ahead};
  const Date before = calendar.previous_workday(target);
  if (before >= period.start) return before;
  return calendar.next_workday(target);
}

Date run_opening_date(const Recurrence& recurrence, const WorkingCalendar& calendar,
                      const Period& period) {
  using std::chrono::year_month_day;
  switch (recurrence.every) {
    case Recurrence::Every::none:
    case Recurrence::Every::day: return calendar.next_workday(period.start);
    case Recurrence::Every::week: return weekday_in_period(calendar, period, recurrence.weekday);
    case Recurrence::Every::month:
    case Recurrence::Every::quarter:
    case Recurrence::Every::year: break;
  }
  Period scope = period;
  if (recurrence.every == Recurrence::Every::year && recurrence.month > 1) {
    scope = period_containing(make_date(period.year, recurrence.month, 1), PeriodKind::month);
  }
  if (recurrence.workday > 0)
    return calendar.add_workdays(calendar.next_workday(scope.start), recurrence.workday - 1);
  if (recurrence.day > 0) {
    // The 31st of a 30-day month is its last day.
    const year_month_day first{scope.start};
    const auto last =
        std::chrono::year_month_day_last{first.year(), std::chrono::month_day_last{first.month()}};
    const unsigned day =
        std::min(static_cast<unsigned>(recurrence.day), static_cast<unsigned>(last.day()));
    return calendar.next_workday(scope.start + days{day - 1});
  }
  return calendar.next_workday(scope.start);
}

std::optional<Date> due_date_by_rule(const DueRule& rule, const DueInputs& in) {
  switch (rule.anchor) {
    case DueRule::Anchor::none: return std::nullopt;
    case DueRule::Anchor::period_start: return from_period_start(rule, in);
    case DueRule::Anchor::period_end: return from_period_end(rule, in);
    case DueRule::Anchor::weekday: return weekday_in_period(*in.calendar, in.period, rule.weekday);
    case DueRule::Anchor::nth_workday: return nth_workday(rule, in);
    case DueRule::Anchor::after: return after_dependency(rule, in);
    case DueRule::Anchor::date: {
      // A deadline on a day off moves to the next workday, as legal time
      // limits do (期限届满日为节假日的，顺延至节假日后第一日).
      auto date = parse_date(in.rendered_date);
      if (date) return in.calendar->next_workday(*date);
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::vector<PlannedMilestone> plan_milestones(const DeadlinePolicy& policy,
                                              std::string_view task_class,
                                              const WorkingCalendar& calendar, Date start,
                                              LocalDateTime due, TimeOfDay workday_end) {
  std::vector<PlannedMilestone> out;
  for (const Milestone* m : policy.milestones_for(task_class)) {
    const Date date = apply_offset(calendar, start, m->at, policy.workday_days);
    const LocalDateTime at = date < due.date ? LocalDateTime{date, workday_end} : due;
    out.push_back({m->action, m->name, at});
  }
  return out;
}

Date last_milestone_date(const DeadlinePolicy& policy, std::string_view task_class,
                         const WorkingCalendar& calendar, Date start) {
  Date last = calendar.next_workday(start);
  for (const Milestone* m : policy.milestones_for(task_class)) {
    const Date date = apply_offset(calendar, start, m->at, policy.workday_days);
    if (date > last) last = date;
  }
  return last;
}

}  // namespace duban
