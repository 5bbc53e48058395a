#pragma once
// Traffic lights against a task's milestones (its deadline policy's):
// green while the next milestone is not near, yellow within the policy's
// threshold of it, red once one is missed — and red stays until the missed
// milestone is met (the task catches up).

#include <optional>
#include <string>

#include "calendar/working_calendar.hpp"
#include "messages/messages.hpp"
#include "model/task.hpp"
#include "plan/definitions.hpp"
#include "workflow/deadline_policy.hpp"

namespace duban {

struct LightAssessment {
  Light light = Light::none;  ///< none for a closed task
  int missed = 0;             ///< milestones past and not met
  std::string milestone;      ///< name of the first missed milestone, else the next one
  std::optional<LocalDateTime> milestone_at;  ///< its time; nullopt when there is none
  int days_late = 0;                          ///< calendar days since the first missed milestone
  /// Red because the due time passed with every milestone met: `milestone`
  /// then names the due time itself.
  bool past_due = false;
};

/// The milestone's name as `messages` words it: the policy's own name, or
/// the catalogue's word for the due time when that is what was missed.
std::string milestone_label(const LightAssessment& light, const Messages& messages);

/// The policy a stored task follows: its workflow's own, else the shared one
/// (null if neither defines it any more).
const DeadlinePolicy* policy_for_task(const Definitions& definitions, const Task& task);

/// The light of `task` at `now`. `policy` may be null (then a one-day
/// threshold is used). A milestone met by closing is due no earlier than the
/// task's (possibly extended) due time.
LightAssessment assess_light(const Task& task, LocalDateTime now, const DeadlinePolicy* policy,
                             const WorkingCalendar& calendar);

}  // namespace duban
