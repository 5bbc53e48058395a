#pragma once
// Reading and acting on one task for a web caller: the task must exist
// (404) and be the caller's to see (403); actions go through the engine,
// whose rules are the command line's, in one write transaction.

#include <string>
#include <vector>

#include "engine/engine.hpp"
#include "engine/lights.hpp"
#include "web/router.hpp"

namespace duban::web {

class WebApp;

/// Everything a task's page or API answer shows.
struct TaskView {
  Task task;
  LightAssessment light;             ///< assessed now, as status does
  std::vector<EventRecord> history;  ///< its events, oldest first
  std::vector<TaskAction> actions;   ///< what the caller may do to it now
};

/// The task with `id` if the caller may read it. Throws RuleError
/// (not_found) or HttpError 403.
Task readable_task(WebApp& app, Store& store, const Caller& caller, const std::string& id);
TaskView view_task(WebApp& app, const Caller& caller, const std::string& id);
/// Runs `request` (its actor is the caller) and commits; throws RuleError.
ActionOutcome perform(WebApp& app, const Caller& caller, ActionRequest request);

}  // namespace duban::web
