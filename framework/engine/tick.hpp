#pragma once
// The clock's work: open recurring runs that are due, re-light open tasks
// and escalate missed milestones up the reporting line. Runs inside one
// write transaction, so two ticks at once never duplicate anything: the
// second sees what the first wrote.

#include <string>
#include <vector>

#include "plan/definitions.hpp"
#include "store/store.hpp"

namespace duban {

struct TickReport {
  std::vector<std::string> runs_created;
  int lights_changed = 0;
  std::vector<std::string> escalations;  ///< "task → person (level n)"
  int open_tasks = 0;
  int overdue_marked = 0;                     ///< tasks first seen past due
  std::vector<std::string> automatic_done;    ///< "task: message" of automatic tasks closed
  std::vector<std::string> automatic_failed;  ///< "task: message" of automatic tasks failed
};

TickReport tick(const Definitions& definitions, StoreWriter& writer, LocalDateTime now);

/// The person an escalation step names for a task ("" if nobody fills it).
std::string escalation_target(const std::string& step, const Task& task, const Organisation& org);

}  // namespace duban
