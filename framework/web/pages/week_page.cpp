// 本周: the week's status as a team lead reads it, drawn from the same
// report as `duban status --week`.

#include "engine/engine.hpp"
#include "views/status_json.hpp"
#include "web/app.hpp"
#include "web/pages/html.hpp"
#include "web/pages/layout.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/task_lists.hpp"
#include "web/report_request.hpp"

namespace duban::web {

namespace {

using html::esc;

std::string week_link(const Period& week, const std::string& unit, std::string_view text) {
  std::string href = "/week?week=" + week.key();
  if (!unit.empty()) href += "&unit=" + url_encode(unit);
  return "<a href=\"" + esc(href) + "\">" + std::string(text) + "</a>";
}

std::string unit_picker(const Messages& m, const Workspace& ws, const Period& week,
                        const std::string& current) {
  std::string out =
      "<form method=\"get\" action=\"/week\" class=\"filter\"><input type=\"hidden\" "
      "name=\"week\" value=\"" +
      week.key() + "\"><select name=\"unit\"><option value=\"\">" + m[Msg::all_units] + "</option>";
  for (const auto& u : ws.org.units()) {
    out += "<option value=\"" + esc(u.id) + "\"" + (u.id == current ? " selected" : "") + ">" +
           esc(u.name) + "</option>";
  }
  return out + "</select><button type=\"submit\">" + m[Msg::filter] + "</button></form>";
}

// Units and people in the organisation's order (the root unit first, then
// the others as org.toml lists them), as the organisation's own reports do.
std::string unit_rows(const Messages& m, const Workspace& ws, const StatusReport& r) {
  std::vector<std::vector<std::string>> rows{
      counts_cells("<strong>" + m[Msg::totals] + "</strong>", r.totals)};
  for (const auto& u : ws.org.units()) {
    auto it = r.by_unit.find(u.id);
    if (it != r.by_unit.end()) rows.push_back(counts_cells(esc(u.name), it->second));
  }
  return html::table("counts", counts_header(m, m[Msg::unit]), rows);
}

std::string people_rows(const Messages& m, const Workspace& ws, const StatusReport& r) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : ws.org.people()) {
    auto it = r.by_person.find(p.id);
    if (it == r.by_person.end()) continue;
    rows.push_back(counts_cells(esc(p.name) + " <small>" + unit_name(ws.org, p.unit) + "</small>",
                                it->second));
  }
  return html::table("counts people", counts_header(m, m[Msg::owners]), rows);
}

std::string run_name(const Workspace& ws, const std::string& run) {
  const auto slash = run.find('/');
  const WorkflowDefinition* wf = ws.workflow(run.substr(0, slash));
  const std::string period = slash == std::string::npos ? "" : run.substr(slash + 1);
  return "<a href=\"/workflows/" + esc(url_encode(run.substr(0, slash))) + "\">" +
         esc(wf ? wf->name : run.substr(0, slash)) + "</a> <small>" + esc(period) + "</small>";
}

// One row per run with tasks due this week, one cell per day: done of due.
std::string timeline(const Messages& m, const Workspace& ws, const StatusReport& r) {
  if (r.by_run_day.empty()) return "<p class=\"empty\">" + m[Msg::timeline_empty] + "</p>";
  std::vector<std::string> header{m[Msg::run]};
  std::vector<Date> days;
  for (Date d = r.period.start; d <= r.period.end; d += std::chrono::days{1}) {
    days.push_back(d);
    header.push_back(m[weekday_key(iso_weekday(d))] + "<br><small>" + format_date(d).substr(5) +
                     "</small>");
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& [run, by_day] : r.by_run_day) {
    std::vector<std::string> row{run_name(ws, run)};
    for (Date d : days) {
      auto it = by_day.find(format_date(d));
      if (it == by_day.end()) {
        row.emplace_back("");
        continue;
      }
      const StatusCounts& c = it->second;
      const char* css = c.done == c.due ? "all-done" : c.overdue > 0 ? "overdue" : "open";
      row.push_back("<span class=\"slot " + std::string(css) + "\" title=\"" +
                    m(Msg::timeline_slot, {std::to_string(c.done), std::to_string(c.due)}) + "\">" +
                    std::to_string(c.done) + "/" + std::to_string(c.due) + "</span>");
    }
    rows.push_back(std::move(row));
  }
  return html::table("timeline", header, rows);
}

// A titled list of tasks, its first rows and how many more there are.
std::string list_section(const Messages& m, const Workspace& ws, const char* id, Msg title,
                         const std::vector<StatusItem>& items, Msg empty) {
  const auto shown = first(items, kDefaultListLimit);
  return "<section id=\"" + std::string(id) + "\"><h2>" + m[title] + " <small>" +
         m(Msg::item_count, {std::to_string(items.size())}) + "</small></h2>" +
         task_table(m, ws, shown, m[empty]) + more_line(m, shown.size(), items.size()) +
         "</section>";
}

std::string week_body(const Messages& m, const Workspace& ws, const StatusReport& r,
                      const std::string& unit) {
  const Period prev = period_containing(r.period.start - std::chrono::days{1}, PeriodKind::week);
  std::string out = "<h1>" + std::string(unit.empty() ? "" : unit_name(ws.org, unit) + " · ") +
                    m[Msg::week_heading] + " <small>" +
                    m(Msg::week_span, {r.period.key(), format_date(r.period.start).substr(5),
                                       format_date(r.period.end).substr(5), short_time(r.now)}) +
                    "</small></h1>";
  out += "<p class=\"pager\">" + week_link(prev, unit, m[Msg::previous_week]) + " · " +
         week_link(next_period(r.period), unit, m[Msg::next_week]) + "</p>";
  out += unit_picker(m, ws, r.period, unit);
  out += "<section id=\"totals\">" + totals_strip(m, r.totals) + "</section>";
  out +=
      "<section id=\"units\"><h2>" + m[Msg::by_unit] + "</h2>" + unit_rows(m, ws, r) + "</section>";
  out += list_section(m, ws, "red", Msg::light_red, r.red, Msg::no_red);
  out += list_section(m, ws, "yellow", Msg::light_yellow, r.yellow, Msg::no_yellow);
  out += "<section id=\"timeline\"><h2>" + m[Msg::week_runs] + "</h2>" + timeline(m, ws, r) +
         "</section>";
  out += "<section id=\"people\"><h2>" + m[Msg::by_person] + "</h2>" + people_rows(m, ws, r) +
         "</section>";
  out += list_section(m, ws, "due-next", Msg::week_due_next, r.due_next, Msg::week_due_next_empty);
  out += list_section(m, ws, "done", Msg::week_done, r.done, Msg::week_done_empty);
  return out;
}

}  // namespace

Response week_page(WebApp& app, const Request& request, const Caller& caller) {
  Request query = request;
  if (!query.param("week")) query.query.emplace("week", "");
  const ReportRequest q = report_request(app, query);
  auto store = app.store();
  const std::int64_t version = store->last_event_id();
  // The body is the same for everyone (the frame holds what is personal):
  // built once per state of the store and minute, like the JSON.
  const Messages& m = app.messages();
  auto body = app.rendered("week.html" + status_key(q.period, q.filter, q.now), version, [&] {
    return week_body(m, app.workspace(), *app.status(*store, version, q.period, q.filter, q.now),
                     q.filter.unit);
  });
  return html_response(page_html(m, app.workspace(), caller, Nav::week,
                                 m(Msg::week_title, {q.period.key()}), *body));
}

}  // namespace duban::web
