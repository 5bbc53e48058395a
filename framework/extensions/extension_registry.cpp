// The registry of plugin extensions; see extension_registry.hpp.

#include "extensions/extension_registry.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace duban {

namespace {

// Every extension has a name, except that a section's is its id.
template <typename T>
const std::string& name_of(const T& item) {
  return item.name;
}
const std::string& name_of(const sdk::SectionProvider& section) {
  return section.id;
}

template <typename T>
const Owned<T>* find_named(const std::vector<Owned<T>>& items, std::string_view name) {
  for (const auto& item : items) {
    if (name_of(item.value) == name) return &item;
  }
  return nullptr;
}

[[noreturn]] void clash(const std::string& what, const std::string& name, const std::string& owner,
                        const std::string& plugin) {
  if (owner == plugin) {
    throw std::invalid_argument(what + " '" + name + "' is registered twice by " + plugin);
  }
  throw std::invalid_argument(what + " '" + name + "' is already registered by plugin '" + owner +
                              "'");
}

void require_name(const std::string& what, const std::string& name) {
  if (name.empty()) throw std::invalid_argument(what + " without a name");
}

// Checks names inside the batch and against the registry before anything is added.
template <typename T, typename Registered>
void check_unique(const std::string& what, const std::vector<T>& batch,
                  const Registered& registered, const std::string& plugin) {
  std::set<std::string> seen;
  for (const auto& item : batch) {
    const std::string& name = name_of(item);
    require_name(what, name);
    if (const auto* owner = registered(name)) clash(what, name, owner->plugin, plugin);
    if (!seen.insert(name).second) clash(what, name, plugin, plugin);
  }
}

template <typename T>
std::vector<std::string> names_of(const std::vector<T>& items) {
  std::vector<std::string> names;
  for (const auto& item : items) names.push_back(name_of(item));
  return names;
}

}  // namespace

const char* hook_event_name(sdk::HookEvent event) {
  switch (event) {
    case sdk::HookEvent::run_created: return "run_created";
    case sdk::HookEvent::task_created: return "task_created";
    case sdk::HookEvent::task_completed: return "task_completed";
    case sdk::HookEvent::task_overdue: return "task_overdue";
    case sdk::HookEvent::task_escalated: return "task_escalated";
  }
  return "?";
}

const Owned<sdk::TaskKind>* ExtensionRegistry::task_kind(std::string_view name) const {
  return find_named(kinds_, name);
}

const Owned<sdk::RecordType>* ExtensionRegistry::record_type(std::string_view name) const {
  return find_named(record_types_, name);
}

std::vector<const Owned<sdk::Hook>*> ExtensionRegistry::hooks(sdk::HookEvent event) const {
  std::vector<const Owned<sdk::Hook>*> out;
  for (const auto& hook : hooks_) {
    if (hook.value.event == event) out.push_back(&hook);
  }
  return out;
}

const Owned<sdk::Command>* ExtensionRegistry::command(std::string_view plugin,
                                                      std::string_view name) const {
  for (const auto& c : commands_) {
    if (c.plugin == plugin && c.value.name == name) return &c;
  }
  return nullptr;
}

std::vector<const Owned<sdk::Command>*> ExtensionRegistry::commands(std::string_view plugin) const {
  std::vector<const Owned<sdk::Command>*> out;
  for (const auto& c : commands_) {
    if (c.plugin == plugin) out.push_back(&c);
  }
  return out;
}

std::vector<std::string> ExtensionRegistry::task_kind_names() const {
  std::vector<std::string> names;
  for (const auto& k : kinds_) names.push_back(k.value.name);
  return names;
}

std::vector<std::string> ExtensionRegistry::record_type_names() const {
  std::vector<std::string> names;
  for (const auto& t : record_types_) names.push_back(t.value.name);
  return names;
}

const sdk::Schema* ExtensionRegistry::config_schema(std::string_view plugin) const {
  auto it = config_schemas_.find(plugin);
  return it == config_schemas_.end() ? nullptr : &it->second;
}

const nlohmann::json& ExtensionRegistry::config(std::string_view plugin) const {
  static const nlohmann::json empty = nlohmann::json::object();
  auto it = configs_.find(plugin);
  return it == configs_.end() ? empty : it->second;
}

void ExtensionRegistry::set_config(const std::string& plugin, nlohmann::json config) {
  configs_[plugin] = std::move(config);
}

const PluginInfo* ExtensionRegistry::plugin(std::string_view name) const {
  for (const auto& p : plugins_) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

void ExtensionRegistry::add(Batch batch, PluginInfo& info) {
  const std::string& plugin = batch.plugin_;
  check_unique(
      "task kind", batch.kinds_, [&](const std::string& n) { return task_kind(n); }, plugin);
  check_unique(
      "record type", batch.record_types_, [&](const std::string& n) { return record_type(n); },
      plugin);
  check_unique(
      "report section", batch.sections_,
      [&](const std::string& n) { return find_named(sections_, n); }, plugin);
  check_unique(
      "command", batch.commands_, [&](const std::string& n) { return command(plugin, n); }, plugin);
  for (const auto& hook : batch.hooks_) {
    if (!hook.run) throw std::invalid_argument("a hook without a function");
  }
  info.task_kinds = names_of(batch.kinds_);
  info.record_types = names_of(batch.record_types_);
  info.sections = names_of(batch.sections_);
  info.commands = names_of(batch.commands_);
  for (const auto& hook : batch.hooks_) info.hooks.emplace_back(hook_event_name(hook.event));
  info.has_config = batch.config_.has_value();
  for (auto& k : batch.kinds_) kinds_.push_back({plugin, std::move(k)});
  for (auto& t : batch.record_types_) record_types_.push_back({plugin, std::move(t)});
  for (auto& h : batch.hooks_) hooks_.push_back({plugin, std::move(h)});
  for (auto& s : batch.sections_) sections_.push_back({plugin, std::move(s)});
  for (auto& c : batch.commands_) commands_.push_back({plugin, std::move(c)});
  if (batch.config_) config_schemas_[plugin] = std::move(*batch.config_);
  info.loaded = true;
  plugins_.push_back(info);
}

void ExtensionRegistry::Batch::config(sdk::Schema schema) {
  if (config_) throw std::invalid_argument("config schema given twice");
  config_ = std::move(schema);
}

void ExtensionRegistry::Batch::add_task_kind(sdk::TaskKind kind) {
  if (!kind.execute)
    throw std::invalid_argument("task kind '" + kind.name + "' has no execute function");
  kinds_.push_back(std::move(kind));
}

void ExtensionRegistry::Batch::add_record_type(sdk::RecordType type) {
  record_types_.push_back(std::move(type));
}

void ExtensionRegistry::Batch::add_hook(sdk::Hook hook) {
  hooks_.push_back(std::move(hook));
}

void ExtensionRegistry::Batch::add_section(sdk::SectionProvider section) {
  if (!section.build)
    throw std::invalid_argument("report section '" + section.id + "' has no build function");
  sections_.push_back(std::move(section));
}

void ExtensionRegistry::Batch::add_command(sdk::Command command) {
  if (!command.run)
    throw std::invalid_argument("command '" + command.name + "' has no run function");
  commands_.push_back(std::move(command));
}

}  // namespace duban
