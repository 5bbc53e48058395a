#pragma once
// A workflow's template graph as SVG, for its page and the API.

#include <string>

#include "workflow/workflow_definition.hpp"

namespace duban::web {

std::string workflow_svg(const WorkflowDefinition& workflow);

}  // namespace duban::web
