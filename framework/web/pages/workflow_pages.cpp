// 流程: the workspace's workflows, and each one's graph drawn as SVG with
// its templates and recorded runs.

#include "web/app.hpp"
#include "web/pages/html.hpp"
#include "web/pages/layout.hpp"
#include "web/pages/pages.hpp"
#include "web/run_planning.hpp"
#include "web/workflow_svg.hpp"

namespace duban::web {

namespace {

using html::esc;

std::string recurrence_text(const Messages& m, const Recurrence& r) {
  switch (r.every) {
    case Recurrence::Every::day: return m[Msg::recurrence_day];
    case Recurrence::Every::week: return m[Msg::recurrence_week];
    case Recurrence::Every::month: return m[Msg::recurrence_month];
    case Recurrence::Every::quarter: return m[Msg::recurrence_quarter];
    case Recurrence::Every::year: return m[Msg::recurrence_year];
    case Recurrence::Every::none: break;
  }
  return m[Msg::recurrence_none];
}

std::string templates_table(const Messages& m, const WorkflowDefinition& wf) {
  const std::string separator(m[Msg::list_separator]);
  std::vector<std::vector<std::string>> rows;
  for (const auto& t : wf.tasks) {
    std::string deps;
    for (const auto& d : t.depends_on) deps += (deps.empty() ? "" : separator) + esc(d);
    std::string owners;
    for (const auto& o : t.owners) owners += (owners.empty() ? "" : separator) + esc(o);
    rows.push_back({esc(t.id), esc(t.title), owners, deps, std::to_string(t.duration)});
  }
  return html::table(
      "templates",
      headings(m, {"id", Msg::task, Msg::owners, Msg::depends_on, Msg::duration_workdays}), rows);
}

std::string runs_table(const Messages& m, const Workspace& ws, Store& store,
                       const std::string& workflow) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& run : store.runs()) {
    if (run.workflow != workflow) continue;
    TaskQuery q;
    q.run = run.id;
    int done = 0;
    int open = 0;
    for (const auto& t : store.tasks(q)) {
      if (t.state == TaskState::done)
        ++done;
      else if (t.state != TaskState::cancelled)
        ++open;
    }
    rows.push_back({esc(run.period), short_time(run.created_at),
                    people_names(m, ws.org, {run.created_by}), std::to_string(run.task_count),
                    std::to_string(done), std::to_string(open)});
  }
  if (rows.empty()) return "<p class=\"empty\">" + m[Msg::no_runs] + "</p>";
  return html::table("runs",
                     headings(m, {Msg::period, Msg::created_at, Msg::created_by, Msg::task_count,
                                  Msg::count_done, Msg::open_count}),
                     rows);
}

// Administrators record runs here, as `duban plan WORKFLOW --period P`.
std::string plan_form(const Messages& m, const Caller& caller, const WorkflowDefinition& wf) {
  if (!caller.admin) return "";
  return R"(<form method="post" class="action plan" action="/workflows/)" + esc(url_encode(wf.id)) +
         "/plan\">" + csrf_field(caller) + "<input name=\"period\" required placeholder=\"" +
         m[Msg::plan_period_placeholder] + "\"><button type=\"submit\" data-action=\"plan\">" +
         m[Msg::create_run] + "</button></form>";
}

}  // namespace

Response workflows_page(WebApp& app, const Caller& caller) {
  const Workspace& ws = app.workspace();
  const Messages& m = app.messages();
  std::vector<std::vector<std::string>> rows;
  for (const auto& wf : ws.workflows) {
    rows.push_back(
        {"<a href=\"/workflows/" + esc(url_encode(wf.id)) + "\">" + esc(wf.name) + "</a>",
         esc(wf.id), recurrence_text(m, wf.recurrence), std::to_string(wf.tasks.size())});
  }
  const std::string title(m[Msg::nav_workflows]);
  const std::string body =
      "<h1>" + title + "</h1>" +
      html::table("workflows",
                  headings(m, {Msg::label_name, "id", Msg::recurrence, Msg::task_templates}), rows);
  return html_response(page_html(m, ws, caller, Nav::workflows, title, body));
}

Response workflow_page(WebApp& app, const Caller& caller, const std::string& id,
                       const std::string& notice, int status) {
  const Workspace& ws = app.workspace();
  const Messages& m = app.messages();
  const WorkflowDefinition* wf = ws.workflow(id);
  if (!wf) throw HttpError(404, "unknown workflow '" + id + "'");
  auto store = app.store();
  std::string body = "<h1>" + esc(wf->name) + " <small>" + esc(wf->id) + " v" +
                     std::to_string(wf->version) + " · " + recurrence_text(m, wf->recurrence) +
                     "</small></h1>";
  if (!wf->description.empty()) body += "<p class=\"lead\">" + esc(wf->description) + "</p>";
  if (!notice.empty())
    body += "<p class=\"notice " + std::string(status < 400 ? "ok" : "refused") + "\">" +
            esc(notice) + "</p>";
  body += "<section id=\"graph\"><h2>" + m[Msg::graph_heading] + " <small>" + m[Msg::graph_hint] +
          "</small></h2><div class=\"graph\">" + workflow_svg(*wf) + "</div></section>";
  body += "<section id=\"templates\"><h2>" + m[Msg::task_templates] + "</h2>" +
          templates_table(m, *wf) + "</section>";
  body += "<section id=\"runs\"><h2>" + m[Msg::runs] + "</h2>" + plan_form(m, caller, *wf) +
          runs_table(m, ws, *store, wf->id) + "</section>";
  return html_response(page_html(m, ws, caller, Nav::workflows, wf->name, body), status);
}

Response plan_form_post(WebApp& app, const Request& request, const Caller& caller) {
  const std::string id = request.captures.at(0);
  const Params form = request.form();
  auto it = form.find("period");
  const std::string period = it == form.end() ? "" : it->second;
  const Messages& m = app.messages();
  try {
    std::string created;
    for (const auto& outcome : plan_as(app, caller, id, period, {})) {
      created +=
          (created.empty() ? "" : m[Msg::list_separator]) + outcome.run.id +
          (outcome.created ? m(Msg::run_created_tasks, {std::to_string(outcome.run.task_count)})
                           : m[Msg::run_exists]);
    }
    return workflow_page(
        app, caller, id,
        created.empty() ? m[Msg::no_run_in_period] : m(Msg::runs_created, {created}), 200);
  } catch (const HttpError& e) {
    if (e.status() != 422) throw;
    return workflow_page(app, caller, id, m(Msg::plan_refused, {e.what()}), 422);
  }
}

}  // namespace duban::web
