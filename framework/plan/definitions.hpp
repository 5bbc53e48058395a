#pragma once
// What planning, the engine and the reports read of a loaded workspace: the
// organisation, the working calendar, the deadline policies, the workflows
// and what plugins registered — the declared part, loaded once and never
// changed while runs move (as ninja keeps its State apart from a Plan).
//
// Borrowed, not owned: whoever assembled the definitions (the workspace
// module) owns them and outlives every Definitions it hands out. Nothing
// here knows about files, the database or plugin loading.

#include <span>
#include <string>
#include <string_view>

#include "calendar/working_calendar.hpp"
#include "dates/date.hpp"
#include "extensions/extension_registry.hpp"
#include "org/organisation.hpp"
#include "workflow/deadline_policy.hpp"
#include "workflow/workflow_definition.hpp"
#include "workflow/workflow_validator.hpp"

namespace duban {

struct Definitions {
  const Organisation& org;
  const WorkingCalendar& calendar;
  const PolicySet& policies;  ///< the shared policies (a workflow may add its own)
  std::span<const WorkflowDefinition> workflows;
  const ExtensionRegistry& extensions;  ///< task kinds, hooks, sections, record types
  UtcOffset zone;                       ///< local times are in this zone
  TimeOfDay workday_end;                ///< a due date without a time means this time
  std::string default_policy;           ///< for tasks that name none ("" = none)

  /// The workflow with `id`, or null.
  [[nodiscard]] const WorkflowDefinition* workflow(std::string_view id) const;
  /// What workflow checks need: people, policies, the plugins' task kinds.
  [[nodiscard]] ValidationContext validation_context() const;
};

}  // namespace duban
