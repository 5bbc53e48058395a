#pragma once
// The pages, each a handler from a request to a whole HTML page.

#include <string>

#include "web/http.hpp"
#include "web/router.hpp"
#include "workspace/workspace.hpp"

namespace duban::web {

class WebApp;

/// Today: my open tasks and my unit's due today or late, red and yellow first.
Response today_page(WebApp& app, const Request& request, const Caller& caller);
/// A week (?week=YYYY-Www, ?unit=): counts per unit and person, red and
/// yellow items, the runs' timeline, done, due next week.
Response week_page(WebApp& app, const Request& request, const Caller& caller);
/// A task: milestones, light, history, and the forms of the actions allowed.
/// `notice` is shown on top (after an action, or its refusal with `status`).
Response task_page(WebApp& app, const Caller& caller, const std::string& id,
                   const std::string& notice, int status);
/// The form of one action: runs it and goes back to the task's page.
Response task_action_form(WebApp& app, const Request& request, const Caller& caller);
Response workflows_page(WebApp& app, const Caller& caller);
/// A workflow's graph as SVG, its templates and its runs; for
/// administrators, the form that plans a run. `notice` as for tasks.
Response workflow_page(WebApp& app, const Caller& caller, const std::string& id,
                       const std::string& notice, int status);
/// The plan form: records the runs, shown on the workflow's page.
Response plan_form_post(WebApp& app, const Request& request, const Caller& caller);
/// The plugins' report sections for a week or day.
Response sections_page(WebApp& app, const Request& request, const Caller& caller);
Response login_page(const Messages& m, const Workspace& ws, const std::string& next,
                    const std::string& person, const std::string& error, int status);
/// /static/NAME: the style sheet and icon compiled into the program; 404 otherwise.
Response static_asset(const std::string& name);

}  // namespace duban::web
