// /api/tasks: the list with `task list`'s filters, one task with its
// history, and every action of `duban task`.

#include "views/run_json.hpp"
#include "views/task_filter.hpp"
#include "views/task_json.hpp"
#include "web/app.hpp"
#include "web/routes.hpp"
#include "web/task_access.hpp"

namespace duban::web {

namespace {

using nlohmann::json;

bool yes(const std::optional<std::string>& value) {
  return value && (*value == "1" || *value == "true" || *value == "yes" || value->empty());
}

TaskListFilter filter_of(const Request& r) {
  TaskListFilter f;
  f.owner = r.param("person").value_or(r.param("owner").value_or(""));
  f.unit = r.param("unit").value_or("");
  f.workflow = r.param("workflow").value_or("");
  f.run = r.param("run").value_or("");
  f.light = r.param("light").value_or("");
  f.due_from = r.param("due_from").value_or("");
  f.due_to = r.param("due_to").value_or("");
  f.states = r.params("state");
  f.all = yes(r.param("all"));
  if (const std::string problem = filter_problem(f); !problem.empty())
    throw HttpError(422, problem);
  return f;
}

// The tasks the caller may read among those the filters select.
Response list_tasks(WebApp& app, const Request& r, const Caller& caller) {
  const TaskListFilter filter = filter_of(r);
  json list = json::array();
  for (const auto& t : app.store()->tasks(to_query(filter, app.workspace().config.zone))) {
    if (app.may_read(caller, t)) list.push_back(task_json(t, app.workspace().definitions()));
  }
  return json_response({{"tasks", list}});
}

json light_json(const LightAssessment& light, const Workspace& ws) {
  return {{"light", light_name(light.light)},
          {"missed", light.missed},
          {"milestone", light.milestone},
          {"milestone_at", iso_time(light.milestone_at, ws.definitions())},
          {"days_late", light.days_late}};
}

Response show_task(WebApp& app, const Request& r, const Caller& caller) {
  const TaskView view = view_task(app, caller, r.captures.at(0));
  const Workspace& ws = app.workspace();
  json out = task_json(view.task, ws.definitions());
  out["history"] = history_json(view.history, ws.definitions());
  out["assessment"] = light_json(view.light, ws);
  json actions = json::array();
  for (TaskAction a : view.actions) actions.push_back(action_name(a));
  out["actions"] = actions;
  return json_response(out);
}

Response act_on_task(WebApp& app, const Request& r, const Caller& caller) {
  const json body = json_object_body(r);
  ActionRequest request;
  request.action = *parse_action(r.captures.at(1));
  request.task = r.captures.at(0);
  request.reason = string_field(body, "reason");
  request.text = string_field(body, "text");
  request.new_due = string_field(body, "until");
  request.owners = strings_field(body, "to");
  const ActionOutcome outcome = perform(app, caller, request);
  return json_response(action_json(outcome, app.workspace().definitions()));
}

}  // namespace

void add_task_routes(Router& router, WebApp& app) {
  router.add("GET", "/api/tasks", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller& c) { return list_tasks(app, r, c); });
  router.add(
      "POST",
      "/api/tasks/(.+)/(ack|start|done|block|return|cancel|reassign|note|chase|extend|approve)",
      Access::signed_in, Face::api,
      [&app](const Request& r, const Caller& c) { return act_on_task(app, r, c); });
  router.add("GET", "/api/tasks/(.+)", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller& c) { return show_task(app, r, c); });
}

}  // namespace duban::web
