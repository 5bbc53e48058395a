#pragma once
/// @file
/// The runs and tasks a FakeContext keeps, with the core's filter and order.
/// It stores what it is given: the rules for creating and closing tasks are
/// FakeContext's (see task_rules.hpp).

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "duban/tasks.hpp"

namespace duban::testing {

/// Whether a task in `state` still counts as open (not done, not cancelled).
inline bool is_open_state(const std::string& state) {
  return state != "done" && state != "cancelled";
}

/// Runs by id and tasks by id.
class TaskTable {
 public:
  /// The run, if it exists.
  [[nodiscard]] std::optional<sdk::RunView> run(const std::string& id) const {
    auto it = runs_.find(id);
    if (it == runs_.end()) return std::nullopt;
    return it->second;
  }
  /// Every run, ordered by id.
  [[nodiscard]] std::vector<sdk::RunView> runs() const {
    std::vector<sdk::RunView> out;
    for (const auto& [id, run] : runs_) out.push_back(run);
    return out;
  }
  /// Adds the run (workflow, period) "WORKFLOW/PERIOD" titled `title`, or
  /// returns the existing one unchanged. The bool says whether it was added.
  std::pair<sdk::RunView, bool> open_run(const std::string& workflow, const std::string& period,
                                         const std::string& title) {
    const std::string id = workflow + "/" + period;
    auto [it, added] = runs_.try_emplace(id, sdk::RunView{id, workflow, period, title});
    return {it->second, added};
  }

  /// The task, if it exists.
  [[nodiscard]] std::optional<sdk::TaskView> task(const std::string& id) const {
    auto it = tasks_.find(id);
    if (it == tasks_.end()) return std::nullopt;
    return it->second;
  }
  /// Stores `task` under its id, replacing any task with that id.
  void put(const sdk::TaskView& task) { tasks_[task.id] = task; }

  /// The tasks matching `filter`, ordered by due time, then id (as the
  /// core's store). Due times compare as text, which is time order for
  /// "YYYY-MM-DD[THH:MM]"; due_to is exclusive.
  [[nodiscard]] std::vector<sdk::TaskView> tasks(const sdk::TaskFilter& filter) const {
    std::vector<sdk::TaskView> out;
    for (const auto& [id, task] : tasks_) {
      if (matches(task, filter)) out.push_back(task);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const sdk::TaskView& a, const sdk::TaskView& b) { return a.due < b.due; });
    return out;
  }

  /// The pending tasks of `done`'s run that wait for it and for nothing
  /// else still open, ordered like tasks(): the ones closing `done` releases.
  [[nodiscard]] std::vector<sdk::TaskView> released_by(const sdk::TaskView& done) const {
    sdk::TaskFilter same_run;
    same_run.run = done.run;
    std::vector<sdk::TaskView> out;
    for (const auto& task : tasks(same_run)) {
      if (task.state == "pending" && waits_for(task, done.id) && all_closed(task.depends_on)) {
        out.push_back(task);
      }
    }
    return out;
  }

 private:
  static bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  }
  static bool matches(const sdk::TaskView& task, const sdk::TaskFilter& f) {
    return (f.run.empty() || task.run == f.run) &&
           (f.workflow.empty() || task.workflow == f.workflow) &&
           (f.owner.empty() || contains(task.owners, f.owner)) &&
           (f.unit.empty() || task.unit == f.unit) &&
           (f.tag.empty() || contains(task.tags, f.tag)) &&
           (f.due_from.empty() || task.due >= f.due_from) &&
           (f.due_to.empty() || task.due < f.due_to) && (!f.open_only || is_open_state(task.state));
  }
  static bool waits_for(const sdk::TaskView& task, const std::string& id) {
    return contains(task.depends_on, id);
  }
  [[nodiscard]] bool all_closed(const std::vector<std::string>& ids) const {
    return std::all_of(ids.begin(), ids.end(), [&](const std::string& id) {
      auto it = tasks_.find(id);
      return it != tasks_.end() && !is_open_state(it->second.state);
    });
  }

  std::map<std::string, sdk::RunView> runs_;
  std::map<std::string, sdk::TaskView> tasks_;  // by id: tasks() then sorts by due, stably
};

}  // namespace duban::testing
