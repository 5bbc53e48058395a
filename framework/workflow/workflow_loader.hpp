#pragma once
// Reads workflow files into definitions, reporting every shape problem
// (syntax, types, unknown and missing keys). References are checked later by
// validate_workflow(), once the organisation and policies are known.

#include <duban/diagnostic.hpp>
#include <optional>
#include <string>

#include "workflow/workflow_definition.hpp"

namespace duban {

std::optional<WorkflowDefinition> load_workflow(const std::string& path, Diagnostics& diagnostics);
std::optional<WorkflowDefinition> load_workflow_text(std::string_view text, const std::string& path,
                                                     Diagnostics& diagnostics);

}  // namespace duban
