#pragma once
// The typed run model: a run and its tasks as the engine, the reports and
// the pages work with them. The store turns its rows into these values once
// when it reads them and back once when it writes them (store/task_row_codec),
// so nothing above the store compares state names or parses JSON text.
//
// Times are local times in the workspace's zone; `LocalDateTime` compares
// as time, so "before" and "after" are operators, not string comparisons.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date.hpp"
#include "model/task_state.hpp"

namespace duban {

/// A task's traffic light; `none` for a closed task.
enum class Light { none, green, yellow, red };

/// "green", "yellow", "red"; "" for none (as stored and in JSON).
std::string_view light_name(Light light);
/// The light a stored name means; nullopt for an unknown name.
std::optional<Light> parse_light(std::string_view name);

/// Which progress meets a milestone: acknowledging the task, reporting
/// progress (starting work or a note), or closing it.
enum class MetBy { ack, progress, done };

std::string_view met_by_name(MetBy met_by);
std::optional<MetBy> parse_met_by(std::string_view name);

/// One milestone of a task's deadline policy, planned with the task.
struct TaskMilestone {
  std::string action;  ///< what is expected by then ("签收", as the policy names it)
  std::string name;    ///< the milestone's name in the policy
  LocalDateTime at;    ///< when it falls due
  MetBy met_by = MetBy::done;
  std::optional<LocalDateTime> met_at;  ///< when progress met it; nullopt while unmet
  friend bool operator==(const TaskMilestone&, const TaskMilestone&) = default;
};

/// A request to move a task's due time, and its decision.
struct Extension {
  enum class State { requested, approved };
  State state = State::requested;
  LocalDateTime due;  ///< the due time asked for
  std::string requested_by;
  LocalDateTime requested_at;
  std::string reason;
  std::string approved_by;                   ///< "" until approved
  std::optional<LocalDateTime> approved_at;  ///< nullopt until approved
  friend bool operator==(const Extension&, const Extension&) = default;
};

/// One entry of a task's history kept with it: a note, a reason given for a
/// state change, a reassignment, a chase, an automatic run's result.
struct TaskEntry {
  LocalDateTime time;
  std::string actor;
  std::string reason;               ///< "" when none was given
  std::string text;                 ///< notes: what was written
  std::optional<TaskState> state;   ///< reasons: the state it moved to
  std::vector<std::string> owners;  ///< reassignments: the new owners
  std::optional<bool> ok;           ///< automatic runs: success or failure
  std::string message;              ///< automatic runs: the plugin's message
  nlohmann::json evidence;          ///< automatic runs: the plugin's evidence (null if none)
  friend bool operator==(const TaskEntry&, const TaskEntry&) = default;
};

/// What a task carries besides its state: what it asks for and what
/// happened to it.
struct TaskDetail {
  std::string description;
  std::vector<std::string> checklist;
  std::vector<std::string> evidence;  ///< what must be attached to close it
  nlohmann::json params;              ///< an automatic task kind's parameters (null if none)
  std::vector<TaskEntry> notes;
  std::vector<TaskEntry> reasons;
  std::vector<TaskEntry> reassignments;
  std::vector<TaskEntry> chases;
  std::vector<TaskEntry> runs;              ///< an automatic task's executions
  std::optional<LocalDateTime> overdue_at;  ///< when tick first saw it past due
  friend bool operator==(const TaskDetail&, const TaskDetail&) = default;
};

/// The current state of one task. Every field is derived from events.
struct Task {
  std::string id;  ///< "weekly-planning/2026-W07/summary.office"
  std::string run;
  std::string workflow;
  std::string key;  ///< "summary.office"
  std::string title;
  std::string unit;                 ///< unit of the accountable owner
  std::vector<std::string> owners;  ///< person ids, accountable first
  TaskState state = TaskState::pending;
  LocalDateTime start;         ///< hand-over time
  LocalDateTime due;           ///< current due time (after an approved extension)
  LocalDateTime original_due;  ///< due time when planned
  std::string policy;
  std::string task_class;
  std::string kind;
  std::vector<std::string> depends_on;  ///< task ids
  std::vector<std::string> tags;
  double weight = 1.0;
  std::vector<TaskMilestone> milestones;
  Light light = Light::none;
  std::int64_t escalation_level = 0;     ///< steps of the escalation chain taken
  std::int64_t chases = 0;               ///< 催办 received
  std::optional<LocalDateTime> done_at;  ///< when it was closed
  std::optional<Extension> extension;    ///< a pending or decided request
  TaskDetail detail;
  std::int64_t version = 0;  ///< events applied to this task

  [[nodiscard]] bool is_open() const { return duban::is_open(state); }
  /// Handed over: its start time has come.
  [[nodiscard]] bool handed_over(LocalDateTime now) const { return !(now < start); }
  friend bool operator==(const Task&, const Task&) = default;
};

/// One run of a workflow for a period (or an ad-hoc name).
struct Run {
  std::string id;  ///< "weekly-planning/2026-W07"
  std::string workflow;
  std::string period;  ///< "2026-W07"
  std::string title;   ///< the workflow's name
  LocalDateTime created_at;
  std::string created_by;
  std::int64_t task_count = 0;
  friend bool operator==(const Run&, const Run&) = default;
};

}  // namespace duban
