#pragma once
// Planning: expands a workflow's templates for a period into concrete tasks.

#include <duban/diagnostic.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plan/definitions.hpp"
#include "plan/planned_run.hpp"

namespace duban {

struct PlanRequest {
  const Definitions* definitions = nullptr;
  const WorkflowDefinition* workflow = nullptr;
  Period period;                              ///< as the user gave it
  std::map<std::string, std::string> params;  ///< --param id=value
  /// No task is handed over before this day: a run recorded after it opened
  /// starts counting its milestones when it is recorded, not in the past.
  std::optional<Date> not_before;
};

/// The periods the workflow has runs for within `requested`: the period
/// itself, the one containing a given date, or each run period inside a
/// coarser one (the weeks of a month). Sets `error` when the period is finer
/// than the workflow's recurrence (a week for a monthly workflow).
std::vector<Period> run_periods(const WorkflowDefinition& workflow, const Period& requested,
                                const WorkingCalendar& calendar, std::string& error);

/// Plans every run of the request. Problems (an owner that does not resolve,
/// a missing parameter, a bad date) go to `diagnostics`.
std::vector<PlannedRun> plan_runs(const PlanRequest& request, Diagnostics& diagnostics);

/// Plans one run for exactly `period`.
PlannedRun plan_run(const Definitions& definitions, const WorkflowDefinition& workflow,
                    const Period& period, const std::map<std::string, std::string>& params,
                    Diagnostics& diagnostics, std::optional<Date> not_before = std::nullopt);

}  // namespace duban
