#pragma once
// Deadline policies: lists of milestones (an offset and the action
// expected), light thresholds and the escalation chain. A policy is data;
// the words of its actions are the configuration's, not the core's.

#include <duban/diagnostic.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "calendar/working_calendar.hpp"

namespace duban {}  // namespace duban

#include <toml++/toml.h>

namespace duban {

/// A duration: "3d" (the policy's day unit), "3wd" (workdays), "3cd"
/// (calendar days), "2w" (weeks) or "1M" (months).
struct Offset {
  enum class Unit { policy_day, workday, day, week, month };
  int amount = 0;
  Unit unit = Unit::policy_day;
  friend bool operator==(const Offset&, const Offset&) = default;
};

/// Parses an offset; nullopt when malformed.
std::optional<Offset> parse_offset(std::string_view text);
/// The date `offset` after `from`; `workday_days` says what "d" means.
/// Workday offsets land on a workday; calendar offsets that land on a day off
/// move to the next workday (nothing is due on a holiday).
Date apply_offset(const WorkingCalendar& calendar, Date from, Offset offset, bool workday_days);

struct Milestone {
  std::string action;      ///< what is expected, e.g. "progress_feedback"
  std::string name;        ///< display name, e.g. "反馈进展"
  Offset at;               ///< from the task's start
  std::string task_class;  ///< applies only to tasks of this class; "" for all
  std::string then;        ///< what follows, e.g. "monthly_feedback" (informational)
  SourcePosition where;
};

struct DeadlinePolicy {
  std::string id;
  std::string name;
  bool workday_days = true;  ///< day_unit = "workday" (default) or "day"
  std::vector<Milestone> milestones;
  Offset yellow_before{1, Offset::Unit::policy_day};
  std::vector<std::string> escalate;  ///< steps, see escalation_step_forms()
  SourcePosition escalate_where;      ///< where `escalate` is written
  SourcePosition where;

  /// The milestones that apply to a task of `task_class`, in file order.
  [[nodiscard]] std::vector<const Milestone*> milestones_for(std::string_view task_class) const;
  /// Every class named by a milestone.
  [[nodiscard]] std::vector<std::string> classes() const;
};

/// The forms an escalation step may take, for messages.
std::string_view escalation_step_forms();
/// True if `step` is a known form ("owner", "reports_to", "unit.chief",
/// "unit.leader", "root.chief", "role:ID", "person:ID").
bool is_escalation_step(std::string_view step);

/// Policies by id. Later definitions (a workflow's own) shadow earlier ones.
using PolicySet = std::map<std::string, DeadlinePolicy, std::less<>>;

/// Reads every `[policy.ID]` table under `policies` into `out`.
void read_policies(const toml::table& policies, const std::string& path, Diagnostics& diagnostics,
                   PolicySet& out);
/// Reads a policies file (a `[policy.ID]` per policy).
PolicySet load_policy_file(const std::string& path, Diagnostics& diagnostics);

}  // namespace duban
