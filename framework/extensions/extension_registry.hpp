#pragma once
// Everything the loaded plugins registered, and what `duban plugins` shows
// about each plugin. The core reads extensions from here; it never sees a
// plugin library.
//
// Lifetime: the registered std::functions are code inside plugin libraries,
// so the registry also keeps those libraries alive (`keep_alive`), declared
// first so that they are released last, after every function.

#include <duban/extensions.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace duban {

/// One plugin as found on disk: loaded, or refused and why.
struct PluginInfo {
  std::string name;         ///< from the handshake ("" if it could not be read)
  std::string version;      ///< the plugin's own version
  std::string path;         ///< canonical path of the library
  std::string sdk_version;  ///< "MAJOR.MINOR" it was built with
  std::string stdlib_key;   ///< the standard library it was built with
  bool loaded = false;
  std::string error;  ///< why it was refused ("" when loaded)
  std::vector<std::string> task_kinds;
  std::vector<std::string> record_types;
  std::vector<std::string> hooks;  ///< event names
  std::vector<std::string> sections;
  std::vector<std::string> commands;
  bool has_config = false;
};

/// A registered extension and the plugin it came from.
template <typename T>
struct Owned {
  std::string plugin;
  T value;
};

/// "run_created", "task_completed", …
const char* hook_event_name(sdk::HookEvent event);

class ExtensionRegistry {
 public:
  [[nodiscard]] const Owned<sdk::TaskKind>* task_kind(std::string_view name) const;
  [[nodiscard]] const Owned<sdk::RecordType>* record_type(std::string_view name) const;
  [[nodiscard]] std::vector<const Owned<sdk::Hook>*> hooks(sdk::HookEvent event) const;
  [[nodiscard]] const std::vector<Owned<sdk::SectionProvider>>& sections() const {
    return sections_;
  }
  [[nodiscard]] const Owned<sdk::Command>* command(std::string_view plugin,
                                                   std::string_view name) const;
  [[nodiscard]] std::vector<const Owned<sdk::Command>*> commands(std::string_view plugin) const;
  [[nodiscard]] std::vector<std::string> task_kind_names() const;
  [[nodiscard]] std::vector<std::string> record_type_names() const;

  /// The schema a plugin declared for its duban.toml table, or null.
  [[nodiscard]] const sdk::Schema* config_schema(std::string_view plugin) const;
  /// The plugin's checked configuration ({} if none).
  [[nodiscard]] const nlohmann::json& config(std::string_view plugin) const;
  void set_config(const std::string& plugin, nlohmann::json config);

  /// Every plugin found, loaded or not, in load order.
  [[nodiscard]] const std::vector<PluginInfo>& plugins() const { return plugins_; }
  [[nodiscard]] const PluginInfo* plugin(std::string_view name) const;
  [[nodiscard]] bool empty() const { return plugins_.empty(); }

  /// Adds a plugin's registrations at once, or throws std::invalid_argument
  /// naming the first clash with what is registered (then adds nothing).
  class Batch;
  void add(Batch batch, PluginInfo& info);
  /// Records a plugin that was refused.
  void add_refused(PluginInfo info) { plugins_.push_back(std::move(info)); }
  /// Keeps `handle` (a plugin library, a plugin object) alive as long as the registry.
  void keep_alive(std::shared_ptr<void> handle) { handles_.push_back(std::move(handle)); }

 private:
  std::vector<std::shared_ptr<void>> handles_;  // first: released last
  std::vector<PluginInfo> plugins_;
  std::vector<Owned<sdk::TaskKind>> kinds_;
  std::vector<Owned<sdk::RecordType>> record_types_;
  std::vector<Owned<sdk::Hook>> hooks_;
  std::vector<Owned<sdk::SectionProvider>> sections_;
  std::vector<Owned<sdk::Command>> commands_;
  std::map<std::string, sdk::Schema, std::less<>> config_schemas_;
  std::map<std::string, nlohmann::json, std::less<>> configs_;
};

/// What one plugin registers, collected before it is added: a plugin that
/// throws halfway through registering leaves nothing behind.
class ExtensionRegistry::Batch final : public sdk::Registry {
 public:
  explicit Batch(std::string plugin) : plugin_(std::move(plugin)) {}
  void config(sdk::Schema schema) override;
  void add_task_kind(sdk::TaskKind kind) override;
  void add_record_type(sdk::RecordType type) override;
  void add_hook(sdk::Hook hook) override;
  void add_section(sdk::SectionProvider section) override;
  void add_command(sdk::Command command) override;

 private:
  friend class ExtensionRegistry;
  std::string plugin_;
  std::optional<sdk::Schema> config_;
  std::vector<sdk::TaskKind> kinds_;
  std::vector<sdk::RecordType> record_types_;
  std::vector<sdk::Hook> hooks_;
  std::vector<sdk::SectionProvider> sections_;
  std::vector<sdk::Command> commands_;
};

}  // namespace duban
