#pragma once
// The engine: turns people's actions and the clock into events, checking
// every rule first, inside the store's write transaction. Nothing is written
// unless every check passes (the caller commits). A broken rule comes back
// as a value (Checked, engine/rule.hpp), every write goes through
// EventWriter (engine/event_writer.hpp), and the engine reads the
// definitions it is given, never the workspace.

#include <stdexcept>
#include <string>
#include <vector>

#include <duban/extensions.hpp>
#include <nlohmann/json.hpp>

#include "dates/date.hpp"
#include "engine/rule.hpp"
#include "model/task_state.hpp"
#include "plan/definitions.hpp"
#include "plan/planned_run.hpp"
#include "store/store.hpp"

namespace duban {

struct ActionRequest {
  TaskAction action = TaskAction::note;
  std::string task;                 ///< task id, or a key unique among tasks
  std::string actor;                ///< person id
  std::string reason;               ///< block, return, cancel, extend: required
  std::string text;                 ///< note
  std::string new_due;              ///< extend: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
  std::vector<std::string> owners;  ///< reassign
};

struct ActionOutcome {
  Task task;                           ///< after the action
  std::vector<EventRecord> events;     ///< what was appended
  std::vector<std::string> now_ready;  ///< dependents that became ready
};

struct CreateRunOutcome {
  bool created = false;  ///< false: the run existed already, nothing changed
  Run run;
  std::vector<EventRecord> events;
};

/// A task by id, or by a key unique among all tasks, from a Store or a
/// StoreWriter (both have task(id) and tasks(query)); refused (not_found or
/// ambiguous) naming what was asked for.
template <typename TaskSource>
Checked<Task> resolve_task(TaskSource& source, const std::string& ref) {
  if (auto task = source.task(ref)) return std::move(*task);
  TaskQuery by_key;
  by_key.key = ref;
  auto matches = source.tasks(by_key);
  if (matches.size() == 1) return std::move(matches.front());
  if (matches.empty())
    return Refusal{"unknown task '" + ref + "' (see 'duban task list')", RuleKind::not_found};
  std::string ids;
  for (const auto& m : matches) ids += "\n  " + m.id;
  return Refusal{"task '" + ref + "' is ambiguous; give the full id, one of:" + ids};
}

/// The actions `person` may take on `task` as it stands: its state allows
/// them, the person may (see permissions.hpp), and for approve an extension
/// request by someone else waits. Inputs (reasons, dates) are not checked.
std::vector<TaskAction> offered_actions(const Organisation& org, const Task& task,
                                        const std::string& person);

class Engine {
 public:
  Engine(const Definitions& definitions, LocalDateTime now);

  /// Records a planned run and its tasks; idempotent per (workflow, period).
  CreateRunOutcome create_run(StoreWriter& writer, const PlannedRun& run, const std::string& actor);
  /// Applies one person's action, or refuses it (writing nothing) naming
  /// the rule it breaks.
  Checked<ActionOutcome> act(StoreWriter& writer, const ActionRequest& request);
  /// Why `person` cannot act (nobody given, or unknown, with a suggestion).
  [[nodiscard]] std::optional<Refusal> person_refusal(const std::string& person) const;

  // --- for plugins (see plugin_context.hpp) ---------------------------------
  /// The run (workflow, period), created empty if missing: plugins' ad-hoc runs.
  Run open_run(StoreWriter& writer, const std::string& workflow, const std::string& period,
               const std::string& title, const std::string& actor);
  /// Adds a task to an existing run and runs the task_created hooks, or
  /// refuses (a duplicate key, an unknown owner) writing nothing.
  Checked<Task> add_task(StoreWriter& writer, const Run& run, const PlannedTask& task,
                         const std::string& actor);
  /// Closes (ok) or fails an automatic task with its plugin's result; a
  /// closed task releases its dependents and runs the task_completed hooks.
  Task finish_automatic(StoreWriter& writer, Task task, bool ok, const std::string& message,
                        const nlohmann::json& evidence, const std::string& actor);
  /// Runs every hook registered for `event`, each inside a savepoint: one
  /// that throws is rolled back and reported on stderr; the change stands.
  void run_hooks(StoreWriter& writer, sdk::HookEvent event, const Run& run, const Task* task,
                 const std::string& actor, const std::string& escalated_to = {}, int level = 0);
  [[nodiscard]] LocalDateTime now() const { return now_; }
  [[nodiscard]] const Definitions& definitions() const { return defs_; }

 private:
  EventRecord emit(StoreWriter& writer, Task& task, const char* type, const std::string& actor,
                   std::string payload, std::string reason);
  [[nodiscard]] std::optional<Refusal> transition_refusal(StoreWriter& writer,
                                                          const ActionRequest& request,
                                                          const Task& task) const;
  [[nodiscard]] std::optional<Refusal> permission_refusal_of(const ActionRequest& request,
                                                             const Task& task) const;
  [[nodiscard]] std::optional<Refusal> request_refusal(const ActionRequest& request,
                                                       const Task& task) const;
  void release_dependents(StoreWriter& writer, const Task& done, ActionOutcome& outcome);
  EventRecord apply(StoreWriter& writer, Task& task, const ActionRequest& request);

  const Definitions defs_;
  LocalDateTime now_;
  int hook_depth_ = 0;  // hooks that create tasks run hooks again; bounded
};

}  // namespace duban
