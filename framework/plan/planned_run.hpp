#pragma once
// What planning a workflow for a period produces: the run's tasks with
// owners resolved to people and dates on the working calendar.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dates/date.hpp"
#include "dates/period.hpp"

namespace duban {

struct PlannedMilestone {
  std::string action;
  std::string name;
  LocalDateTime at;
};

struct PlannedTask {
  std::string id;  ///< template id, plus "." and the fan-out key ("summary.office")
  std::string template_id;
  std::string title;
  std::string description;
  std::vector<std::string> owners;  ///< person ids, accountable one first
  LocalDateTime start;              ///< when the task is handed over
  LocalDateTime due;
  std::vector<PlannedMilestone> milestones;
  std::vector<std::string> depends_on;  ///< ids of tasks of the same run
  std::string policy;
  std::string task_class;
  std::string kind;
  nlohmann::json params;  ///< an automatic kind's parameters
  std::vector<std::string> checklist;
  std::vector<std::string> evidence;
  std::vector<std::string> tags;
  double weight = 1.0;
  int duration = 1;
  bool critical = false;  ///< on the run's critical path
};

struct PlannedRun {
  std::string workflow;
  std::string workflow_name;
  Period period;
  std::vector<PlannedTask> tasks;          ///< dependencies first
  std::vector<std::string> critical_path;  ///< task ids, first first
  int workdays = 0;                        ///< workdays in the period
  /// When set, the run's period key instead of `period.key()` (a roster's
  /// date range "2026-03-09..2026-03-22").
  std::string period_label;

  /// "2026-W07", or the label.
  [[nodiscard]] std::string period_key() const {
    return period_label.empty() ? period.key() : period_label;
  }

  /// "weekly-planning/2026-W07".
  [[nodiscard]] std::string key() const { return workflow + "/" + period_key(); }
};

}  // namespace duban
