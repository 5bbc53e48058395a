#pragma once
// JSON of runs and of what an action or a plan did, shared by the command
// line and the web API (docs/json-output.md, docs/api.md).

#include <nlohmann/json.hpp>

#include "engine/engine.hpp"

namespace duban {

/// A recorded run: id, workflow, period, title, created_at, created_by, task_count.
nlohmann::json run_json(const Run& run, const Definitions& defs);
/// What `plan` did to one run: id, created (false: it existed), tasks, created_at, created_by.
nlohmann::json created_run_json(const CreateRunOutcome& outcome);
/// What an action did: the task after it, how many events, the dependents now ready.
nlohmann::json action_json(const ActionOutcome& outcome, const Definitions& defs);

}  // namespace duban
