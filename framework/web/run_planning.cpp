#include "web/run_planning.hpp"

#include "diagnostics/suggest.hpp"
#include "plan/planner.hpp"
#include "web/app.hpp"

namespace duban::web {

// Planning creates work for others: the command line leaves it to whoever
// holds the workspace, the web to its administrators.
std::vector<CreateRunOutcome> plan_as(WebApp& app, const Caller& caller,
                                      const std::string& workflow, const std::string& period,
                                      const std::map<std::string, std::string>& params) {
  if (!caller.admin)
    throw HttpError(403, caller.person + " may not plan runs: only the workspace's admins may");
  const Workspace& ws = app.workspace();
  const WorkflowDefinition* wf = ws.workflow(workflow);
  if (!wf)
    throw HttpError(
        404, "unknown workflow '" + workflow + "'" + did_you_mean(workflow, ws.workflow_ids()));
  const auto parsed = parse_period(period);
  if (!parsed)
    throw HttpError(422, "period '" + period +
                             "' is not a period (2026-W07, 2026-02, 2026-Q1, 2026 or a date)");
  const LocalDateTime now = app.now();
  Diagnostics diagnostics;
  // Recorded runs hand over no earlier than now, as `duban plan` records them.
  const Definitions definitions = ws.definitions();
  PlanRequest request{&definitions, wf, *parsed, params, now.date};
  const auto planned = plan_runs(request, diagnostics);
  if (diagnostics.has_errors()) {
    std::string text;
    for (const auto& d : diagnostics.sorted()) text += (text.empty() ? "" : "\n") + d.message;
    throw HttpError(422, text);
  }
  auto store = app.store();
  std::lock_guard lock(app.write_mutex());
  Engine engine(ws.definitions(), now);
  auto writer = store->write();
  std::vector<CreateRunOutcome> outcomes;
  outcomes.reserve(planned.size());
  for (const auto& run : planned)
    outcomes.push_back(engine.create_run(*writer, run, caller.person));
  writer->commit();
  return outcomes;
}

}  // namespace duban::web
