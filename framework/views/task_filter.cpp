#include "views/task_filter.hpp"

#include "engine/task_state.hpp"

namespace duban {

std::string filter_problem(const TaskListFilter& filter) {
  for (const auto& s : filter.states) {
    if (!parse_state(s))
      return "state '" + s +
             "' is none of pending, ready, acknowledged, in_progress, done, blocked, returned, "
             "cancelled, failed";
  }
  return "";
}

TaskQuery to_query(const TaskListFilter& f) {
  TaskQuery q;
  q.owner = f.owner;
  q.unit = f.unit;
  q.workflow = f.workflow;
  q.run = f.run;
  q.light = f.light;
  q.states = f.states;
  q.due_from = f.due_from;
  q.due_to = f.due_to;
  q.open_only = !f.all && f.states.empty();
  return q;
}

}  // namespace duban
