#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <utility>

#include "cli/command.hpp"
#include "cli/plugin_commands.hpp"

namespace duban::cli {

std::vector<CommandSpec> builtin_commands() {
  return {init_command(),     validate_command(), graph_command(),  plan_command(),
          calendar_command(), task_command(),     log_command(),    tick_command(),
          status_command(),   plugins_command(),  roster_command(), score_command(),
          serve_command(),    user_command()};
}

WorkspaceLoadOptions workspace_load_options() {
  WorkspaceLoadOptions options;
  for (const auto& spec : builtin_commands()) options.reserved_names.insert(spec.name);
  options.reserved_names.insert({"help", "version"});
  return options;
}

namespace {
std::string env_or(const char* name, std::string fallback) {
  // NOLINTNEXTLINE(concurrency-mt-unsafe): read once, before any thread exists.
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : std::move(fallback);
}

// --lang, else DUBAN_LANG, else the default; a tag duban does not know is
// refused with exit code 2 before any command runs.
std::optional<Language> language_of(const std::string& option, std::ostream& err) {
  const std::string tag = option.empty() ? env_or("DUBAN_LANG", "") : option;
  if (tag.empty()) return kDefaultLanguage;
  if (auto language = parse_language(tag)) return language;
  err << "duban: error: " << (option.empty() ? "DUBAN_LANG" : "--lang") << " '" << tag
      << "' is not a language duban speaks (use " << language_tags() << ")\n";
  return std::nullopt;
}
}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"duban (督办): workflows and task tracking that see every matter through", "duban"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("duban ") + DUBAN_VERSION);
  GlobalOptions options;
  app.add_option("--workspace", options.workspace,
                 "Workspace folder (default: nearest folder upward with duban.toml)");
  app.add_option("--now", options.now, "The time to act at, ISO 8601 (also DUBAN_NOW)");
  app.add_option("--as", options.as, "The acting person's id (also DUBAN_USER)");
  app.add_option("--format", options.format,
                 "Output format: table, json, csv, md (graph: dot, mermaid, svg)");
  std::string lang;
  app.add_option("--lang", lang,
                 "Language of headings, labels and pages: zh-CN (default) or en (also DUBAN_LANG)");
  app.add_flag("--no-color", options.no_color, "Never colour the output");
  app.fallthrough();

  std::vector<std::pair<CLI::App*, Runner>> runners;
  std::vector<std::string> builtin_names;
  for (auto& spec : builtin_commands()) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.help);
    runners.emplace_back(sub, spec.setup(*sub));
    builtin_names.push_back(spec.name);
  }
  // A command the core does not have may be a plugin's: load the workspace
  // (and so its plugins) before parsing, and keep it for the command.
  std::unique_ptr<Workspace> preloaded;
  const std::string name = command_name(argc, argv);
  if (!name.empty() &&
      std::find(builtin_names.begin(), builtin_names.end(), name) == builtin_names.end()) {
    GlobalOptions early;
    early.workspace = workspace_option(argc, argv);
    CommandContext loader(early, out, err);
    try {
      loader.workspace();
    } catch (const CommandExit& e) {
      return e.code;
    }
    preloaded = loader.release_workspace();
    add_plugin_commands(app, *preloaded, runners);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    return code == 0 ? exit_ok : exit_bad_input;
  }
  if (options.now.empty()) options.now = env_or("DUBAN_NOW", "");
  if (options.as.empty()) options.as = env_or("DUBAN_USER", "");
  const auto language = language_of(lang, err);
  if (!language) return exit_bad_input;
  options.language = *language;
  CommandContext context(options, out, err);
  if (preloaded) context.adopt_workspace(std::move(preloaded));
  for (auto& [sub, runner] : runners) {
    if (!sub->parsed()) continue;
    try {
      return runner(context);
    } catch (const CommandExit& e) {
      return e.code;
    } catch (const StoreError& e) {
      err << "duban: error: " << e.what() << '\n';
      return exit_failure;
    } catch (const std::exception& e) {
      err << "duban: error: " << e.what() << '\n';
      return exit_failure;
    }
  }
  return exit_bad_input;
}

}  // namespace duban::cli
