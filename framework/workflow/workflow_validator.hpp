#pragma once
// Checks a loaded workflow against the organisation, the policies and the
// known task kinds: every reference resolves, placeholders are known, and
// the task graph has no cycle.

#include <duban/diagnostic.hpp>
#include <set>
#include <string>

#include "extensions/extension_registry.hpp"
#include "org/organisation.hpp"
#include "workflow/workflow_definition.hpp"

namespace duban {

struct ValidationContext {
  /// Null when checking a lone file: references to people, roles, teams,
  /// units and shared policies are then not checked.
  const Organisation* org = nullptr;
  const PolicySet* policies = nullptr;  ///< the workspace's shared policies
  std::string default_policy;           ///< used when neither workflow nor task names one
  std::set<std::string, std::less<>> task_kinds{"human"};
  /// The plugins' task kinds, to check each template's `params` against
  /// its kind's schema; null when checking a lone file.
  const ExtensionRegistry* extensions = nullptr;
};

void validate_workflow(const WorkflowDefinition& workflow, const ValidationContext& context,
                       Diagnostics& diagnostics);

/// Checks that a policy's role:ID and person:ID escalation steps exist.
void check_policy_references(const DeadlinePolicy& policy, const Organisation& org,
                             Diagnostics& diagnostics);

/// The policy a task of `workflow` uses ("" if none resolves).
std::string effective_policy_id(const WorkflowDefinition& workflow, const TaskTemplate& task,
                                const ValidationContext& context);
/// Looks a policy up in the workflow's own policies, then the workspace's.
const DeadlinePolicy* find_policy(const WorkflowDefinition& workflow, std::string_view id,
                                  const PolicySet& shared);

/// The placeholder names a task may use (for messages and checks).
std::vector<std::string> placeholder_names(const WorkflowDefinition& workflow,
                                           const TaskTemplate& task);

}  // namespace duban
