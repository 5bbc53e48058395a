// The plugin host; see plugin_host.hpp.

#include "plugin_host/plugin_host.hpp"

#include <algorithm>
#include <duban/version.hpp>

#include "plugin_host/plugin_library.hpp"

namespace duban {

namespace fs = std::filesystem;

namespace {

bool is_library(const fs::directory_entry& entry) {
  std::error_code ec;
  if (!entry.is_regular_file(ec)) return false;
  const std::string name = entry.path().filename().string();
  return name.ends_with(".so") || name.find(".so.") != std::string::npos;
}

std::vector<fs::path> libraries_in(const fs::path& folder) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (is_library(entry)) found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::string sdk_text(int major, int minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

// A plugin built against SDK a.b runs on a host providing a.c with c ≥ b.
void check_handshake(const Handshake& h) {
  if (h.abi_version != DUBAN_PLUGIN_ABI_VERSION) {
    throw PluginLoadError("built for plugin ABI " + std::to_string(h.abi_version) +
                          ", but this duban speaks ABI " +
                          std::to_string(DUBAN_PLUGIN_ABI_VERSION) + " (rebuild the plugin)");
  }
  if (h.sdk_major != DUBAN_SDK_VERSION_MAJOR || h.sdk_minor > DUBAN_SDK_VERSION_MINOR) {
    throw PluginLoadError("built with SDK " + sdk_text(h.sdk_major, h.sdk_minor) +
                          ", but this duban provides SDK " DUBAN_SDK_VERSION_STRING
                          " (rebuild the plugin against it)");
  }
  if (h.stdlib_key != DUBAN_STDLIB_KEY) {
    throw PluginLoadError("built with the standard library '" + h.stdlib_key +
                          "', but this duban uses '" DUBAN_STDLIB_KEY "'");
  }
}

void check_name(const std::string& name, const ExtensionRegistry& registry,
                const std::set<std::string, std::less<>>& reserved) {
  const bool well_formed = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!well_formed) {
    throw PluginLoadError("its name '" + name + "' must be lowercase letters, digits and '-'");
  }
  if (reserved.contains(name)) {
    throw PluginLoadError("its name '" + name + "' is a duban command");
  }
  if (const PluginInfo* other = registry.plugin(name); other && other->loaded) {
    throw PluginLoadError("a plugin named '" + name + "' is already loaded from " + other->path);
  }
}

// The plugin object is deleted by its own code, so the deleter keeps the
// library alive until then (TECH-NOTES: never outlive the library).
std::shared_ptr<sdk::Plugin> create_plugin(const std::shared_ptr<PluginLibrary>& library) {
  sdk::Plugin* raw = nullptr;
  try {
    raw = library->create();
  } catch (const PluginLoadError&) {
    throw;
  } catch (const std::exception& error) {
    throw PluginLoadError(std::string("its factory threw: ") + error.what());
  } catch (...) {
    throw PluginLoadError("its factory threw a non-standard exception");
  }
  if (!raw) throw PluginLoadError("its factory returned no plugin");
  return {raw, [library](sdk::Plugin* p) { delete p; }};  // NOLINT(cppcoreguidelines-owning-memory)
}

void register_extensions(sdk::Plugin& plugin, const std::string& name, ExtensionRegistry& registry,
                         PluginInfo& info) {
  ExtensionRegistry::Batch batch(name);
  try {
    plugin.register_extensions(batch);
  } catch (const std::exception& error) {
    throw PluginLoadError(std::string("it threw while registering: ") + error.what());
  } catch (...) {
    throw PluginLoadError("it threw a non-standard exception while registering");
  }
  try {
    registry.add(std::move(batch), info);
  } catch (const std::invalid_argument& error) {
    throw PluginLoadError(error.what());
  }
}

PluginInfo refuse(PluginInfo info, const PluginLoadError& error, ExtensionRegistry& registry) {
  info.loaded = false;
  info.error = error.what();
  registry.add_refused(info);
  return info;
}

}  // namespace

PluginInfo register_plugin(std::shared_ptr<sdk::Plugin> plugin, PluginInfo info,
                           ExtensionRegistry& registry,
                           const std::set<std::string, std::less<>>& reserved_names) {
  try {
    if (!plugin) throw PluginLoadError("there is no plugin object");
    check_name(info.name, registry, reserved_names);
    register_extensions(*plugin, info.name, registry, info);
  } catch (const PluginLoadError& error) {
    return refuse(std::move(info), error, registry);
  }
  registry.keep_alive(std::move(plugin));
  return info;
}

PluginInfo load_plugin_file(const fs::path& file, ExtensionRegistry& registry,
                            const std::set<std::string, std::less<>>& reserved_names) {
  PluginInfo info;
  info.path = file.string();
  std::shared_ptr<PluginLibrary> library;
  std::shared_ptr<sdk::Plugin> plugin;
  try {
    library = PluginLibrary::open(file);
    const Handshake handshake = library->handshake();
    info.name = handshake.name;
    info.version = handshake.version;
    info.sdk_version = sdk_text(handshake.sdk_major, handshake.sdk_minor);
    info.stdlib_key = handshake.stdlib_key;
    check_handshake(handshake);
    // Before the factory, so that a refused plugin runs none of its code
    // (register_plugin checks the name again, harmlessly).
    check_name(handshake.name, registry, reserved_names);
    plugin = create_plugin(library);
  } catch (const PluginLoadError& error) {
    return refuse(std::move(info), error, registry);
  }
  info = register_plugin(std::move(plugin), std::move(info), registry, reserved_names);
  if (info.loaded) registry.keep_alive(std::move(library));
  return info;
}

void load_plugins(const PluginSearch& search, ExtensionRegistry& registry,
                  Diagnostics& diagnostics) {
  std::set<fs::path> seen;
  for (std::size_t i = 0; i < search.folders.size(); ++i) {
    const fs::path& folder = search.folders[i];
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
      diagnostics.error(search.where, "plugin folder '" + search.shown_as[i] + "' does not exist");
      continue;
    }
    for (const auto& file : libraries_in(folder)) {
      // The same library reached twice (a symlink, a folder listed twice)
      // would share its globals with itself: load it once.
      const fs::path canonical = fs::weakly_canonical(file, ec);
      if (!seen.insert(ec ? file : canonical).second) continue;
      const PluginInfo info =
          load_plugin_file(ec ? file : canonical, registry, search.reserved_names);
      if (!info.loaded) {
        diagnostics.warning(search.where, "plugin " + info.path + " was not loaded: " + info.error);
      }
    }
  }
}

}  // namespace duban
