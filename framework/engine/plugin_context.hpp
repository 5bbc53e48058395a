#pragma once
// The core as plugin code sees it (sdk::Context): one per call into a
// plugin, bound to the command's clock and actor, to a store for reading
// and, where the command holds the write transaction, to that writer.

#include <duban/context.hpp>
#include <string>
#include <vector>

#include "engine/engine.hpp"
#include "plan/definitions.hpp"
#include "store/store.hpp"

namespace duban {

/// A task as plugins see it.
sdk::TaskView task_view(const Task& task);
/// A run as plugins see it.
sdk::RunView run_view(const Run& run);

/// Collects what a plugin logs: warnings and errors also go to stderr,
/// prefixed with the plugin's name.
class PluginLogger final : public sdk::Logger {
 public:
  explicit PluginLogger(std::string plugin) : plugin_(std::move(plugin)) {}
  void info(const std::string& message) override;
  void warn(const std::string& message) override;
  void error(const std::string& message) override;
  [[nodiscard]] const std::vector<std::string>& lines() const { return lines_; }

 private:
  std::string plugin_;
  std::vector<std::string> lines_;
};

class PluginContext final : public sdk::Context, private sdk::Records {
 public:
  /// `writer` and `engine` may be null: the context then only reads
  /// (report sections, read-only commands) and every write throws.
  PluginContext(const Definitions& definitions, std::string plugin, LocalDateTime now,
                std::string actor, Store* store, StoreWriter* writer, Engine* engine);

  [[nodiscard]] std::string now() const override;
  [[nodiscard]] std::string actor() const override { return actor_; }
  [[nodiscard]] const nlohmann::json& config() const override;
  sdk::Records& records() override { return *this; }
  sdk::Logger& log() override { return logger_; }
  [[nodiscard]] const PluginLogger& logger() const { return logger_; }

  std::vector<sdk::TaskView> tasks(const sdk::TaskFilter& filter) override;
  std::optional<sdk::TaskView> task(const std::string& id) override;
  sdk::RunView ensure_run(const std::string& workflow, const std::string& period,
                          const std::string& title) override;
  sdk::TaskView create_task(const std::string& run, const sdk::NewTask& task) override;
  sdk::TaskView complete_task(const std::string& id, const nlohmann::json& evidence) override;

  [[nodiscard]] std::optional<sdk::PersonView> person(const std::string& id) const override;
  [[nodiscard]] std::vector<sdk::PersonView> people() const override;
  [[nodiscard]] std::optional<sdk::TeamView> team(const std::string& id) const override;
  [[nodiscard]] std::vector<sdk::TeamView> teams() const override;
  [[nodiscard]] bool is_workday(const std::string& date) const override;
  [[nodiscard]] std::string add_workdays(const std::string& date, int days) const override;

 private:
  sdk::Record put(const std::string& type, const std::string& id, nlohmann::json data) override;
  std::optional<sdk::Record> get(const std::string& type, const std::string& id) override;
  std::vector<sdk::Record> find(const sdk::RecordQuery& query) override;

  /// The writer, or std::logic_error naming what needed it.
  StoreWriter& writer(const char* what);
  /// A TaskFilter bound ("YYYY-MM-DD" or a time) as a time; nullopt for "".
  /// Throws std::invalid_argument naming `field` for anything else.
  [[nodiscard]] std::optional<LocalDateTime> filter_time(const std::string& text,
                                                         const char* field) const;
  /// Who plugin writes are recorded as: the actor, else "plugin:NAME".
  [[nodiscard]] std::string event_actor() const;
  PlannedTask planned_task(const Run& run, const sdk::NewTask& task) const;

  const Definitions defs_;
  std::string plugin_;
  LocalDateTime now_;
  std::string actor_;
  Store* store_;
  StoreWriter* writer_;
  Engine* engine_;
  PluginLogger logger_;
};

}  // namespace duban
