// /api/status, /api/sections, /api/runs and /api/workflows.

#include "engine/engine.hpp"
#include "views/run_json.hpp"
#include "views/status_json.hpp"
#include "web/app.hpp"
#include "web/report_request.hpp"
#include "web/routes.hpp"
#include "web/run_planning.hpp"
#include "web/workflow_svg.hpp"

namespace duban::web {

namespace {

using nlohmann::json;

// The JSON text of a status, rendered once per state of the store and minute.
Response status_answer(WebApp& app, const Request& r) {
  const ReportRequest q = report_request(app, r);
  auto store = app.store();
  const std::int64_t version = store->last_event_id();
  const std::string key =
      "status.json" + status_key(q.period, q.filter, q.now) + '\x1f' + std::to_string(q.limit);
  auto body = app.rendered(key, version, [&] {
    const auto report = app.status(*store, version, q.period, q.filter, q.now);
    json out = report_json(*report, app.workspace().definitions(), q.limit);
    out["sections"] = sections_json(app.sections(*store, q.period, q.filter, q.now));
    return out.dump();
  });
  Response response;
  response.content_type = "application/json; charset=utf-8";
  response.body = *body;
  return response;
}

Response sections_answer(WebApp& app, const Request& r) {
  const ReportRequest q = report_request(app, r);
  auto store = app.store();
  return json_response(
      {{"period", q.period.key()},
       {"sections", sections_json(app.sections(*store, q.period, q.filter, q.now))}});
}

Response list_runs(WebApp& app, const Request& r) {
  const std::string workflow = r.param("workflow").value_or("");
  json runs = json::array();
  for (const auto& run : app.store()->runs()) {
    if (workflow.empty() || run.workflow == workflow)
      runs.push_back(run_json(run, app.workspace().definitions()));
  }
  return json_response({{"runs", runs}});
}

std::map<std::string, std::string> params_of(const json& body) {
  std::map<std::string, std::string> out;
  auto it = body.find("params");
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_object()) throw HttpError(422, "'params' must be an object of strings");
  for (const auto& [name, value] : it->items()) {
    if (!value.is_string()) throw HttpError(422, "params." + name + " must be a string");
    out[name] = value.get<std::string>();
  }
  return out;
}

Response plan_runs_answer(WebApp& app, const Request& r, const Caller& caller) {
  const json body = json_object_body(r);
  json runs = json::array();
  for (const auto& outcome : plan_as(app, caller, string_field(body, "workflow"),
                                     string_field(body, "period"), params_of(body)))
    runs.push_back(created_run_json(outcome));
  return json_response({{"runs", runs}}, 201);
}

json workflow_json(const WorkflowDefinition& wf) {
  json tasks = json::array();
  for (const auto& t : wf.tasks)
    tasks.push_back({{"id", t.id}, {"title", t.title}, {"depends_on", t.depends_on}});
  return {{"id", wf.id},
          {"name", wf.name},
          {"version", wf.version},
          {"description", wf.description},
          {"tasks", tasks}};
}

const WorkflowDefinition& workflow_of(WebApp& app, const std::string& id) {
  const WorkflowDefinition* wf = app.workspace().workflow(id);
  if (!wf) throw HttpError(404, "unknown workflow '" + id + "'");
  return *wf;
}

}  // namespace

void add_report_routes(Router& router, WebApp& app) {
  router.add("GET", "/api/status", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller&) { return status_answer(app, r); });
  router.add("GET", "/api/sections", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller&) { return sections_answer(app, r); });
  router.add("GET", "/api/runs", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller&) { return list_runs(app, r); });
  router.add("POST", "/api/runs", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller& c) { return plan_runs_answer(app, r, c); });
  router.add("GET", "/api/workflows", Access::signed_in, Face::api,
             [&app](const Request&, const Caller&) {
               json list = json::array();
               for (const auto& wf : app.workspace().workflows) list.push_back(workflow_json(wf));
               return json_response({{"workflows", list}});
             });
  router.add("GET", "/api/workflows/([^/]+)/graph\\.svg", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller&) {
               Response response;
               response.content_type = "image/svg+xml; charset=utf-8";
               response.body = workflow_svg(workflow_of(app, r.captures.at(0)));
               return response;
             });
  router.add("GET", "/api/workflows/([^/]+)", Access::signed_in, Face::api,
             [&app](const Request& r, const Caller&) {
               return json_response(workflow_json(workflow_of(app, r.captures.at(0))));
             });
}

}  // namespace duban::web
