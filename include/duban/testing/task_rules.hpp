#pragma once
/// @file
/// How the core turns a plugin's NewTask into a task, and how closing a
/// task changes it: the rules a FakeContext applies, with the core's checks
/// and messages. Functions of values only, so each rule reads on its own.

#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "duban/tasks.hpp"
#include "duban/testing/detail/local_time.hpp"
#include "duban/testing/fake_organisation.hpp"
#include "duban/testing/fake_registry.hpp"
#include "duban/testing/schema_rules.hpp"
#include "duban/testing/task_table.hpp"

namespace duban::testing {

/// What the core reads from the workspace when it creates a task.
struct TaskRules {
  const FakeOrganisation& org;            ///< owners must be people of it
  const FakeRegistry& registry;           ///< automatic kinds and their params
  const std::set<std::string>& policies;  ///< deadline policy ids that exist
  std::string default_policy;             ///< when a NewTask names none ("" for none)
  std::string now;                        ///< the clock: a task without a start starts now
  int workday_end = 17 * 60 + 30;         ///< a due date alone means this time of it
};

/// A task handed over on a date alone starts at the working day's start.
inline constexpr int kWorkdayStart = 9 * 60;

namespace detail {

inline std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : "; ") + item;
  return text;
}

// A start or due time, a date alone meaning `time_of_date` on that day.
inline std::string task_time(const std::string& text, int time_of_date) {
  auto parsed = parse_local_time(text);
  if (!parsed) return "";
  if (text.size() == 10) parsed->minutes = time_of_date;
  return format_local_time(*parsed);
}

// The automatic kind's params, checked against its schema with defaults filled in.
inline nlohmann::json checked_params(const sdk::NewTask& task, const std::string& kind,
                                     const TaskRules& rules) {
  nlohmann::json params = task.params;
  if (kind == "human") return params;
  const sdk::TaskKind* registered = rules.registry.task_kind(kind);
  if (!registered) {
    throw std::invalid_argument("task " + task.key + ": unknown kind '" + kind + "'");
  }
  const auto problems = check_object(params, registered->params, &rules.org);
  if (!problems.empty()) throw std::invalid_argument("task " + task.key + ": " + join(problems));
  return params;
}

inline std::string checked_policy(const sdk::NewTask& task, const TaskRules& rules) {
  const std::string policy = task.policy.empty() ? rules.default_policy : task.policy;
  if (!policy.empty() && !rules.policies.contains(policy)) {
    throw std::invalid_argument("task " + task.key + ": unknown policy '" + policy + "'");
  }
  return policy;
}

// "RUN/KEY" for each dependency, given as a key or as an id in the run.
inline std::vector<std::string> dependency_ids(const sdk::RunView& run,
                                               const std::vector<std::string>& depends_on) {
  const std::string prefix = run.id + "/";
  std::vector<std::string> ids;
  for (const auto& dep : depends_on) ids.push_back(dep.starts_with(prefix) ? dep : prefix + dep);
  return ids;
}

}  // namespace detail

/// The task the core creates in `run` for `task`, or std::invalid_argument
/// with the core's message: no key or owner, a start or due that is not a
/// time, an unknown policy or kind, params its kind refuses, an owner who is
/// not a person. The caller checks that the id is new.
inline sdk::TaskView make_task(const sdk::RunView& run, const sdk::NewTask& task,
                               const TaskRules& rules) {
  if (task.key.empty()) throw std::invalid_argument("a new task needs a key");
  if (task.owners.empty()) throw std::invalid_argument("task " + task.key + " needs an owner");
  sdk::TaskView out;
  out.start = task.start.empty() ? rules.now : detail::task_time(task.start, kWorkdayStart);
  if (out.start.empty()) {
    throw std::invalid_argument("task " + task.key + ": start '" + task.start + "' is not a time");
  }
  out.due = detail::task_time(task.due, rules.workday_end);
  if (out.due.empty()) {
    throw std::invalid_argument("task " + task.key + ": due '" + task.due + "' is not a date");
  }
  out.policy = detail::checked_policy(task, rules);
  out.kind = task.kind.empty() ? "human" : task.kind;
  const nlohmann::json params = detail::checked_params(task, out.kind, rules);
  out.id = run.id + "/" + task.key;
  out.run = run.id;
  out.workflow = run.workflow;
  out.key = task.key;
  out.title = task.title;
  out.owners = task.owners;
  out.unit = rules.org.unit_of(task.owners.front());
  out.depends_on = detail::dependency_ids(run, task.depends_on);
  out.state = out.depends_on.empty() ? "ready" : "pending";
  out.light = "green";
  out.tags = task.tags;
  out.detail = {{"description", task.description},
                {"checklist", nlohmann::json::array()},
                {"evidence", nlohmann::json::array()}};
  if (!params.is_null()) out.detail["params"] = params;
  out.params = out.detail.value("params", nlohmann::json::object());
  return out;
}

/// Checks that the new task's owners are people, or std::invalid_argument
/// naming the first who is not. The core checks this after the task's id is
/// found to be new, so a duplicate key is reported first.
inline void check_task_owners(const sdk::NewTask& task, const FakeOrganisation& org) {
  for (const auto& owner : task.owners) {
    if (!org.person(owner)) {
      throw std::invalid_argument("unknown person '" + owner + "'" +
                                  detail::did_you_mean(owner, org.person_ids()));
    }
  }
}

/// Moves `task` to `state` at `now`: done stamps done_at; done and cancelled
/// clear the light (a closed task has none).
inline void set_task_state(sdk::TaskView& task, const std::string& state, const std::string& now) {
  task.state = state;
  if (state == "done") task.done_at = now;
  if (!is_open_state(state)) task.light.clear();
}

/// Appends an entry to the detail list `list` ("runs", "reasons") stamped
/// with the time and actor, and the reason when there is one.
inline void append_to_detail(sdk::TaskView& task, const char* list, nlohmann::json entry,
                             const std::string& now, const std::string& actor,
                             const std::string& reason = "") {
  entry["time"] = now;
  entry["actor"] = actor;
  if (!reason.empty()) entry["reason"] = reason;
  task.detail[list].push_back(std::move(entry));
}

/// Whether a person may close a task in `state` (`duban task done`): it is
/// being worked on, or blocked.
inline bool person_may_close(const std::string& state) {
  return state == "ready" || state == "acknowledged" || state == "in_progress" ||
         state == "failed" || state == "blocked";
}

}  // namespace duban::testing
