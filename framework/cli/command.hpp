#pragma once
// The command table: each command declares its name, help, options and the
// function that runs it (after ninja's and Taskwarrior's command tables).

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dates/date.hpp"
#include "messages/messages.hpp"
#include "store/store.hpp"
#include "workspace/workspace.hpp"

namespace duban::cli {

/// Exit codes fixed by the design: 0 success, 1 operational failure, 2 bad input.
enum ExitCode : int { exit_ok = 0, exit_failure = 1, exit_bad_input = 2 };

/// Thrown to end a command with an exit code after its message was printed.
struct CommandExit {
  int code;
};

struct GlobalOptions {
  std::string workspace;  ///< --workspace DIR
  std::string now;        ///< --now ISO-8601 (or DUBAN_NOW)
  std::string as;         ///< --as PERSON (or DUBAN_USER)
  std::string format;     ///< --format, checked by each command
  /// --lang (or DUBAN_LANG), checked before any command runs.
  Language language = kDefaultLanguage;
  bool no_color = false;
};

/// What a running command can use: options, streams, the workspace, the clock.
class CommandContext {
 public:
  CommandContext(GlobalOptions options, std::ostream& out, std::ostream& err);

  [[nodiscard]] const GlobalOptions& options() const { return options_; }
  /// The words of tables and headings, in the language of --lang.
  [[nodiscard]] const Messages& messages() const { return messages_for(options_.language); }
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }

  /// The workspace (found upward from the current folder unless --workspace),
  /// loaded and validated; prints diagnostics and throws CommandExit{2} on errors.
  const Workspace& workspace();
  /// Hands over the loaded workspace (null if none was loaded).
  std::unique_ptr<Workspace> release_workspace() { return std::move(workspace_); }
  /// Uses an already loaded workspace.
  void adopt_workspace(std::unique_ptr<Workspace> workspace) { workspace_ = std::move(workspace); }
  /// The workspace folder without loading it; throws CommandExit{2} if none.
  std::filesystem::path workspace_root();
  /// "Now" from --now or DUBAN_NOW; the system clock only when neither is given.
  LocalDateTime now();
  /// The --format value if it is one of `allowed` (the first is the default).
  std::string format(std::initializer_list<std::string_view> allowed);
  /// The workspace's store, opened on first use; a StoreError is printed and
  /// ends the command with exit code 1.
  Store& store();
  /// The acting person (--as or DUBAN_USER), checked against the organisation.
  std::string actor();
  /// Prints diagnostics (sorted) to stderr; returns true if any was an error.
  bool report(const Diagnostics& diagnostics);
  /// Prints "error: message" and throws CommandExit{code}.
  [[noreturn]] void fail(const std::string& message, int code = exit_bad_input);

 private:
  GlobalOptions options_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<Workspace> workspace_;
  std::unique_ptr<Store> store_;
};

/// One entry of the command table.
struct CommandSpec {
  std::string name;
  std::string help;
  /// Adds the command's options to its subcommand; returns the function that runs it.
  std::function<std::function<int(CommandContext&)>(CLI::App&)> setup;
};

std::vector<CommandSpec> builtin_commands();
/// How the CLI assembles a workspace: plugins may not take the names of the
/// command table (nor help and version), since their commands live under
/// their own name beside the core's.
WorkspaceLoadOptions workspace_load_options();

CommandSpec init_command();
CommandSpec validate_command();
CommandSpec graph_command();
CommandSpec plan_command();
CommandSpec calendar_command();
CommandSpec task_command();
CommandSpec log_command();
CommandSpec tick_command();
CommandSpec status_command();
CommandSpec plugins_command();
CommandSpec roster_command();
CommandSpec score_command();
CommandSpec serve_command();
CommandSpec user_command();

/// Runs the program with the given arguments; returns the exit code.
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace duban::cli
