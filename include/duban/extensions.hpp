#pragma once
/// @file
/// The extension points: what a plugin registers with the core. Each is a
/// plain struct holding a name, a schema and a function; the core calls the
/// function inside a guard, so an exception fails that one call (a task, a
/// hook, a section), never the program.

#include <functional>
#include <iosfwd>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "duban/context.hpp"
#include "duban/records.hpp"
#include "duban/schema.hpp"
#include "duban/tasks.hpp"

namespace duban::sdk {

// ---------------------------------------------------------------- task kinds

/// What an automatic task's execution returns.
struct TaskResult {
  bool ok = true;           ///< true: the task is closed (done); false: it is marked failed
  std::string message;      ///< one line for people, kept in the event log
  nlohmann::json evidence;  ///< what was checked or produced, kept in the task's detail

  /// A success with a message and optional evidence.
  static TaskResult success(std::string message, nlohmann::json evidence = nullptr) {
    return {true, std::move(message), std::move(evidence)};
  }
  /// A failure with a message and optional evidence.
  static TaskResult failure(std::string message, nlohmann::json evidence = nullptr) {
    return {false, std::move(message), std::move(evidence)};
  }
};

/// An automatic task kind: `duban tick` executes every ready task of this
/// kind once its start time has come. Workflows name it in a template
/// (`kind = "NAME"`, `params = { … }`); the params are checked against
/// `params` when the workspace loads.
struct TaskKind {
  std::string name;         ///< "plugin.kind", e.g. "hello.weekly-digest"; unique across plugins
  std::string description;  ///< one line, shown by `duban plugins info`
  Schema params;            ///< the parameters a template may give
  /// Does the work. May read and write records and create tasks through the
  /// context. Throwing counts as a failure with the exception's message.
  std::function<TaskResult(const TaskView& task, const RunView& run, Context& context)> execute;
};

// -------------------------------------------------------------------- hooks

/// When a hook runs. Hooks run inside the write transaction of the change
/// that caused them, after it; what they write commits with it.
enum class HookEvent {
  run_created,     ///< a run and its tasks were created
  task_created,    ///< a task was created (also once per task of a new run)
  task_completed,  ///< a task was closed as done (by a person or automatically)
  task_overdue,    ///< tick found an open task past its due time (once per task)
  task_escalated,  ///< tick escalated a missed milestone one step
};

/// What happened, for a hook.
struct HookData {
  HookEvent event = HookEvent::task_created;  ///< which event
  RunView run;                                ///< the run concerned
  TaskView task;                              ///< the task concerned (empty for run_created)
  std::string actor;                          ///< who caused it ("" for the clock)
  std::string escalated_to;                   ///< task_escalated: the person it went to
  int level = 0;                              ///< task_escalated: the step number
};

/// A hook: a function called for one kind of event. It may create tasks
/// and records. If it throws, what it wrote is rolled back, the error is
/// reported, and the change that caused it still stands.
struct Hook {
  HookEvent event = HookEvent::task_created;                        ///< when to call it
  std::string description;                                          ///< one line for `plugins info`
  std::function<void(const HookData& data, Context& context)> run;  ///< the hook
};

// ---------------------------------------------------------- report sections

/// The status report a section is added to.
struct SectionRequest {
  std::string period;  ///< "2026-W11" or "2026-03-13"
  std::string kind;    ///< "day" or "week"
  std::string start;   ///< first day, "YYYY-MM-DD"
  std::string end;     ///< last day, "YYYY-MM-DD"
  std::string unit;    ///< --unit filter ("" for all)
  std::string person;  ///< --person filter ("" for all)
};

/// A table in a section. Cells are text; the core aligns them by display
/// width in the terminal and writes them as Markdown, CSV or JSON.
struct SectionTable {
  std::string title;                           ///< "" for none
  std::vector<std::string> columns;            ///< header cells
  std::vector<std::vector<std::string>> rows;  ///< each as long as `columns`
};

/// A section of `duban status --day/--week`, in every output format.
struct ReportSection {
  std::string title;                 ///< the heading shown above the section
  std::vector<std::string> lines;    ///< short facts shown above the tables
  std::vector<SectionTable> tables;  ///< the tables
  nlohmann::json data;               ///< machine-readable figures for --format json
};

/// A section provider.
struct SectionProvider {
  std::string id;           ///< unique across plugins, e.g. "hello"
  std::string description;  ///< one line for `plugins info`
  /// Builds the section; reading only (records and tasks).
  std::function<ReportSection(const SectionRequest& request, Context& context)> build;
};

// ------------------------------------------------------------------ commands

/// One option of a plugin command (`--area A`).
struct CommandOption {
  std::string name;         ///< without dashes: "area"
  std::string description;  ///< help text
  bool required = false;    ///< the command refuses to run without it
  bool flag = false;        ///< takes no value ("true" when given)
};

/// What a command is given.
struct CommandInput {
  std::map<std::string, std::string> options;  ///< given options by name
  std::vector<std::string> arguments;          ///< positional arguments
  std::string format;                          ///< table, json, csv or md
};

/// A command failure the user caused (exit 2): throw it from Command::run.
class CommandError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A command under `duban PLUGIN NAME …`.
struct Command {
  std::string name;                    ///< "finding"
  std::string summary;                 ///< one line for --help
  std::vector<CommandOption> options;  ///< its options
  bool writes = false;                 ///< true: runs in a write transaction, committed on success
  bool needs_actor = false;            ///< true: --as is required
  /// Runs the command; writes its output to `out`; returns the exit code
  /// (0). Throw CommandError (exit 2) or std::invalid_argument for bad input.
  std::function<int(const CommandInput& input, Context& context, std::ostream& out)> run;
};

// ------------------------------------------------------------------ registry

/// Where a plugin registers its extensions. Each add_… checks the name
/// against everything registered so far and throws std::invalid_argument on
/// a clash; the plugin is then refused as a whole.
class Registry {
 public:
  virtual ~Registry() = default;
  /// The schema of the plugin's table in duban.toml (`[plugins.NAME]`).
  virtual void config(Schema schema) = 0;
  /// An automatic task kind.
  virtual void add_task_kind(TaskKind kind) = 0;
  /// A record type.
  virtual void add_record_type(RecordType type) = 0;
  /// An event hook.
  virtual void add_hook(Hook hook) = 0;
  /// A section of status reports.
  virtual void add_section(SectionProvider section) = 0;
  /// A command under `duban PLUGIN …`.
  virtual void add_command(Command command) = 0;
};

}  // namespace duban::sdk
