#pragma once
/// @file
/// The SDK's test double of the core: an in-memory duban::sdk::Context that
/// a plugin's unit tests run its task kinds, hooks, sections and commands
/// against, with the core's rules and without a workspace, a database or
/// the plugin host.
///
/// @code
/// duban::testing::FakeContext core("hello");
/// core.organisation().add_person("liu", "刘晓燕", "office");
/// core.install(std::make_unique<HelloPlugin>());
/// core.set_now("2026-03-09T10:00");
/// core.ensure_run("hello-demo", "2026-03-09", "Hello demo");
/// core.create_task("hello-demo/2026-03-09", greet_task);  // kind = "hello.greet"
/// EXPECT_TRUE(core.run_task("hello-demo/2026-03-09/greet").ok);
/// @endcode
///
/// What it models, as the core does (engine/plugin_context.cpp): the clock,
/// the actor and the plugin's configuration (checked against its schema,
/// defaults filled in); records (known type, schema check, versions and
/// times, queries ordered by id); runs and tasks (NewTask's checks, due
/// dates at the workday's end, dependencies released when a task closes,
/// filters ordered by due time); hooks run after the change that causes
/// them, each undone alone if it throws; writes refused where the core
/// only reads (report sections, commands that do not write); a command
/// that fails changes nothing. What it does not model: milestones, lights
/// changing with time, escalation chains, permissions, the event log, UTC
/// offsets in times, and `duban` itself (use an end-to-end test for those).

#include <algorithm>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "duban/context.hpp"
#include "duban/extensions.hpp"
#include "duban/plugin.hpp"
#include "duban/testing/detail/local_time.hpp"
#include "duban/testing/fake_calendar.hpp"
#include "duban/testing/fake_logger.hpp"
#include "duban/testing/fake_organisation.hpp"
#include "duban/testing/fake_registry.hpp"
#include "duban/testing/record_table.hpp"
#include "duban/testing/schema_rules.hpp"
#include "duban/testing/task_rules.hpp"
#include "duban/testing/task_table.hpp"

namespace duban::testing {

namespace detail {

/// Sets `slot` to a value for a scope and puts the old value back after.
template <typename T>
class Override {
 public:
  Override(T& slot, T value) : slot_(slot), saved_(std::exchange(slot, std::move(value))) {}
  ~Override() { slot_ = std::move(saved_); }
  Override(const Override&) = delete;
  Override& operator=(const Override&) = delete;

 private:
  T& slot_;
  T saved_;
};

/// "task_completed", …: how the core names a hook event in messages.
inline const char* hook_event_name(sdk::HookEvent event) {
  switch (event) {
    case sdk::HookEvent::run_created: return "run_created";
    case sdk::HookEvent::task_created: return "task_created";
    case sdk::HookEvent::task_completed: return "task_completed";
    case sdk::HookEvent::task_overdue: return "task_overdue";
    case sdk::HookEvent::task_escalated: return "task_escalated";
  }
  return "?";
}

}  // namespace detail

/// The core as one plugin sees it, in memory. One FakeContext stands for a
/// workspace with one plugin loaded: the test sets the scene (clock, actor,
/// people, calendar, configuration), installs the plugin, then drives it as
/// the core would (run_command, run_task, close_task, …) or calls its
/// functions directly with the context. Not copyable: extensions may keep
/// references to it during a call.
class FakeContext final : public sdk::Context, private sdk::Records {
 public:
  /// A context for plugin `plugin` (the name writes are recorded under when
  /// nobody acts, "plugin:NAME"), at 2026-01-05T09:00 (a Monday), nobody
  /// acting, writes allowed, weekends off, no people.
  explicit FakeContext(const std::string& plugin_name = "plugin")
      : plugin_(plugin_name), registry_(plugin_name) {}
  FakeContext(const FakeContext&) = delete;
  FakeContext& operator=(const FakeContext&) = delete;
  ~FakeContext() override = default;

  // ------------------------------------------------------ the scene a test sets

  /// Sets the clock ("YYYY-MM-DDTHH:MM"), as `--now` does. Throws
  /// std::invalid_argument on another form.
  void set_now(const std::string& time);
  /// Sets who acts (a person id; "" when the clock acts).
  void set_actor(std::string person) { actor_ = std::move(person); }
  /// Sets the plugin's configuration, checked as the core checks
  /// `[plugins.NAME]` when a config schema is registered: defaults filled
  /// in, std::invalid_argument listing every problem. Without a schema the
  /// table is kept as given.
  void set_config(nlohmann::json table);
  /// Sets when the working day ends ("HH:MM", 17:30 by default): a task due
  /// on a date alone is due then.
  void set_workday_end(const std::string& time);
  /// Declares a deadline policy id that tasks may name.
  void add_policy(std::string id) { policies_.insert(std::move(id)); }
  /// The policy of tasks that name none ("" by default: none). It must be declared.
  void set_default_policy(std::string id);
  /// Allows or refuses writes, as the core does for a call that holds (or
  /// not) the write transaction. run_command, build_section, run_task and
  /// hooks set this themselves.
  void allow_writes(bool allowed) { writes_allowed_ = allowed; }
  /// The people, teams and units.
  FakeOrganisation& organisation() { return org_; }
  /// The working calendar (weekends off; add holidays and make-up workdays).
  FakeCalendar& calendar() { return calendar_; }

  /// Registers the plugin's extensions, as loading it does. If it throws,
  /// nothing it registered is kept and the exception goes on. Then the
  /// configuration gets the schema's defaults, when they satisfy it. The
  /// plugin must outlive the context if its extensions refer to it.
  void install(sdk::Plugin& plugin);
  /// install(), keeping the plugin alive as long as the context.
  void install(std::unique_ptr<sdk::Plugin> plugin);
  /// What is registered; a test may also add single extensions here.
  FakeRegistry& registry() { return registry_; }
  /// What is registered.
  [[nodiscard]] const FakeRegistry& registry() const { return registry_; }

  // ------------------------------------------------- driving it as the core would

  /// Runs command `name` as `duban PLUGIN NAME` would: refuses with
  /// sdk::CommandError what the command line refuses (an option it does
  /// not declare, a required one missing, no or an unknown actor when one
  /// is needed, a format other than table, json, csv or md); runs it with
  /// writes allowed only if it declares `writes`; undoes its writes when it
  /// throws (the exception goes on) or returns non-zero. Its output reaches
  /// `out` only if it does not throw.
  int run_command(const std::string& name, sdk::CommandInput input, std::ostream& out);
  /// Builds section `id` as `duban status` would: nobody acting, reading only.
  sdk::ReportSection build_section(const std::string& id, const sdk::SectionRequest& request);
  /// Runs automatic task `id` as `duban tick` does: the task must be ready,
  /// handed over (start ≤ now) and of a registered kind. A kind that throws
  /// fails with "the plugin threw: …" and its writes are undone. The task
  /// is then done (dependents released, task_completed hooks run) or
  /// failed; messages the kind logged go into the evidence kept. Returns the
  /// kind's result.
  sdk::TaskResult run_task(const std::string& id);
  /// A person closes task `id`, as `duban task done ID --as PERSON --reason
  /// REASON`: the task must be ready, acknowledged, in progress, blocked or
  /// failed; dependents are released and task_completed hooks run with the
  /// person as actor. Permissions are not checked.
  sdk::TaskView close_task(const std::string& id, const std::string& person,
                           const std::string& reason = "");
  /// Marks task `id` overdue as `duban tick` does, once, if it is open and
  /// past its due time; then task_overdue hooks run. Returns whether it
  /// was marked.
  bool mark_overdue(const std::string& id);
  /// Escalates open task `id` one step to person `to`, as `duban tick` does
  /// for a missed milestone, and runs task_escalated hooks. Returns the new level.
  int escalate(const std::string& id, const std::string& to);
  /// Plans a run of `tasks`, as `duban plan` does for a workflow: the run
  /// and all its tasks are created, then task_created hooks run for each
  /// and run_created hooks once, as the actor (or "system"). An existing
  /// run is returned unchanged; a refused task undoes the whole run.
  sdk::RunView plan_run(const std::string& workflow, const std::string& period,
                        const std::string& title, const std::vector<sdk::NewTask>& tasks);

  // ------------------------------------------------------------ what a test inspects

  /// The plugin's name.
  [[nodiscard]] const std::string& plugin() const { return plugin_; }
  /// Everything the plugin logged, in order.
  [[nodiscard]] const FakeLogger& logger() const { return logger_; }
  /// What the core would print as warnings: hooks that failed and were undone.
  [[nodiscard]] const std::vector<std::string>& warnings() const { return warnings_; }
  /// The run, if it exists.
  [[nodiscard]] std::optional<sdk::RunView> run(const std::string& id) const {
    return state_.tasks.run(id);
  }
  /// Every run, ordered by id.
  [[nodiscard]] std::vector<sdk::RunView> runs() const { return state_.tasks.runs(); }

  // ---------------------------------------------------------------- sdk::Context

  /// The clock.
  [[nodiscard]] std::string now() const override { return now_; }
  /// Who acts ("" for the clock).
  [[nodiscard]] std::string actor() const override { return actor_; }
  /// The plugin's configuration ({} until set, or the schema's defaults).
  [[nodiscard]] const nlohmann::json& config() const override { return config_; }
  /// The records, with the core's write rules (see sdk::Records).
  sdk::Records& records() override { return *this; }
  /// The logger, which keeps every message (see logger()).
  sdk::Logger& log() override { return logger_; }
  /// Tasks matching `filter`, ordered by due time.
  std::vector<sdk::TaskView> tasks(const sdk::TaskFilter& filter) override {
    return state_.tasks.tasks(filter);
  }
  /// One task by id.
  std::optional<sdk::TaskView> task(const std::string& id) override {
    return state_.tasks.task(id);
  }
  /// The run (workflow, period), created if missing (no hooks, as in the core).
  sdk::RunView ensure_run(const std::string& workflow, const std::string& period,
                          const std::string& title) override;
  /// Creates a task with the core's checks, then runs task_created hooks.
  sdk::TaskView create_task(const std::string& run, const sdk::NewTask& task) override;
  /// Closes a task for the plugin, as done, then runs task_completed hooks.
  sdk::TaskView complete_task(const std::string& id, const nlohmann::json& evidence) override;
  /// A person, if added.
  [[nodiscard]] std::optional<sdk::PersonView> person(const std::string& id) const override {
    return org_.person(id);
  }
  /// Every person, in the order added.
  [[nodiscard]] std::vector<sdk::PersonView> people() const override { return org_.people(); }
  /// A team, if added.
  [[nodiscard]] std::optional<sdk::TeamView> team(const std::string& id) const override {
    return org_.team(id);
  }
  /// Every team, in the order added.
  [[nodiscard]] std::vector<sdk::TeamView> teams() const override { return org_.teams(); }
  /// Whether `date` is worked (see calendar()).
  [[nodiscard]] bool is_workday(const std::string& date) const override {
    return calendar_.is_workday(date);
  }
  /// The date `days` working days after `date` (see calendar()).
  [[nodiscard]] std::string add_workdays(const std::string& date, int days) const override {
    return calendar_.add_workdays(date, days);
  }

 private:
  // What a failed call undoes: the records, runs and tasks.
  struct State {
    RecordTable records;
    TaskTable tasks;
  };

  // sdk::Records, with the core's rules.
  sdk::Record put(const std::string& type, const std::string& id, nlohmann::json data) override;
  std::optional<sdk::Record> get(const std::string& type, const std::string& id) override {
    return state_.records.get(type, id);
  }
  std::vector<sdk::Record> find(const sdk::RecordQuery& query) override {
    return state_.records.find(query);
  }

  void require_writes(const char* what) const;
  [[nodiscard]] std::string event_actor() const {
    return actor_.empty() ? "plugin:" + plugin_ : actor_;
  }
  [[nodiscard]] TaskRules task_rules() const {
    return {org_, registry_, policies_, default_policy_, now_, workday_end_};
  }
  [[nodiscard]] sdk::TaskView existing_task(const std::string& id) const;
  sdk::TaskView insert_task(const sdk::RunView& run, const sdk::NewTask& task);
  sdk::TaskView finish_automatic(sdk::TaskView task, bool ok, const std::string& message,
                                 const nlohmann::json& evidence, const std::string& actor);
  void release_dependents(const sdk::TaskView& done);
  void close_and_notify(sdk::TaskView& task, const std::string& actor);
  void run_hooks(sdk::HookEvent event, const sdk::TaskView* task, const sdk::RunView& run,
                 const std::string& actor, const std::string& escalated_to = "", int level = 0);
  void check_command_input(const sdk::Command& command, sdk::CommandInput& input) const;
  template <typename Call>
  std::string guarded(Call&& call);

  // Hooks that create tasks run hooks again: stopped at this depth, as in the core.
  static constexpr int kMaxHookDepth = 8;

  std::vector<std::unique_ptr<sdk::Plugin>> owned_plugins_;  // first: destroyed last
  std::string plugin_;
  std::string now_ = "2026-01-05T09:00";
  std::string actor_;
  nlohmann::json config_ = nlohmann::json::object();
  int workday_end_ = 17 * 60 + 30;
  std::set<std::string> policies_;
  std::string default_policy_;
  bool writes_allowed_ = true;
  FakeOrganisation org_;
  FakeCalendar calendar_;
  FakeRegistry registry_;
  FakeLogger logger_;
  State state_;
  std::vector<std::string> warnings_;
  int hook_depth_ = 0;
};

// ============================================================ the scene

inline void FakeContext::set_now(const std::string& time) {
  if (!detail::is_stored_time(time)) {
    throw std::invalid_argument("'" + time + "' is not a local time (YYYY-MM-DDTHH:MM)");
  }
  now_ = time;
}

inline void FakeContext::set_config(nlohmann::json table) {
  if (table.is_null()) table = nlohmann::json::object();
  if (const sdk::Schema* schema = registry_.config_schema()) {
    const auto problems = check_object(table, *schema, &org_);
    if (!problems.empty()) {
      throw std::invalid_argument("[plugins." + plugin_ + "]: " + detail::join(problems));
    }
  }
  config_ = std::move(table);
}

inline void FakeContext::set_workday_end(const std::string& time) {
  const auto minutes = detail::parse_time_of_day(time);
  if (!minutes) throw std::invalid_argument("'" + time + "' is not a time of day (HH:MM)");
  workday_end_ = *minutes;
}

inline void FakeContext::set_default_policy(std::string id) {
  if (!id.empty() && !policies_.contains(id)) {
    throw std::invalid_argument("default policy '" + id + "' is not declared (add_policy)");
  }
  default_policy_ = std::move(id);
}

inline void FakeContext::install(sdk::Plugin& plugin) {
  FakeRegistry staged = registry_;
  plugin.register_extensions(staged);
  registry_ = std::move(staged);
  if (const sdk::Schema* schema = registry_.config_schema()) {
    nlohmann::json with_defaults = config_;
    if (check_object(with_defaults, *schema, &org_).empty()) config_ = std::move(with_defaults);
  }
}

inline void FakeContext::install(std::unique_ptr<sdk::Plugin> plugin) {
  if (!plugin) throw std::invalid_argument("install: no plugin");
  install(*plugin);
  owned_plugins_.push_back(std::move(plugin));
}

// ============================================================ guards

inline void FakeContext::require_writes(const char* what) const {
  if (!writes_allowed_) {
    throw std::logic_error(std::string(what) +
                           " needs a command that writes (this one only reads)");
  }
}

// Runs `call`; if it throws, puts records, runs and tasks back as they were
// and returns the message (as a savepoint rolled back), else "".
template <typename Call>
std::string FakeContext::guarded(Call&& call) {
  State saved = state_;
  try {
    call();
    return "";
  } catch (const std::exception& error) {
    state_ = std::move(saved);
    const std::string message = error.what();
    return message.empty() ? "an exception without a message" : message;
  } catch (...) {
    state_ = std::move(saved);
    return "a non-standard exception";
  }
}

inline void FakeContext::run_hooks(sdk::HookEvent event, const sdk::TaskView* task,
                                   const sdk::RunView& run, const std::string& actor,
                                   const std::string& escalated_to, int level) {
  const auto hooks = registry_.hooks(event);
  if (hooks.empty()) return;
  const std::string subject = task ? task->id : run.id;
  const std::string event_name = detail::hook_event_name(event);
  if (hook_depth_ >= kMaxHookDepth) {
    warnings_.push_back("hooks nested " + std::to_string(kMaxHookDepth) + " deep; " + event_name +
                        " hooks not run for " + subject);
    return;
  }
  sdk::HookData data;
  data.event = event;
  data.run = run;
  if (task) data.task = *task;
  data.actor = actor;
  data.escalated_to = escalated_to;
  data.level = level;
  detail::Override depth(hook_depth_, hook_depth_ + 1);
  for (const sdk::Hook* hook : hooks) {
    // Each hook gets a context of its own in the core: the clock acts as "".
    detail::Override acting(actor_, actor == "system" ? std::string() : actor);
    detail::Override writes(writes_allowed_, true);
    const std::string failure = guarded([&] { hook->run(data, *this); });
    if (!failure.empty()) {
      warnings_.push_back("plugin " + plugin_ + ": its " + event_name + " hook failed for " +
                          subject + " and was undone: " + failure);
    }
  }
}

// ============================================================ records

inline sdk::Record FakeContext::put(const std::string& type, const std::string& id,
                                    nlohmann::json data) {
  require_writes("writing a record");
  const sdk::RecordType* registered = registry_.record_type(type);
  if (!registered) throw std::invalid_argument("unknown record type '" + type + "'");
  if (id.empty()) throw std::invalid_argument("a " + type + " record needs an id");
  const auto problems = check_object(data, registered->schema, &org_);
  if (!problems.empty()) {
    throw std::invalid_argument("record " + type + "/" + id + ": " + detail::join(problems));
  }
  return state_.records.write(type, id, std::move(data), now_);
}

// ============================================================ runs and tasks

inline sdk::TaskView FakeContext::existing_task(const std::string& id) const {
  auto task = state_.tasks.task(id);
  if (!task) throw std::invalid_argument("no task '" + id + "'");
  return *task;
}

inline sdk::RunView FakeContext::ensure_run(const std::string& workflow, const std::string& period,
                                            const std::string& title) {
  require_writes("creating a run");
  if (workflow.empty() || period.empty()) {
    throw std::invalid_argument("a run needs a workflow and a period");
  }
  return state_.tasks.open_run(workflow, period, title).first;
}

// The checks in the core's order: the task itself, then a duplicate id,
// then its owners.
inline sdk::TaskView FakeContext::insert_task(const sdk::RunView& run, const sdk::NewTask& task) {
  sdk::TaskView created = make_task(run, task, task_rules());
  if (state_.tasks.task(created.id)) {
    throw std::invalid_argument("task " + created.id + " exists already");
  }
  check_task_owners(task, org_);
  state_.tasks.put(created);
  return created;
}

inline sdk::TaskView FakeContext::create_task(const std::string& run_id, const sdk::NewTask& task) {
  require_writes("creating a task");
  const auto run = state_.tasks.run(run_id);
  if (!run) throw std::invalid_argument("no run '" + run_id + "'");
  const sdk::TaskView created = insert_task(*run, task);
  run_hooks(sdk::HookEvent::task_created, &created, *run, event_actor());
  return created;
}

inline void FakeContext::release_dependents(const sdk::TaskView& done) {
  for (sdk::TaskView dependent : state_.tasks.released_by(done)) {
    set_task_state(dependent, "ready", now_);
    state_.tasks.put(dependent);
  }
}

// A task just closed as done: its dependents are released, then the
// task_completed hooks run.
inline void FakeContext::close_and_notify(sdk::TaskView& task, const std::string& actor) {
  state_.tasks.put(task);
  release_dependents(task);
  if (const auto run = state_.tasks.run(task.run)) {
    run_hooks(sdk::HookEvent::task_completed, &task, *run, actor);
  }
}

inline sdk::TaskView FakeContext::finish_automatic(sdk::TaskView task, bool ok,
                                                   const std::string& message,
                                                   const nlohmann::json& evidence,
                                                   const std::string& actor) {
  set_task_state(task, ok ? "done" : "failed", now_);
  append_to_detail(task, "runs", {{"ok", ok}, {"message", message}, {"evidence", evidence}}, now_,
                   actor, ok ? "" : message);
  if (ok) {
    close_and_notify(task, actor);
  } else {
    state_.tasks.put(task);
  }
  return task;
}

inline sdk::TaskView FakeContext::complete_task(const std::string& id,
                                                const nlohmann::json& evidence) {
  require_writes("completing a task");
  const sdk::TaskView task = existing_task(id);
  if (!is_open_state(task.state)) {
    throw std::invalid_argument("task " + id + " is already " + task.state);
  }
  return finish_automatic(task, true, "closed by plugin " + plugin_, evidence, event_actor());
}

// ============================================================ driving

inline void FakeContext::check_command_input(const sdk::Command& command,
                                             sdk::CommandInput& input) const {
  if (input.format.empty()) input.format = "table";
  if (input.format != "table" && input.format != "json" && input.format != "csv" &&
      input.format != "md") {
    throw sdk::CommandError("--format must be table, json, csv or md, not '" + input.format + "'");
  }
  for (auto it = input.options.begin(); it != input.options.end();) {
    const bool declared =
        std::any_of(command.options.begin(), command.options.end(),
                    [&](const sdk::CommandOption& o) { return o.name == it->first; });
    if (!declared)
      throw sdk::CommandError("command " + command.name + " has no option --" + it->first);
    // The command line passes no empty value on.
    it = it->second.empty() ? input.options.erase(it) : std::next(it);
  }
  for (const auto& option : command.options) {
    if (option.required && !input.options.contains(option.name)) {
      throw sdk::CommandError("--" + option.name + " is required");
    }
  }
  if (command.needs_actor && actor_.empty()) {
    throw sdk::CommandError("who is acting? give --as PERSON (or set DUBAN_USER)");
  }
  if (!actor_.empty() && !org_.person(actor_)) {
    throw sdk::CommandError("unknown person '" + actor_ + "' (--as)" +
                            detail::did_you_mean(actor_, org_.person_ids()));
  }
}

inline int FakeContext::run_command(const std::string& name, sdk::CommandInput input,
                                    std::ostream& out) {
  const sdk::Command* command = registry_.command(name);
  if (!command) throw std::logic_error("no command '" + name + "' is registered");
  check_command_input(*command, input);
  detail::Override writes(writes_allowed_, command->writes);
  State saved = state_;
  std::ostringstream output;
  int code = 0;
  try {
    code = command->run(input, *this, output);
  } catch (...) {
    state_ = std::move(saved);
    throw;
  }
  if (code != 0) state_ = std::move(saved);
  out << output.str();
  return code;
}

inline sdk::ReportSection FakeContext::build_section(const std::string& id,
                                                     const sdk::SectionRequest& request) {
  const sdk::SectionProvider* section = registry_.section(id);
  if (!section) throw std::logic_error("no report section '" + id + "' is registered");
  detail::Override acting(actor_, std::string());
  detail::Override writes(writes_allowed_, false);
  return section->build(request, *this);
}

inline sdk::TaskResult FakeContext::run_task(const std::string& id) {
  const sdk::TaskView task = existing_task(id);
  if (task.kind == "human") throw std::logic_error("task " + id + " is done by people, not run");
  if (task.state != "ready") {
    throw std::logic_error("task " + id + " is " + task.state + ": only a ready task runs");
  }
  if (task.start > now_) {
    throw std::logic_error("task " + id + " is handed over at " + task.start + ", after " + now_);
  }
  const sdk::TaskKind* kind = registry_.task_kind(task.kind);
  if (!kind) throw std::logic_error("task kind '" + task.kind + "' is not registered");
  const sdk::RunView run = state_.tasks.run(task.run).value_or(sdk::RunView{});
  const std::size_t logged_before = logger_.entries().size();
  sdk::TaskResult result;
  {
    detail::Override acting(actor_, std::string());
    detail::Override writes(writes_allowed_, true);
    const std::string failure = guarded([&] { result = kind->execute(task, run, *this); });
    if (!failure.empty()) result = sdk::TaskResult::failure("the plugin threw: " + failure);
  }
  nlohmann::json evidence = result.evidence;
  if (logger_.entries().size() > logged_before) {
    nlohmann::json lines = nlohmann::json::array();
    for (std::size_t i = logged_before; i < logger_.entries().size(); ++i) {
      lines.push_back(FakeLogger::line(logger_.entries()[i]));
    }
    evidence = {{"result", result.evidence}, {"log", lines}};
  }
  // Read again: the kind may have changed its own task.
  finish_automatic(existing_task(id), result.ok, result.message, evidence, "plugin:" + plugin_);
  return result;
}

inline sdk::TaskView FakeContext::close_task(const std::string& id, const std::string& person,
                                             const std::string& reason) {
  if (!org_.person(person)) {
    throw std::invalid_argument("unknown person '" + person + "'" +
                                detail::did_you_mean(person, org_.person_ids()));
  }
  sdk::TaskView task = existing_task(id);
  if (!person_may_close(task.state)) {
    throw std::invalid_argument(
        "cannot done " + id + ": it is " + task.state +
        " (allowed from: ready, acknowledged, in_progress, blocked, failed)");
  }
  set_task_state(task, "done", now_);
  if (!reason.empty()) append_to_detail(task, "reasons", {{"state", "done"}}, now_, person, reason);
  close_and_notify(task, person);
  return task;
}

inline bool FakeContext::mark_overdue(const std::string& id) {
  sdk::TaskView task = existing_task(id);
  if (!is_open_state(task.state) || task.due >= now_ || task.detail.contains("overdue_at")) {
    return false;
  }
  task.detail["overdue_at"] = now_;
  state_.tasks.put(task);
  if (const auto run = state_.tasks.run(task.run)) {
    run_hooks(sdk::HookEvent::task_overdue, &task, *run, "system");
  }
  return true;
}

inline int FakeContext::escalate(const std::string& id, const std::string& to) {
  sdk::TaskView task = existing_task(id);
  if (!is_open_state(task.state)) throw std::logic_error("task " + id + " is closed");
  if (!org_.person(to)) throw std::invalid_argument("unknown person '" + to + "'");
  ++task.escalation_level;
  state_.tasks.put(task);
  if (const auto run = state_.tasks.run(task.run)) {
    run_hooks(sdk::HookEvent::task_escalated, &task, *run, "system", to, task.escalation_level);
  }
  return task.escalation_level;
}

inline sdk::RunView FakeContext::plan_run(const std::string& workflow, const std::string& period,
                                          const std::string& title,
                                          const std::vector<sdk::NewTask>& tasks) {
  if (const auto existing = state_.tasks.run(workflow + "/" + period)) return *existing;
  const std::string actor = actor_.empty() ? "system" : actor_;
  State saved = state_;
  sdk::RunView run;
  std::vector<sdk::TaskView> created;
  try {
    run = state_.tasks.open_run(workflow, period, title).first;
    for (const auto& task : tasks) created.push_back(insert_task(run, task));
  } catch (...) {
    state_ = std::move(saved);
    throw;
  }
  for (const auto& task : created) run_hooks(sdk::HookEvent::task_created, &task, run, actor);
  run_hooks(sdk::HookEvent::run_created, nullptr, run, actor);
  return run;
}

}  // namespace duban::testing
