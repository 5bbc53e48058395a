#include "views/task_filter.hpp"

#include "model/task_state.hpp"

namespace duban {

namespace {

std::optional<LocalDateTime> bound(const std::string& text, UtcOffset zone) {
  if (text.empty()) return std::nullopt;
  return parse_iso8601(text, zone);
}

std::string date_problem(const std::string& name, const std::string& text) {
  if (text.empty() || parse_iso8601(text, UtcOffset{})) return "";
  return name + " '" + text + "' is not a date or time (YYYY-MM-DD[THH:MM])";
}

}  // namespace

std::string filter_problem(const TaskListFilter& filter) {
  for (const auto& s : filter.states) {
    if (!parse_state(s))
      return "state '" + s +
             "' is none of pending, ready, acknowledged, in_progress, done, blocked, returned, "
             "cancelled, failed";
  }
  if (!filter.light.empty() && !parse_light(filter.light))
    return "light '" + filter.light + "' is none of green, yellow, red";
  if (auto problem = date_problem("due_from", filter.due_from); !problem.empty()) return problem;
  return date_problem("due_to", filter.due_to);
}

TaskQuery to_query(const TaskListFilter& f, UtcOffset zone) {
  TaskQuery q;
  q.owner = f.owner;
  q.unit = f.unit;
  q.workflow = f.workflow;
  q.run = f.run;
  if (!f.light.empty()) q.light = parse_light(f.light);
  for (const auto& s : f.states) {
    if (auto state = parse_state(s)) q.states.push_back(*state);
  }
  q.due_from = bound(f.due_from, zone);
  q.due_to = bound(f.due_to, zone);
  q.open_only = !f.all && f.states.empty();
  return q;
}

}  // namespace duban
