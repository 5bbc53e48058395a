#pragma once
// Plugins' commands: `duban PLUGIN NAME [--option value]… [ARG]…`. They are
// known only once the workspace's plugins are loaded, so run() looks at the
// command line first and loads the workspace when the command is not one of
// the core's.

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "cli/command.hpp"

namespace duban::cli {

using Runner = std::function<int(CommandContext&)>;

/// The first argument that is neither a global option nor its value ("" if none).
std::string command_name(int argc, char** argv);
/// --workspace's value from the command line ("" if not given).
std::string workspace_option(int argc, char** argv);

/// Adds a subcommand per plugin with commands, and under it one per command.
void add_plugin_commands(CLI::App& app, const Workspace& workspace,
                         std::vector<std::pair<CLI::App*, Runner>>& runners);

}  // namespace duban::cli
