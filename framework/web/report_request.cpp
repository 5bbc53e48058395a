#include "web/report_request.hpp"

#include <charconv>

#include "diagnostics/suggest.hpp"
#include "engine/engine.hpp"
#include "web/app.hpp"

namespace duban::web {

namespace {

std::size_t limit_of(const std::optional<std::string>& text) {
  if (!text) return kDefaultListLimit;
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size())
    throw RuleError("limit '" + *text + "' is not a whole number (0 lists everything)");
  return value;
}

}  // namespace

ReportRequest report_request(const WebApp& app, const Request& request) {
  const Workspace& ws = app.workspace();
  ReportRequest q;
  q.now = app.now();
  q.period = status_period(request.param("day"), request.param("week"), q.now.date).value();
  q.filter.unit = request.param("unit").value_or("");
  q.filter.person = request.param("person").value_or("");
  q.filter.workflow = request.param("workflow").value_or("");
  q.filter.tag = request.param("tag").value_or("");
  q.limit = limit_of(request.param("limit"));
  if (!q.filter.person.empty() && !ws.org.person(q.filter.person))
    throw RuleError("unknown person '" + q.filter.person + "'" +
                    did_you_mean(q.filter.person, ws.org.person_ids()));
  if (!q.filter.unit.empty() && !ws.org.unit(q.filter.unit))
    throw RuleError("unknown unit '" + q.filter.unit + "'" +
                    did_you_mean(q.filter.unit, ws.org.unit_ids()));
  return q;
}

}  // namespace duban::web
