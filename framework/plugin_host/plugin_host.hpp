#pragma once
// Loading the plugins a workspace names: every library in each folder is
// opened, its handshake checked before any C++ call, its plugin created and
// asked to register, all inside guards. A refused plugin is recorded with
// its reason (see `duban plugins list`) and a warning; the others and the
// core go on.

#include <duban/diagnostic.hpp>
#include <duban/plugin.hpp>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extensions/extension_registry.hpp"

namespace duban {

struct PluginSearch {
  std::vector<std::filesystem::path> folders;         ///< absolute
  std::vector<std::string> shown_as;                  ///< the folders as duban.toml names them
  SourcePosition where;                               ///< of `dirs` in duban.toml
  std::set<std::string, std::less<>> reserved_names;  ///< the core's command names
};

/// Loads every plugin found into `registry`. A missing folder is an error;
/// a refused plugin is a warning naming the file and the reason.
void load_plugins(const PluginSearch& search, ExtensionRegistry& registry,
                  Diagnostics& diagnostics);

/// Loads one library file (tests and `plugins info` of a path use it).
PluginInfo load_plugin_file(const std::filesystem::path& file, ExtensionRegistry& registry,
                            const std::set<std::string, std::less<>>& reserved_names);

/// Admits a plugin object already created, named `info.name`: the name must
/// be well formed, not reserved and not loaded yet; the plugin registers
/// its extensions (all or nothing) and the registry keeps it alive. A
/// refusal is recorded in the registry and returned (loaded false, error
/// set), as for a library. The last step of load_plugin_file, and how a
/// test loads a plugin compiled into it (no dlopen) through the workspace's
/// plugin-loader seam (WorkspaceLoadOptions::load_plugins).
PluginInfo register_plugin(std::shared_ptr<sdk::Plugin> plugin, PluginInfo info,
                           ExtensionRegistry& registry,
                           const std::set<std::string, std::less<>>& reserved_names);

}  // namespace duban
