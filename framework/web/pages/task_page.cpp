// A task's page: where it stands, its milestones, its history, and the
// forms of exactly the actions the engine would let this person take.

#include "engine/reducer.hpp"
#include "views/task_json.hpp"
#include "web/app.hpp"
#include "web/pages/html.hpp"
#include "web/pages/layout.hpp"
#include "web/pages/pages.hpp"
#include "web/task_access.hpp"

namespace duban::web {

namespace {

using html::esc;
using nlohmann::json;

std::string event_label(const std::string& type) {
  static const std::map<std::string, std::string, std::less<>> labels{
      {event_type::task_created, "创建"},
      {event_type::task_ready, "可办理"},
      {event_type::task_acknowledged, "签收"},
      {event_type::task_started, "开始办理"},
      {event_type::task_done, "办结"},
      {event_type::task_blocked, "受阻"},
      {event_type::task_returned, "退回"},
      {event_type::task_cancelled, "撤销"},
      {event_type::task_reassigned, "转办"},
      {event_type::task_noted, "报告进展"},
      {event_type::task_chased, "催办"},
      {event_type::extension_requested, "申请延期"},
      {event_type::extension_approved, "批准延期"},
      {event_type::light_changed, "灯变化"},
      {event_type::task_escalated, "逐级督办"},
      {event_type::task_overdue, "逾期"},
      {event_type::task_failed, "自动执行失败"},
      {event_type::task_completed_automatically, "自动完成"}};
  auto it = labels.find(type);
  return it == labels.end() ? type : it->second;
}

std::string actor_name(const Organisation& org, const std::string& actor) {
  return actor == "system" ? "系统" : people_names(org, {actor});
}

// What an event says besides its type: the note, the new owners, the light.
std::string event_detail(const Workspace& ws, const EventRecord& e) {
  const json p = parse_or(e.payload, json::object());
  std::string out;
  if (p.contains("text")) out = esc(p.value("text", ""));
  if (p.contains("owners") && e.type == event_type::task_reassigned)
    out = "转给 " + people_names(ws.org, p["owners"].get<std::vector<std::string>>());
  if (p.contains("light"))
    out = light_badge(parse_light(p.value("light", "")).value_or(Light::none));
  if (p.contains("due") && e.type == event_type::extension_requested)
    out = "延至 " + short_time(parse_stored_time(p.value("due", "")));
  if (!e.reason.empty()) out += (out.empty() ? "" : "；") + esc(e.reason);
  return out;
}

std::string history_table(const Workspace& ws, const std::vector<EventRecord>& events) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(events.size());
  for (const auto& e : events) {
    rows.push_back({std::to_string(e.id), short_time(parse_stored_time(e.time)),
                    actor_name(ws.org, e.actor), esc(event_label(e.type)), event_detail(ws, e)});
  }
  return html::table("history", {"#", "时间", "人", "事件", "说明"}, rows);
}

std::string milestones_table(const Task& t, LocalDateTime now) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : t.milestones) {
    std::string state = "<span class=\"ms pending\">未到</span>";
    if (m.met_at)
      state = *m.met_at <= m.at ? "<span class=\"ms met\">✓ 按时完成</span>"
                                : "<span class=\"ms late\">✓ 逾期完成</span>";
    else if (m.at < now)
      state = "<span class=\"ms missed\">✗ 已错过</span>";
    rows.push_back({esc(m.name), short_time(m.at), short_time(m.met_at), state});
  }
  if (rows.empty()) return "<p class=\"empty\">没有节点。</p>";
  return html::table("milestones", {"节点", "应于", "完成于", ""}, rows);
}

std::string facts(const Workspace& ws, const TaskView& v) {
  const Task& t = v.task;
  std::string out = "<dl class=\"facts\">";
  auto fact = [&](const char* name, const std::string& value) {
    out += "<dt>" + std::string(name) + "</dt><dd>" + value + "</dd>";
  };
  fact("灯", light_badge(v.light.light));
  fact("状态", state_badge(t.state));
  fact("责任人", people_names(ws.org, t.owners));
  fact("科室", unit_name(ws.org, t.unit));
  fact("截止",
       short_time(t.due) + (t.due != t.original_due
                                ? " <small>（原 " + short_time(t.original_due) + "）</small>"
                                : ""));
  fact("流程", "<a href=\"/workflows/" + esc(url_encode(t.workflow)) + "\">" + esc(t.run) + "</a>");
  if (t.chases > 0) fact("催办", std::to_string(t.chases) + " 次");
  if (t.done_at) fact("办结于", short_time(t.done_at));
  if (t.extension && t.extension->state == Extension::State::requested)
    fact("延期申请", "待批准：延至 " + short_time(t.extension->due));
  return out + "</dl>";
}

std::string action_form(const Workspace& ws, const Caller& caller, const Task& t, TaskAction a) {
  const std::string name(action_name(a));
  std::string fields;
  switch (a) {
    case TaskAction::block:
    case TaskAction::return_:
    case TaskAction::cancel:
      fields = "<input name=\"reason\" required placeholder=\"原因（必填）\">";
      break;
    case TaskAction::extend:
      fields =
          "<input type=\"date\" name=\"until\" required><input name=\"reason\" required "
          "placeholder=\"延期原因（必填）\">";
      break;
    case TaskAction::note:
      fields = "<input name=\"text\" required placeholder=\"进展情况\">";
      break;
    case TaskAction::reassign: {
      fields = "<select name=\"to\" required>";
      for (const auto& p : ws.org.people())
        fields += "<option value=\"" + esc(p.id) + "\">" + esc(p.name) + "</option>";
      fields += "</select>";
      break;
    }
    default: fields = "<input name=\"reason\" placeholder=\"说明（可不填）\">";
  }
  return R"(<form method="post" class="action )" + name + R"(" action="/tasks/)" +
         esc(url_encode(t.id)) + "/" + name + "\">" + csrf_field(caller) + fields +
         R"(<button type="submit" data-action=")" + name + R"(">)" +
         std::string(action_label_zh(a)) + "</button></form>";
}

std::string actions(const Workspace& ws, const Caller& caller, const TaskView& v) {
  if (v.actions.empty()) return "<p class=\"empty\">你对这项任务没有可做的操作。</p>";
  std::string out = "<div class=\"actions\">";
  for (TaskAction a : v.actions) out += action_form(ws, caller, v.task, a);
  return out + "</div>";
}

}  // namespace

Response task_page(WebApp& app, const Caller& caller, const std::string& id,
                   const std::string& notice, int status) {
  const Workspace& ws = app.workspace();
  const TaskView v = view_task(app, caller, id);
  std::string body = "<h1>" + esc(v.task.title) + "</h1><p class=\"id\">" + esc(v.task.id) + "</p>";
  if (!notice.empty())
    body += "<p class=\"notice " + std::string(status < 400 ? "ok" : "refused") + "\">" +
            esc(notice) + "</p>";
  body += facts(ws, v);
  body += "<section id=\"actions\"><h2>我可以</h2>" + actions(ws, caller, v) + "</section>";
  body += "<section id=\"milestones\"><h2>节点</h2>" + milestones_table(v.task, app.now()) +
          "</section>";
  body += "<section id=\"history\"><h2>记录</h2>" + history_table(ws, v.history) + "</section>";
  return html_response(page_html(ws, caller, Nav::none, v.task.title, body), status);
}

Response task_action_form(WebApp& app, const Request& request, const Caller& caller) {
  const Params form = request.form();
  auto field = [&](const char* name) {
    auto it = form.find(name);
    return it == form.end() ? std::string() : it->second;
  };
  ActionRequest a;
  a.action = *parse_action(request.captures.at(1));
  a.task = request.captures.at(0);
  a.reason = field("reason");
  a.text = field("text");
  a.new_due = field("until");
  if (!field("to").empty()) a.owners = {field("to")};
  try {
    const ActionOutcome outcome = perform(app, caller, a);
    return redirect_to("/tasks/" + url_encode(outcome.task.id) +
                       "?did=" + std::string(action_name(a.action)));
  } catch (const RuleError& e) {
    // Shown on the task's page, so the person sees why and what they can do.
    const int status = status_for(e.kind());
    if (status == 404) throw;
    return task_page(app, caller, a.task,
                     std::string("未能") + std::string(action_label_zh(a.action)) + "：" + e.what(),
                     status);
  }
}

}  // namespace duban::web
