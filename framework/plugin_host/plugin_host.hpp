#pragma once
// Loading the plugins a workspace names: every library in each folder is
// opened, its handshake checked before any C++ call, its plugin created and
// asked to register, all inside guards. A refused plugin is recorded with
// its reason (see `duban plugins list`) and a warning; the others and the
// core go on.

#include <duban/diagnostic.hpp>
#include <filesystem>
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

}  // namespace duban
