// 专项栏目: what the plugins add to the report, for a week or a day.

#include "web/app.hpp"
#include "web/pages/html.hpp"
#include "web/pages/layout.hpp"
#include "web/pages/pages.hpp"
#include "web/report_request.hpp"

namespace duban::web {

namespace {

using html::esc;

std::string section_html(const Messages& m, const PluginSection& s) {
  std::string out = "<section class=\"plugin\"><h2>" + esc(s.section.title) + " <small>" +
                    esc(s.plugin) + "</small></h2>";
  if (!s.error.empty())
    return out + "<p class=\"notice refused\">" + m(Msg::section_plugin_failed, {esc(s.error)}) +
           "</p></section>";
  if (!s.section.lines.empty()) {
    out += "<ul>";
    for (const auto& line : s.section.lines) out += "<li>" + esc(line) + "</li>";
    out += "</ul>";
  }
  for (const auto& t : s.section.tables) {
    if (!t.title.empty()) out += "<h3>" + esc(t.title) + "</h3>";
    std::vector<std::string> header;
    header.reserve(t.columns.size());
    for (const auto& c : t.columns) header.push_back(esc(c));
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : t.rows) {
      std::vector<std::string> cells;
      for (const auto& cell : row) cells.push_back(esc(cell));
      rows.push_back(std::move(cells));
    }
    out += rows.empty() ? "<p class=\"empty\">" + m[Msg::nothing] + "</p>"
                        : html::table("section", header, rows);
  }
  return out + "</section>";
}

}  // namespace

Response sections_page(WebApp& app, const Request& request, const Caller& caller) {
  Request query = request;
  if (!query.param("week") && !query.param("day")) query.query.emplace("week", "");
  const ReportRequest q = report_request(app, query);
  auto store = app.store();
  const auto sections = app.sections(*store, q.period, q.filter, q.now);
  const Messages& m = app.messages();
  const std::string title(m[Msg::nav_sections]);
  std::string body = "<h1>" + title + " <small>" + q.period.key() + "</small></h1>";
  if (sections.empty()) body += "<p class=\"empty\">" + m[Msg::no_section_plugins] + "</p>";
  for (const auto& s : sections) body += section_html(m, s);
  return html_response(page_html(m, app.workspace(), caller, Nav::sections, title, body));
}

}  // namespace duban::web
