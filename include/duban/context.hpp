#pragma once
/// @file
/// What the core offers plugin code while it runs: the clock, records,
/// tasks, the organisation, the working calendar, the plugin's own
/// configuration and a logger. One Context lives for one call.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "duban/records.hpp"
#include "duban/tasks.hpp"

namespace duban::sdk {

/// Messages from plugin code, prefixed with the plugin's name on stderr (and
/// kept in the task's evidence when an automatic task logs them).
class Logger {
 public:
  virtual ~Logger() = default;
  /// Progress worth showing with --verbose.
  virtual void info(const std::string& message) = 0;
  /// Something an administrator should see.
  virtual void warn(const std::string& message) = 0;
  /// A failure the plugin handled.
  virtual void error(const std::string& message) = 0;
};

/// The core, as plugin code sees it during one call.
class Context {
 public:
  virtual ~Context() = default;

  /// The command's clock (--now), local "YYYY-MM-DDTHH:MM". Never the wall clock.
  [[nodiscard]] virtual std::string now() const = 0;
  /// The acting person's id ("" when the clock acts: tick, hooks it caused).
  [[nodiscard]] virtual std::string actor() const = 0;
  /// The plugin's table from duban.toml, checked against its config schema,
  /// defaults filled in ({} when the plugin declared none).
  [[nodiscard]] virtual const nlohmann::json& config() const = 0;
  /// Record access (see Records for when writes are allowed).
  virtual Records& records() = 0;
  /// The plugin's logger.
  virtual Logger& log() = 0;

  /// Tasks matching `filter`, ordered by due time.
  virtual std::vector<TaskView> tasks(const TaskFilter& filter) = 0;
  /// One task by id.
  virtual std::optional<TaskView> task(const std::string& id) = 0;
  /// The run (workflow, period), created empty with `title` if missing.
  /// Only where writes are allowed.
  virtual RunView ensure_run(const std::string& workflow, const std::string& period,
                             const std::string& title) = 0;
  /// Creates a task in `run` (see NewTask). Throws std::invalid_argument on
  /// an unknown owner, a duplicate key or bad params. Only where writes are allowed.
  virtual TaskView create_task(const std::string& run, const NewTask& task) = 0;
  /// Closes a task for the plugin (as done, with evidence), e.g. a follow-up
  /// check that passed. Only where writes are allowed.
  virtual TaskView complete_task(const std::string& id, const nlohmann::json& evidence) = 0;

  /// A person, if the id exists.
  [[nodiscard]] virtual std::optional<PersonView> person(const std::string& id) const = 0;
  /// Every person, in organisation order.
  [[nodiscard]] virtual std::vector<PersonView> people() const = 0;
  /// A team, if the id exists.
  [[nodiscard]] virtual std::optional<TeamView> team(const std::string& id) const = 0;
  /// Every team.
  [[nodiscard]] virtual std::vector<TeamView> teams() const = 0;

  /// Whether `date` ("YYYY-MM-DD") is a working day (holidays and make-up days applied).
  [[nodiscard]] virtual bool is_workday(const std::string& date) const = 0;
  /// The date `days` working days after `date` (before it when negative).
  [[nodiscard]] virtual std::string add_workdays(const std::string& date, int days) const = 0;
};

}  // namespace duban::sdk
