#pragma once
// Planning runs from the web (the API and the workflow page): what
// `duban plan WORKFLOW --period P` does, as the caller, for administrators only.

#include <map>
#include <string>
#include <vector>

#include "engine/engine.hpp"
#include "web/router.hpp"

namespace duban::web {

class WebApp;

/// Records the runs of `workflow` for `period` in one transaction. Throws
/// HttpError: 403 for a non-administrator, 404 for an unknown workflow, 422
/// for a period it cannot take (with the planner's messages).
std::vector<CreateRunOutcome> plan_as(WebApp& app, const Caller& caller,
                                      const std::string& workflow, const std::string& period,
                                      const std::map<std::string, std::string>& params);

}  // namespace duban::web
