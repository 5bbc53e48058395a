// Plugins' commands; see plugin_commands.hpp.

#include "cli/plugin_commands.hpp"

#include <map>
#include <memory>
#include <sstream>

#include "engine/engine.hpp"
#include "engine/plugin_context.hpp"

namespace duban::cli {

namespace {

const std::vector<std::string> kOptionsWithValue{"--workspace", "--now", "--as", "--format"};

bool takes_value(const std::string& arg) {
  return std::find(kOptionsWithValue.begin(), kOptionsWithValue.end(), arg) !=
         kOptionsWithValue.end();
}

struct ParsedInput {
  std::map<std::string, std::string> values;
  std::map<std::string, bool> flags;
  std::vector<std::string> arguments;
};

sdk::CommandInput input_of(const ParsedInput& parsed, const sdk::Command& command,
                           const std::string& format) {
  sdk::CommandInput input;
  for (const auto& option : command.options) {
    if (option.flag) {
      if (parsed.flags.at(option.name)) input.options[option.name] = "true";
    } else if (const auto& value = parsed.values.at(option.name); !value.empty()) {
      input.options[option.name] = value;
    }
  }
  input.arguments = parsed.arguments;
  input.format = format;
  return input;
}

// Runs the plugin's function; its output is shown only if it succeeds, and
// a command that writes commits only then.
int run_plugin_command(CommandContext& ctx, const Owned<sdk::Command>& command,
                       const ParsedInput& parsed) {
  const Workspace& ws = ctx.workspace();
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const std::string actor =
      command.value.needs_actor || !ctx.options().as.empty() ? ctx.actor() : "";
  const LocalDateTime now = ctx.now();
  const sdk::CommandInput input = input_of(parsed, command.value, format);
  std::ostringstream output;
  std::unique_ptr<StoreWriter> writer;
  Engine engine(ws.definitions(), now);
  if (command.value.writes) writer = ctx.store().write();
  PluginContext context(ws.definitions(), command.plugin, now, actor, &ctx.store(), writer.get(),
                        writer ? &engine : nullptr);
  int code = exit_ok;
  try {
    code = command.value.run(input, context, output);
  } catch (const sdk::CommandError& e) {
    ctx.fail(e.what());
  } catch (const std::invalid_argument& e) {
    ctx.fail(e.what());
  } catch (const RuleError& e) {
    ctx.fail(e.what());
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    ctx.fail(
        "plugin " + command.plugin + ": command '" + command.value.name + "' failed: " + e.what(),
        exit_failure);
  } catch (...) {
    ctx.fail("plugin " + command.plugin + ": command '" + command.value.name +
                 "' failed with a non-standard exception",
             exit_failure);
  }
  if (code == exit_ok && writer) writer->commit();
  ctx.out() << output.str();
  return code;
}

void add_command(CLI::App& group, const Owned<sdk::Command>& command,
                 std::vector<std::pair<CLI::App*, Runner>>& runners) {
  CLI::App* sub = group.add_subcommand(command.value.name, command.value.summary);
  auto parsed = std::make_shared<ParsedInput>();
  for (const auto& option : command.value.options) {
    if (option.flag) {
      sub->add_flag("--" + option.name, parsed->flags[option.name], option.description);
    } else {
      auto* added =
          sub->add_option("--" + option.name, parsed->values[option.name], option.description);
      if (option.required) added->required();
    }
  }
  sub->add_option("args", parsed->arguments, "Arguments");
  runners.emplace_back(sub, [&command, parsed](CommandContext& ctx) {
    return run_plugin_command(ctx, command, *parsed);
  });
}

}  // namespace

std::string command_name(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (takes_value(arg)) {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) continue;
    return arg;
  }
  return "";
}

std::string workspace_option(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--workspace" && i + 1 < argc) return argv[i + 1];
    if (arg.starts_with("--workspace=")) return arg.substr(12);
  }
  return "";
}

void add_plugin_commands(CLI::App& app, const Workspace& ws,
                         std::vector<std::pair<CLI::App*, Runner>>& runners) {
  for (const auto& plugin : ws.extensions->plugins()) {
    if (!plugin.loaded || plugin.commands.empty()) continue;
    CLI::App* group =
        app.add_subcommand(plugin.name, "Commands of plugin " + plugin.name + " " + plugin.version);
    group->require_subcommand(1);
    for (const auto* command : ws.extensions->commands(plugin.name)) {
      add_command(*group, *command, runners);
    }
  }
}

}  // namespace duban::cli
