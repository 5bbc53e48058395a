#include "workflow/deadline_policy.hpp"

#include <set>

#include "diagnostics/suggest.hpp"
#include "toml/toml_reader.hpp"

namespace duban {

std::optional<Offset> parse_offset(std::string_view text) {
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) i = 1;
  int amount = 0;
  const std::size_t digits_start = i;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    amount = amount * 10 + (text[i] - '0');
    if (amount > 100000) return std::nullopt;
  }
  if (i == digits_start) return std::nullopt;
  const std::string_view unit = text.substr(i);
  Offset offset{negative ? -amount : amount, Offset::Unit::policy_day};
  if (unit == "d")
    offset.unit = Offset::Unit::policy_day;
  else if (unit == "wd")
    offset.unit = Offset::Unit::workday;
  else if (unit == "cd")
    offset.unit = Offset::Unit::day;
  else if (unit == "w")
    offset.unit = Offset::Unit::week;
  else if (unit == "M")
    offset.unit = Offset::Unit::month;
  else
    return std::nullopt;
  return offset;
}

Date apply_offset(const WorkingCalendar& calendar, Date from, Offset offset, bool workday_days) {
  using namespace std::chrono;
  switch (offset.unit) {
    case Offset::Unit::policy_day:
      if (workday_days) return calendar.add_workdays(calendar.next_workday(from), offset.amount);
      return calendar.next_workday(from + days{offset.amount});
    case Offset::Unit::workday:
      return calendar.add_workdays(calendar.next_workday(from), offset.amount);
    case Offset::Unit::day: return calendar.next_workday(from + days{offset.amount});
    case Offset::Unit::week: return calendar.next_workday(from + days{7 * offset.amount});
    case Offset::Unit::month: {
      year_month_day ymd{from};
      auto target = year_month{ymd.year(), ymd.month()} + months{offset.amount};
      auto last_day = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
      const day d = ymd.day() > last_day ? last_day : ymd.day();
      return calendar.next_workday(sys_days{target.year() / target.month() / d});
    }
  }
  return from;
}

std::vector<const Milestone*> DeadlinePolicy::milestones_for(std::string_view task_class) const {
  std::vector<const Milestone*> out;
  for (const auto& m : milestones) {
    if (m.task_class.empty() || m.task_class == task_class) out.push_back(&m);
  }
  return out;
}

std::vector<std::string> DeadlinePolicy::classes() const {
  std::set<std::string> names;
  for (const auto& m : milestones) {
    if (!m.task_class.empty()) names.insert(m.task_class);
  }
  return {names.begin(), names.end()};
}

std::string_view escalation_step_forms() {
  return "owner, reports_to, unit.chief, unit.leader, root.chief, role:ID or person:ID";
}

bool is_escalation_step(std::string_view step) {
  static const std::set<std::string, std::less<>> fixed{"owner", "reports_to", "unit.chief",
                                                        "unit.leader", "root.chief"};
  if (fixed.contains(step)) return true;
  return (step.starts_with("role:") && step.size() > 5) ||
         (step.starts_with("person:") && step.size() > 7);
}

namespace {

std::optional<Offset> read_offset(TableReader& r, std::string_view key, Need need) {
  auto text = r.string(key, need);
  if (!text) return std::nullopt;
  auto offset = parse_offset(*text);
  if (!offset) {
    r.error(key, "'" + std::string(key) + "' in " + r.what() + ": '" + *text +
                     "' is not an offset (use e.g. 3d, 3wd, 3cd, 2w or 1M)");
  }
  return offset;
}

Milestone read_milestone(const toml::table& t, const std::string& path, Diagnostics& diagnostics,
                         const std::string& policy) {
  TableReader r(t, path, diagnostics, "a milestone of policy '" + policy + "'");
  Milestone m;
  m.where = r.position();
  m.action = r.string("action", Need::required).value_or("");
  m.name = r.string("name").value_or(m.action);
  m.at = read_offset(r, "at", Need::required).value_or(Offset{});
  m.task_class = r.string("class").value_or("");
  m.then = r.string("then").value_or("");
  r.finish();
  return m;
}

void read_lights(TableReader& policy, DeadlinePolicy& out) {
  const toml::table* lights = policy.subtable("lights");
  if (!lights) return;
  TableReader r(*lights, policy.path(), policy.diagnostics(), "lights of " + policy.what());
  if (auto yellow = read_offset(r, "yellow_before", Need::optional)) out.yellow_before = *yellow;
  r.finish();
}

void read_escalation(TableReader& r, DeadlinePolicy& out) {
  out.escalate = r.strings("escalate");
  out.escalate_where = r.position("escalate");
  for (const auto& step : out.escalate) {
    if (!is_escalation_step(step)) {
      r.error("escalate", "unknown escalation step '" + step + "' in " + r.what() + " (use " +
                              std::string(escalation_step_forms()) + ")" +
                              did_you_mean(step, {"owner", "reports_to", "unit.chief",
                                                  "unit.leader", "root.chief"}));
    }
  }
}

DeadlinePolicy read_policy(const std::string& id, const toml::table& t, const std::string& path,
                           Diagnostics& diagnostics) {
  TableReader r(t, path, diagnostics, "policy '" + id + "'");
  DeadlinePolicy p;
  p.id = id;
  p.where = r.position();
  p.name = r.string("name").value_or(id);
  if (auto unit = r.string("day_unit")) {
    if (*unit == "day")
      p.workday_days = false;
    else if (*unit != "workday")
      r.error("day_unit", "day_unit of policy '" + id + R"(' must be "workday" or "day", not ")" +
                              *unit + "\"");
  }
  for (const toml::table* m : r.tables("milestones", Need::required)) {
    p.milestones.push_back(read_milestone(*m, path, diagnostics, id));
  }
  if (r.has("milestones") && p.milestones.empty()) {
    r.error("milestones", "policy '" + id + "' has no milestones");
  }
  read_lights(r, p);
  read_escalation(r, p);
  r.finish();
  return p;
}

}  // namespace

void read_policies(const toml::table& policies, const std::string& path, Diagnostics& diagnostics,
                   PolicySet& out) {
  for (const auto& [key, node] : policies) {
    const std::string id{key.str()};
    if (const toml::table* t = node.as_table()) {
      out[id] = read_policy(id, *t, path, diagnostics);
    } else {
      diagnostics.error(position_of(node, path), "policy '" + id + "' must be a table, not " +
                                                     std::string(describe_type(node)));
    }
  }
}

PolicySet load_policy_file(const std::string& path, Diagnostics& diagnostics) {
  PolicySet out;
  auto table = parse_toml_file(path, diagnostics);
  if (!table) return out;
  TableReader root(*table, path, diagnostics, "policy file");
  if (const toml::table* policies = root.subtable("policy", Need::required)) {
    read_policies(*policies, path, diagnostics, out);
  }
  root.finish();
  return out;
}

}  // namespace duban
