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

std::string recurrence_text(const Recurrence& r) {
  switch (r.every) {
    case Recurrence::Every::day: return "每日";
    case Recurrence::Every::week: return "每周";
    case Recurrence::Every::month: return "每月";
    case Recurrence::Every::quarter: return "每季度";
    case Recurrence::Every::year: return "每年";
    case Recurrence::Every::none: break;
  }
  return "按需";
}

std::string templates_table(const WorkflowDefinition& wf) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& t : wf.tasks) {
    std::string deps;
    for (const auto& d : t.depends_on) deps += (deps.empty() ? "" : "、") + esc(d);
    std::string owners;
    for (const auto& o : t.owners) owners += (owners.empty() ? "" : "、") + esc(o);
    rows.push_back({esc(t.id), esc(t.title), owners, deps, std::to_string(t.duration)});
  }
  return html::table("templates", {"id", "任务", "责任人", "依赖", "工期（工作日）"}, rows);
}

std::string runs_table(const Workspace& ws, Store& store, const std::string& workflow) {
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
                    people_names(ws.org, {run.created_by}), std::to_string(run.task_count),
                    std::to_string(done), std::to_string(open)});
  }
  if (rows.empty()) return "<p class=\"empty\">还没有运行。</p>";
  return html::table("runs", {"周期", "创建于", "创建人", "任务", "办结", "未办结"}, rows);
}

// Administrators record runs here, as `duban plan WORKFLOW --period P`.
std::string plan_form(const Caller& caller, const WorkflowDefinition& wf) {
  if (!caller.admin) return "";
  return R"(<form method="post" class="action plan" action="/workflows/)" + esc(url_encode(wf.id)) +
         "/plan\">" + csrf_field(caller) +
         "<input name=\"period\" required placeholder=\"周期，如 2026-W12、2026-03\"><button "
         "type=\"submit\" data-action=\"plan\">创建运行</button></form>";
}

}  // namespace

Response workflows_page(WebApp& app, const Caller& caller) {
  const Workspace& ws = app.workspace();
  std::vector<std::vector<std::string>> rows;
  for (const auto& wf : ws.workflows) {
    rows.push_back(
        {"<a href=\"/workflows/" + esc(url_encode(wf.id)) + "\">" + esc(wf.name) + "</a>",
         esc(wf.id), recurrence_text(wf.recurrence), std::to_string(wf.tasks.size())});
  }
  const std::string body =
      "<h1>流程</h1>" + html::table("workflows", {"名称", "id", "周期", "任务模板"}, rows);
  return html_response(page_html(ws, caller, Nav::workflows, "流程", body));
}

Response workflow_page(WebApp& app, const Caller& caller, const std::string& id,
                       const std::string& notice, int status) {
  const Workspace& ws = app.workspace();
  const WorkflowDefinition* wf = ws.workflow(id);
  if (!wf) throw HttpError(404, "unknown workflow '" + id + "'");
  auto store = app.store();
  std::string body = "<h1>" + esc(wf->name) + " <small>" + esc(wf->id) + " v" +
                     std::to_string(wf->version) + " · " + recurrence_text(wf->recurrence) +
                     "</small></h1>";
  if (!wf->description.empty()) body += "<p class=\"lead\">" + esc(wf->description) + "</p>";
  if (!notice.empty())
    body += "<p class=\"notice " + std::string(status < 400 ? "ok" : "refused") + "\">" +
            esc(notice) + "</p>";
  body +=
      "<section id=\"graph\"><h2>任务关系图 <small>红色为关键路径</small></h2><div "
      "class=\"graph\">" +
      workflow_svg(*wf) + "</div></section>";
  body += "<section id=\"templates\"><h2>任务模板</h2>" + templates_table(*wf) + "</section>";
  body += "<section id=\"runs\"><h2>运行</h2>" + plan_form(caller, *wf) +
          runs_table(ws, *store, wf->id) + "</section>";
  return html_response(page_html(ws, caller, Nav::workflows, wf->name, body), status);
}

Response plan_form_post(WebApp& app, const Request& request, const Caller& caller) {
  const std::string id = request.captures.at(0);
  const Params form = request.form();
  auto it = form.find("period");
  const std::string period = it == form.end() ? "" : it->second;
  try {
    std::string created;
    for (const auto& outcome : plan_as(app, caller, id, period, {})) {
      created += (created.empty() ? "" : "、") + outcome.run.id +
                 (outcome.created ? "（" + std::to_string(outcome.run.task_count) + " 项任务）"
                                  : "（已存在，未改动）");
    }
    return workflow_page(app, caller, id,
                         created.empty() ? "该周期没有运行。" : "已创建 " + created, 200);
  } catch (const HttpError& e) {
    if (e.status() != 422) throw;
    return workflow_page(app, caller, id, std::string("未能创建运行：") + e.what(), 422);
  }
}

}  // namespace duban::web
