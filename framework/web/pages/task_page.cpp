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

std::optional<Msg> event_label(std::string_view type) {
  static const std::map<std::string_view, Msg, std::less<>> labels{
      {event_type::task_created, Msg::event_task_created},
      {event_type::task_ready, Msg::event_task_ready},
      {event_type::task_acknowledged, Msg::event_task_acknowledged},
      {event_type::task_started, Msg::event_task_started},
      {event_type::task_done, Msg::event_task_done},
      {event_type::task_blocked, Msg::event_task_blocked},
      {event_type::task_returned, Msg::event_task_returned},
      {event_type::task_cancelled, Msg::event_task_cancelled},
      {event_type::task_reassigned, Msg::event_task_reassigned},
      {event_type::task_noted, Msg::event_task_noted},
      {event_type::task_chased, Msg::event_task_chased},
      {event_type::extension_requested, Msg::event_extension_requested},
      {event_type::extension_approved, Msg::event_extension_approved},
      {event_type::light_changed, Msg::event_light_changed},
      {event_type::task_escalated, Msg::event_task_escalated},
      {event_type::task_overdue, Msg::event_task_overdue},
      {event_type::task_failed, Msg::event_task_failed},
      {event_type::task_completed_automatically, Msg::event_task_completed_automatically}};
  auto it = labels.find(type);
  if (it == labels.end()) return std::nullopt;
  return it->second;
}

// An event type in the catalogue's words; a type without one (a plugin's) as it is.
std::string event_text(const Messages& m, const std::string& type) {
  const auto label = event_label(type);
  return label ? m[*label] : type;
}

std::string actor_name(const Messages& m, const Organisation& org, const std::string& actor) {
  return actor == "system" ? m[Msg::actor_system] : people_names(m, org, {actor});
}

// What an event says besides its type: the note, the new owners, the light.
std::string event_detail(const Messages& m, const Workspace& ws, const EventRecord& e) {
  const json p = parse_or(e.payload, json::object());
  std::string out;
  if (p.contains("text")) out = esc(p.value("text", ""));
  if (p.contains("owners") && e.type == event_type::task_reassigned)
    out = m(Msg::reassigned_to,
            {people_names(m, ws.org, p["owners"].get<std::vector<std::string>>())});
  if (p.contains("light"))
    out = light_badge(m, parse_light(p.value("light", "")).value_or(Light::none));
  if (p.contains("due") && e.type == event_type::extension_requested)
    out = m(Msg::extension_until, {short_time(parse_stored_time(p.value("due", "")))});
  if (!e.reason.empty()) out += (out.empty() ? "" : m[Msg::detail_separator]) + esc(e.reason);
  return out;
}

std::string history_table(const Messages& m, const Workspace& ws,
                          const std::vector<EventRecord>& events) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(events.size());
  for (const auto& e : events) {
    rows.push_back({std::to_string(e.id), short_time(parse_stored_time(e.time)),
                    actor_name(m, ws.org, e.actor), esc(event_text(m, e.type)),
                    event_detail(m, ws, e)});
  }
  return html::table("history", headings(m, {"#", Msg::time, Msg::who, Msg::event, Msg::note}),
                     rows);
}

std::string milestones_table(const Messages& w, const Task& t, LocalDateTime now) {
  auto mark = [&w](const char* css, Msg word) {
    return std::string("<span class=\"ms ") + css + "\">" + w[word] + "</span>";
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : t.milestones) {
    std::string state = mark("pending", Msg::milestone_not_yet);
    if (m.met_at)
      state = *m.met_at <= m.at ? mark("met", Msg::milestone_met_on_time)
                                : mark("late", Msg::milestone_met_late);
    else if (m.at < now)
      state = mark("missed", Msg::milestone_missed);
    rows.push_back({esc(m.name), short_time(m.at), short_time(m.met_at), state});
  }
  if (rows.empty()) return "<p class=\"empty\">" + w[Msg::no_milestones] + "</p>";
  return html::table("milestones", headings(w, {Msg::milestone, Msg::due_at, Msg::met_at, ""}),
                     rows);
}

std::string facts(const Messages& m, const Workspace& ws, const TaskView& v) {
  const Task& t = v.task;
  std::string out = "<dl class=\"facts\">";
  auto fact = [&](Msg name, const std::string& value) {
    out += "<dt>" + m[name] + "</dt><dd>" + value + "</dd>";
  };
  fact(Msg::light, light_badge(m, v.light.light));
  fact(Msg::status, state_badge(m, t.state));
  fact(Msg::owners, people_names(m, ws.org, t.owners));
  fact(Msg::unit, unit_name(ws.org, t.unit));
  fact(Msg::due,
       short_time(t.due) +
           (t.due != t.original_due
                ? " <small>" + m(Msg::page_original_due, {short_time(t.original_due)}) + "</small>"
                : ""));
  fact(Msg::workflow,
       "<a href=\"/workflows/" + esc(url_encode(t.workflow)) + "\">" + esc(t.run) + "</a>");
  if (t.chases > 0) fact(Msg::chases, m(Msg::chase_count, {std::to_string(t.chases)}));
  if (t.done_at) fact(Msg::closed_at, short_time(t.done_at));
  if (t.extension && t.extension->state == Extension::State::requested)
    fact(Msg::extension_request, m(Msg::extension_awaiting, {short_time(t.extension->due)}));
  return out + "</dl>";
}

// A text input with the catalogue's placeholder.
std::string input(const Messages& m, const char* name, bool required, Msg placeholder) {
  return std::string("<input name=\"") + name + "\"" + (required ? " required" : "") +
         " placeholder=\"" + m[placeholder] + "\">";
}

std::string action_form(const Messages& m, const Workspace& ws, const Caller& caller,
                        const Task& t, TaskAction a) {
  const std::string name(action_name(a));
  std::string fields;
  switch (a) {
    case TaskAction::block:
    case TaskAction::return_:
    case TaskAction::cancel:
      fields = input(m, "reason", true, Msg::placeholder_reason_required);
      break;
    case TaskAction::extend:
      fields = "<input type=\"date\" name=\"until\" required>" +
               input(m, "reason", true, Msg::placeholder_extension_reason);
      break;
    case TaskAction::note: fields = input(m, "text", true, Msg::placeholder_progress); break;
    case TaskAction::reassign: {
      fields = "<select name=\"to\" required>";
      for (const auto& p : ws.org.people())
        fields += "<option value=\"" + esc(p.id) + "\">" + esc(p.name) + "</option>";
      fields += "</select>";
      break;
    }
    default: fields = input(m, "reason", false, Msg::placeholder_note_optional);
  }
  return R"(<form method="post" class="action )" + name + R"(" action="/tasks/)" +
         esc(url_encode(t.id)) + "/" + name + "\">" + csrf_field(caller) + fields +
         R"(<button type="submit" data-action=")" + name + R"(">)" + m[action_label(a)] +
         "</button></form>";
}

std::string actions(const Messages& m, const Workspace& ws, const Caller& caller,
                    const TaskView& v) {
  if (v.actions.empty()) return "<p class=\"empty\">" + m[Msg::no_actions] + "</p>";
  std::string out = "<div class=\"actions\">";
  for (TaskAction a : v.actions) out += action_form(m, ws, caller, v.task, a);
  return out + "</div>";
}

}  // namespace

Response task_page(WebApp& app, const Caller& caller, const std::string& id,
                   const std::string& notice, int status) {
  const Workspace& ws = app.workspace();
  const Messages& m = app.messages();
  const TaskView v = view_task(app, caller, id);
  std::string body = "<h1>" + esc(v.task.title) + "</h1><p class=\"id\">" + esc(v.task.id) + "</p>";
  if (!notice.empty())
    body += "<p class=\"notice " + std::string(status < 400 ? "ok" : "refused") + "\">" +
            esc(notice) + "</p>";
  body += facts(m, ws, v);
  body += "<section id=\"actions\"><h2>" + m[Msg::heading_actions] + "</h2>" +
          actions(m, ws, caller, v) + "</section>";
  body += "<section id=\"milestones\"><h2>" + m[Msg::heading_milestones] + "</h2>" +
          milestones_table(m, v.task, app.now()) + "</section>";
  body += "<section id=\"history\"><h2>" + m[Msg::heading_history] + "</h2>" +
          history_table(m, ws, v.history) + "</section>";
  return html_response(page_html(m, ws, caller, Nav::none, v.task.title, body), status);
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
    const Messages& m = app.messages();
    return task_page(app, caller, a.task,
                     m(Msg::action_refused, {m[action_label(a.action)], e.what()}), status);
  }
}

}  // namespace duban::web
