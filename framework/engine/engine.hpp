#pragma once
// The engine: turns people's actions and the clock into events, checking
// every rule first, inside the store's write transaction. Nothing is written
// unless every check passes (the caller commits).

#include <stdexcept>
#include <string>
#include <vector>

#include <duban/extensions.hpp>
#include <nlohmann/json.hpp>

#include "dates/date.hpp"
#include "model/task_state.hpp"
#include "plan/definitions.hpp"
#include "plan/planned_run.hpp"
#include "store/store.hpp"

namespace duban {

/// Which rule was broken, for callers that answer differently to each (the
/// web API's 404, 403, 409 and 422); the command line exits 2 for all.
enum class RuleKind {
  invalid,    ///< the request itself is wrong: a missing reason, a bad date
  not_found,  ///< no such task
  forbidden,  ///< the person may not do this to this task
  conflict    ///< the task's state does not allow it now
};

/// A broken rule (illegal transition, no permission, unknown task or
/// person): commands exit 2 with its message and change nothing.
class RuleError : public std::runtime_error {
 public:
  explicit RuleError(const std::string& message, RuleKind kind = RuleKind::invalid)
      : std::runtime_error(message), kind_(kind) {}
  [[nodiscard]] RuleKind kind() const { return kind_; }

 private:
  RuleKind kind_;
};

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
  Task task;                     ///< after the action
  std::vector<EventRecord> events;     ///< what was appended
  std::vector<std::string> now_ready;  ///< dependents that became ready
};

struct CreateRunOutcome {
  bool created = false;  ///< false: the run existed already, nothing changed
  Run run;
  std::vector<EventRecord> events;
};

/// A task by id, or by a key unique among all tasks, from a Store or a
/// StoreWriter (both have task(id) and tasks(query)). Throws RuleError.
template <typename TaskSource>
Task resolve_task(TaskSource& source, const std::string& ref) {
  if (auto task = source.task(ref)) return *task;
  TaskQuery by_key;
  by_key.key = ref;
  auto matches = source.tasks(by_key);
  if (matches.size() == 1) return matches.front();
  if (matches.empty())
    throw RuleError("unknown task '" + ref + "' (see 'duban task list')", RuleKind::not_found);
  std::string ids;
  for (const auto& m : matches) ids += "\n  " + m.id;
  throw RuleError("task '" + ref + "' is ambiguous; give the full id, one of:" + ids);
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
  /// Applies one person's action. Throws RuleError.
  ActionOutcome act(StoreWriter& writer, const ActionRequest& request);
  /// Finds a task by id or by a key unique among all tasks. Throws RuleError.
  Task find_task(StoreWriter& writer, const std::string& ref);
  /// Checks that `person` exists. Throws RuleError with a suggestion.
  void require_person(const std::string& person) const;

  // --- for plugins (see plugin_context.hpp) ---------------------------------
  /// The run (workflow, period), created empty if missing: plugins' ad-hoc runs.
  Run open_run(StoreWriter& writer, const std::string& workflow, const std::string& period,
                     const std::string& title, const std::string& actor);
  /// Adds a task to an existing run; runs the task_created hooks.
  Task add_task(StoreWriter& writer, const Run& run, const PlannedTask& task,
                      const std::string& actor);
  /// Closes (ok) or fails an automatic task with its plugin's result; a
  /// closed task releases its dependents and runs the task_completed hooks.
  Task finish_automatic(StoreWriter& writer, Task task, bool ok,
                              const std::string& message, const nlohmann::json& evidence,
                              const std::string& actor);
  /// Runs every hook registered for `event`, each inside a savepoint: one
  /// that throws is rolled back and reported on stderr; the change stands.
  void run_hooks(StoreWriter& writer, sdk::HookEvent event, const Run& run,
                 const Task* task, const std::string& actor,
                 const std::string& escalated_to = {}, int level = 0);
  [[nodiscard]] LocalDateTime now() const { return now_; }
  [[nodiscard]] const Definitions& definitions() const { return defs_; }

 private:
  EventRecord emit(StoreWriter& writer, Task& task, const char* type,
                   const std::string& actor, std::string payload, std::string reason);
  void check_permission(const ActionRequest& request, const Task& task) const;
  void check_request(const ActionRequest& request, const Task& task) const;
  void release_dependents(StoreWriter& writer, const Task& done, ActionOutcome& outcome);
  EventRecord apply(StoreWriter& writer, Task& task, const ActionRequest& request);

  const Definitions defs_;
  LocalDateTime now_;
  int hook_depth_ = 0;  // hooks that create tasks run hooks again; bounded
};

}  // namespace duban
