#pragma once
/// @file
/// A registry that keeps what one plugin registers, with the core's rules
/// for names and functions, so that a test can register a whole plugin (or
/// single extensions) and find each extension by name.

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "duban/extensions.hpp"

namespace duban::testing {

/// The extensions of one plugin, in the order registered. Each add_… throws
/// std::invalid_argument with the core's message for what the core refuses:
/// a missing name or function, a name registered twice, a config schema
/// given twice. (The core refuses the plugin as a whole; FakeContext::install
/// does the same.)
class FakeRegistry final : public sdk::Registry {
 public:
  /// `plugin` names the plugin in messages.
  explicit FakeRegistry(std::string plugin = "plugin") : plugin_(std::move(plugin)) {}

  /// Keeps the schema of the plugin's configuration table.
  void config(sdk::Schema schema) override {
    if (config_) throw std::invalid_argument("config schema given twice");
    config_ = std::move(schema);
  }
  /// Keeps an automatic task kind.
  void add_task_kind(sdk::TaskKind kind) override {
    if (!kind.execute) {
      throw std::invalid_argument("task kind '" + kind.name + "' has no execute function");
    }
    add_unique("task kind", kinds_, std::move(kind));
  }
  /// Keeps a record type.
  void add_record_type(sdk::RecordType type) override {
    add_unique("record type", record_types_, std::move(type));
  }
  /// Keeps a hook.
  void add_hook(sdk::Hook hook) override {
    if (!hook.run) throw std::invalid_argument("a hook without a function");
    hooks_.push_back(std::move(hook));
  }
  /// Keeps a report section.
  void add_section(sdk::SectionProvider section) override {
    if (!section.build) {
      throw std::invalid_argument("report section '" + section.id + "' has no build function");
    }
    add_unique("report section", sections_, std::move(section));
  }
  /// Keeps a command.
  void add_command(sdk::Command command) override {
    if (!command.run) {
      throw std::invalid_argument("command '" + command.name + "' has no run function");
    }
    add_unique("command", commands_, std::move(command));
  }

  /// The plugin's name, as given to the constructor.
  [[nodiscard]] const std::string& plugin() const { return plugin_; }
  /// The configuration schema, or null when the plugin declared none.
  [[nodiscard]] const sdk::Schema* config_schema() const { return config_ ? &*config_ : nullptr; }
  /// The task kind of this name, or null.
  [[nodiscard]] const sdk::TaskKind* task_kind(std::string_view name) const {
    return find_named(kinds_, name);
  }
  /// The record type of this name, or null.
  [[nodiscard]] const sdk::RecordType* record_type(std::string_view name) const {
    return find_named(record_types_, name);
  }
  /// The section of this id, or null.
  [[nodiscard]] const sdk::SectionProvider* section(std::string_view id) const {
    return find_named(sections_, id);
  }
  /// The command of this name, or null.
  [[nodiscard]] const sdk::Command* command(std::string_view name) const {
    return find_named(commands_, name);
  }
  /// The hooks for `event`, in the order registered.
  [[nodiscard]] std::vector<const sdk::Hook*> hooks(sdk::HookEvent event) const {
    std::vector<const sdk::Hook*> out;
    for (const auto& hook : hooks_) {
      if (hook.event == event) out.push_back(&hook);
    }
    return out;
  }

  /// Every task kind.
  [[nodiscard]] const std::vector<sdk::TaskKind>& task_kinds() const { return kinds_; }
  /// Every record type.
  [[nodiscard]] const std::vector<sdk::RecordType>& record_types() const { return record_types_; }
  /// Every hook.
  [[nodiscard]] const std::vector<sdk::Hook>& hooks() const { return hooks_; }
  /// Every section.
  [[nodiscard]] const std::vector<sdk::SectionProvider>& sections() const { return sections_; }
  /// Every command.
  [[nodiscard]] const std::vector<sdk::Command>& commands() const { return commands_; }

 private:
  // Every extension has a name, except that a section's is its id.
  template <typename T>
  static const std::string& name_of(const T& item) {
    if constexpr (std::is_same_v<T, sdk::SectionProvider>) {
      return item.id;
    } else {
      return item.name;
    }
  }
  template <typename T>
  static const T* find_named(const std::vector<T>& items, std::string_view name) {
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const T& item) { return name_of(item) == name; });
    return it == items.end() ? nullptr : &*it;
  }
  template <typename T>
  void add_unique(const std::string& what, std::vector<T>& items, T item) {
    const std::string& name = name_of(item);
    if (name.empty()) throw std::invalid_argument(what + " without a name");
    if (find_named(items, name)) {
      throw std::invalid_argument(what + " '" + name + "' is registered twice by " + plugin_);
    }
    items.push_back(std::move(item));
  }

  std::string plugin_;
  std::optional<sdk::Schema> config_;
  std::vector<sdk::TaskKind> kinds_;
  std::vector<sdk::RecordType> record_types_;
  std::vector<sdk::Hook> hooks_;
  std::vector<sdk::SectionProvider> sections_;
  std::vector<sdk::Command> commands_;
};

}  // namespace duban::testing
