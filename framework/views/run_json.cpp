#include "views/run_json.hpp"

#include "views/task_json.hpp"

namespace duban {

nlohmann::json run_json(const Run& run, const Definitions& defs) {
  return {{"id", run.id},
          {"workflow", run.workflow},
          {"period", run.period},
          {"title", run.title},
          {"created_at", iso_time(run.created_at, defs)},
          {"created_by", run.created_by},
          {"task_count", run.task_count}};
}

nlohmann::json created_run_json(const CreateRunOutcome& o) {
  return {{"id", o.run.id},
          {"created", o.created},
          {"tasks", o.run.task_count},
          {"created_at", stored_time(o.run.created_at)},
          {"created_by", o.run.created_by}};
}

nlohmann::json action_json(const ActionOutcome& outcome, const Definitions& defs) {
  return {{"task", task_json(outcome.task, defs)},
          {"events", outcome.events.size()},
          {"now_ready", outcome.now_ready}};
}

}  // namespace duban
