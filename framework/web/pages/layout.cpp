#include "web/pages/layout.hpp"

#include <cmath>

#include "model/task_state.hpp"
#include "web/pages/html.hpp"

namespace duban::web {

using html::esc;

namespace {

std::string nav_link(Nav current, Nav mine, const char* href, std::string_view text) {
  return std::string("<a href=\"") + href + "\"" + (current == mine ? " class=\"current\"" : "") +
         ">" + std::string(text) + "</a>";
}

Msg status_title(int status) {
  switch (status) {
    case 400: return Msg::error_bad_request;
    case 401: return Msg::error_log_in_first;
    case 403: return Msg::error_forbidden;
    case 404: return Msg::error_not_found;
    case 405: return Msg::error_method;
    case 409: return Msg::error_conflict;
    case 413: return Msg::error_too_large;
    case 422: return Msg::error_invalid;
    case 429: return Msg::error_too_many;
    default: return Msg::error_server;
  }
}

}  // namespace

std::string page_head(const Messages& m, const std::string& title) {
  return "<!DOCTYPE html><html lang=\"" + std::string(language_tag(m.language())) +
         "\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>" +
         esc(title) + " · " + m[Msg::app_name] +
         "</title><link rel=\"stylesheet\" href=\"/static/style.css\">"
         "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"></head>";
}

std::string page_html(const Messages& m, const Workspace& ws, const Caller& caller, Nav nav,
                      const std::string& title, const std::string& body) {
  const Person* me = ws.org.person(caller.person);
  std::string out = page_head(m, title) + "<body>";
  out += "<header class=\"top\"><span class=\"brand\">" + m[Msg::app_name] + " · " +
         esc(ws.config.name) + "</span><nav>";
  out += nav_link(nav, Nav::today, "/today", m[Msg::nav_today]);
  out += nav_link(nav, Nav::week, "/week", m[Msg::nav_week]);
  out += nav_link(nav, Nav::workflows, "/workflows", m[Msg::nav_workflows]);
  out += nav_link(nav, Nav::sections, "/sections", m[Msg::nav_sections]);
  out += R"(</nav><span class="who" data-person=")" + esc(caller.person) + R"(">)" +
         esc(me ? me->name : caller.person) + (caller.admin ? m[Msg::administrator_suffix] : "") +
         R"(</span><form method="post" action="/logout" class="logout">)" + csrf_field(caller) +
         "<button type=\"submit\">" + m[Msg::log_out] + "</button></form></header>";
  out += "<main>" + body + "</main></body></html>";
  return out;
}

Response error_page(const Messages& m, int status, const std::string& message) {
  const std::string title(m[status_title(status)]);
  std::string out = page_head(m, title) + "<body>";
  out += "<main class=\"error\"><h1>" + title + "</h1><p class=\"detail\">" + esc(message) +
         "</p><p><a href=\"/today\">" + m[Msg::back_to_today] + "</a></p></main></body></html>";
  return html_response(std::move(out), status);
}

std::string light_badge(const Messages& m, Light light) {
  auto badge = [&](const char* name, Msg word) {
    return std::string("<span class=\"light ") + name + "\" data-light=\"" + name + "\">" +
           m[word] + "</span>";
  };
  switch (light) {
    case Light::red: return badge("red", Msg::light_red);
    case Light::yellow: return badge("yellow", Msg::light_yellow);
    case Light::green: return badge("green", Msg::light_green);
    case Light::none: break;
  }
  return "<span class=\"light none\" data-light=\"none\">—</span>";
}

std::string state_badge(const Messages& m, TaskState state) {
  const std::string name(state_name(state));
  return "<span class=\"state " + name + "\" data-state=\"" + name + "\">" +
         m[state_label(state)] + "</span>";
}

std::string task_link(const Task& task) {
  return "<a href=\"/tasks/" + esc(url_encode(task.id)) + "\">" + esc(task.title) + "</a>";
}

std::string people_names(const Messages& m, const Organisation& org,
                         const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const Person* p = org.person(id);
    out += (out.empty() ? "" : m[Msg::list_separator]) + (p ? p->name : id);
  }
  return esc(out);
}

std::string unit_name(const Organisation& org, const std::string& id) {
  const Unit* u = org.unit(id);
  return esc(u ? u->name : id);
}

std::string short_time(const std::optional<LocalDateTime>& when) {
  return when ? format_month_day_time(*when) : std::string();
}

std::string percent(double rate) {
  return std::to_string(static_cast<int>(std::lround(rate * 100))) + "%";
}

std::string csrf_field(const Caller& caller) {
  return R"(<input type="hidden" name="_csrf" value=")" + esc(caller.csrf) + R"(">)";
}

std::vector<std::string> counts_header(const Messages& m, const std::string& first) {
  return headings(m, {Heading(first), Msg::count_due, Msg::count_done, Msg::count_on_time,
                      Msg::count_overdue, Msg::light_red, Msg::light_yellow, Msg::light_green,
                      Msg::closure_rate, Msg::on_time_rate});
}

std::vector<std::string> counts_cells(const std::string& name, const StatusCounts& c) {
  const int bar = static_cast<int>(std::lround(c.closure_rate() * 10)) * 10;
  return {name,
          std::to_string(c.due),
          std::to_string(c.done),
          std::to_string(c.done_on_time),
          c.overdue > 0 ? "<span class=\"late\">" + std::to_string(c.overdue) + "</span>" : "0",
          c.red > 0 ? "<span class=\"n red\">" + std::to_string(c.red) + "</span>" : "0",
          c.yellow > 0 ? "<span class=\"n yellow\">" + std::to_string(c.yellow) + "</span>" : "0",
          std::to_string(c.green),
          R"(<span class="rate"><span class="bar w)" + std::to_string(bar) + R"("></span>)" +
              percent(c.closure_rate()) + "</span>",
          percent(c.on_time_rate())};
}

std::string totals_strip(const Messages& m, const StatusCounts& c) {
  auto figure = [&m](const char* key, Msg label, const std::string& value, const char* css) {
    return std::string(R"(<div class="figure )") + css + R"("><span class="value" data-count=")" +
           key + "\">" + value + "</span><span class=\"label\">" + m[label] + "</span></div>";
  };
  return "<div class=\"totals\">" + figure("due", Msg::count_due, std::to_string(c.due), "") +
         figure("done", Msg::count_done, std::to_string(c.done), "") +
         figure("done_on_time", Msg::count_done_on_time, std::to_string(c.done_on_time), "") +
         figure("overdue", Msg::count_overdue, std::to_string(c.overdue), c.overdue ? "late" : "") +
         figure("closure_rate", Msg::closure_rate, percent(c.closure_rate()), "") +
         figure("on_time_rate", Msg::on_time_rate, percent(c.on_time_rate()), "") +
         figure("red", Msg::light_red, std::to_string(c.red), "red") +
         figure("yellow", Msg::light_yellow, std::to_string(c.yellow), "yellow") +
         figure("green", Msg::light_green, std::to_string(c.green), "green") + "</div>";
}

}  // namespace duban::web
