#pragma once
// Due dates and milestones on the working calendar.

#include <optional>
#include <string>
#include <vector>

#include "calendar/working_calendar.hpp"
#include "dates/period.hpp"
#include "plan/planned_run.hpp"
#include "workflow/deadline_policy.hpp"
#include "workflow/workflow_definition.hpp"

namespace duban {

/// Inputs of one task's due date.
struct DueInputs {
  const WorkingCalendar* calendar = nullptr;
  Period period;
  Date start{};                    ///< the task's handover date
  std::optional<Date> after_base;  ///< due date of the `after` dependency
  std::string rendered_date;       ///< the `date` rule after placeholders
  TimeOfDay workday_end{17 * 60 + 30};
};

/// The day a task is due by its rule; nullopt when the rule has no anchor
/// (the policy's last milestone decides) or a date does not parse.
std::optional<Date> due_date_by_rule(const DueRule& rule, const DueInputs& in);

/// The first given weekday on or after the period's start, moved to a
/// workday: back to the last workday before it within the period, else
/// forward to the next one.
Date weekday_in_period(const WorkingCalendar& calendar, const Period& period, unsigned weekday);

/// The day a run of `recurrence` opens in `period`, when its tasks without
/// dependencies are handed over: the recurrence's weekday (week), day of the
/// first month or Nth workday (month, quarter, year; `month` picks the month
/// of a year), moved to a workday; else the period's first workday.
Date run_opening_date(const Recurrence& recurrence, const WorkingCalendar& calendar,
                      const Period& period);

/// Milestone dates from `start`; any that would fall after `due` fall on it.
std::vector<PlannedMilestone> plan_milestones(const DeadlinePolicy& policy,
                                              std::string_view task_class,
                                              const WorkingCalendar& calendar, Date start,
                                              LocalDateTime due, TimeOfDay workday_end);

/// The date of a policy's last milestone for the class (the due date when
/// the task has no rule of its own).
Date last_milestone_date(const DeadlinePolicy& policy, std::string_view task_class,
                         const WorkingCalendar& calendar, Date start);

}  // namespace duban
