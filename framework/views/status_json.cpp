#include "views/status_json.hpp"

#include <cmath>

#include "views/task_json.hpp"

namespace duban {

namespace {

using nlohmann::json;

double rounded(double rate) {
  return std::round(rate * 10000) / 10000;
}

// run → day → the due counts of that day.
json timeline_json(const StatusReport& r) {
  json out = json::object();
  for (const auto& [run, days] : r.by_run_day) {
    json by_day = json::object();
    for (const auto& [day, c] : days) {
      by_day[day] = {{"due", c.due},
                     {"done", c.done},
                     {"done_on_time", c.done_on_time},
                     {"overdue", c.overdue}};
    }
    out[run] = by_day;
  }
  return out;
}

}  // namespace

std::span<const StatusItem> first(const std::vector<StatusItem>& items, std::size_t limit) {
  return {items.data(), limit == 0 ? items.size() : std::min(limit, items.size())};
}

json counts_json(const StatusCounts& c) {
  return {{"due", c.due},
          {"done", c.done},
          {"done_on_time", c.done_on_time},
          {"overdue", c.overdue},
          {"red", c.red},
          {"yellow", c.yellow},
          {"green", c.green},
          {"closure_rate", rounded(c.closure_rate())},
          {"on_time_rate", rounded(c.on_time_rate())}};
}

json items_json(std::span<const StatusItem> items, const Definitions& defs) {
  json out = json::array();
  for (const auto& item : items) {
    json t = task_json(item.task, defs);
    if (item.light.light != Light::none) {
      t["light"] = light_name(item.light.light);
      t["milestone"] = item.light.milestone;
      t["milestone_at"] = iso_time(item.light.milestone_at, defs);
      t["days_late"] = item.light.days_late;
    }
    out.push_back(t);
  }
  return out;
}

json report_json(const StatusReport& r, const Definitions& defs, std::size_t limit) {
  json units = json::object();
  for (const auto& [id, c] : r.by_unit) units[id] = counts_json(c);
  json people = json::object();
  for (const auto& [id, c] : r.by_person) people[id] = counts_json(c);
  return {{"period", r.period.key()},
          {"kind", period_kind_name(r.period.kind)},
          {"start", format_date(r.period.start)},
          {"end", format_date(r.period.end)},
          {"now", iso_time(r.now, defs)},
          {"totals", counts_json(r.totals)},
          {"units", units},
          {"people", people},
          {"red", items_json(first(r.red, limit), defs)},
          {"yellow", items_json(first(r.yellow, limit), defs)},
          {"done", items_json(first(r.done, limit), defs)},
          {"due_next", items_json(first(r.due_next, limit), defs)},
          {"timeline", timeline_json(r)}};
}

json sections_json(const std::vector<PluginSection>& sections) {
  json out = json::array();
  for (const auto& s : sections) {
    json tables = json::array();
    for (const auto& t : s.section.tables) {
      tables.push_back({{"title", t.title}, {"columns", t.columns}, {"rows", t.rows}});
    }
    out.push_back({{"plugin", s.plugin},
                   {"id", s.id},
                   {"title", s.section.title},
                   {"lines", s.section.lines},
                   {"tables", tables},
                   {"data", s.section.data},
                   {"error", s.error}});
  }
  return out;
}

}  // namespace duban
