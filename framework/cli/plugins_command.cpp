// duban plugins list | info NAME: what each plugin is and registered, or
// why it was refused.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "diagnostics/suggest.hpp"

namespace duban::cli {

namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

json fields_json(const sdk::Schema& schema) {
  json out = json::array();
  for (const auto& f : schema.fields) {
    json field{{"name", f.name},
               {"type", sdk::field_type_name(f.type)},
               {"required", f.required},
               {"description", f.description}};
    if (!f.choices.empty()) field["choices"] = f.choices;
    if (f.minimum) field["minimum"] = *f.minimum;
    if (f.maximum) field["maximum"] = *f.maximum;
    if (!f.default_value.is_null()) field["default"] = f.default_value;
    out.push_back(std::move(field));
  }
  return out;
}

json summary_json(const PluginInfo& p) {
  return {{"name", p.name},
          {"version", p.version},
          {"path", p.path},
          {"loaded", p.loaded},
          {"error", p.error},
          {"sdk_version", p.sdk_version},
          {"stdlib", p.stdlib_key},
          {"task_kinds", p.task_kinds},
          {"record_types", p.record_types},
          {"hooks", p.hooks},
          {"sections", p.sections},
          {"commands", p.commands},
          {"has_config", p.has_config}};
}

json details_json(const PluginInfo& p, const ExtensionRegistry& registry) {
  json out = summary_json(p);
  json kinds = json::array();
  for (const auto& name : p.task_kinds) {
    const auto* k = registry.task_kind(name);
    kinds.push_back({{"name", name},
                     {"description", k->value.description},
                     {"params", fields_json(k->value.params)}});
  }
  json types = json::array();
  for (const auto& name : p.record_types) {
    const auto* t = registry.record_type(name);
    types.push_back({{"name", name},
                     {"description", t->value.description},
                     {"fields", fields_json(t->value.schema)}});
  }
  json commands = json::array();
  for (const auto* c : registry.commands(p.name)) {
    json options = json::array();
    for (const auto& o : c->value.options) {
      options.push_back({{"name", o.name},
                         {"description", o.description},
                         {"required", o.required},
                         {"flag", o.flag}});
    }
    commands.push_back({{"name", c->value.name},
                        {"summary", c->value.summary},
                        {"writes", c->value.writes},
                        {"options", options}});
  }
  out["task_kinds"] = kinds;
  out["record_types"] = types;
  out["commands"] = commands;
  if (const auto* schema = registry.config_schema(p.name)) {
    out["config_schema"] = fields_json(*schema);
    out["config"] = registry.config(p.name);
  }
  return out;
}

std::string status_of(const PluginInfo& p, const Messages& m) {
  return p.loaded ? m[Msg::plugin_loaded] : m(Msg::plugin_not_loaded, {p.error});
}

int run_list(CommandContext& ctx) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const ExtensionRegistry& registry = *ctx.workspace().extensions;
  if (format == "json") {
    json list = json::array();
    for (const auto& p : registry.plugins()) list.push_back(summary_json(p));
    ctx.out() << json{{"plugins", list}}.dump(2) << '\n';
    return exit_ok;
  }
  Rows rows;
  for (const auto& p : registry.plugins()) {
    rows.push_back({p.name.empty() ? "?" : p.name, p.version, status_of(p, ctx.messages()),
                    std::to_string(p.task_kinds.size() + p.record_types.size() + p.hooks.size() +
                                   p.sections.size() + p.commands.size()),
                    p.path});
  }
  if (rows.empty()) {
    ctx.out() << "no plugins (name their folders under [plugins] dirs in duban.toml)\n";
    return exit_ok;
  }
  print_rows(ctx, format,
             headings(ctx.messages(),
                      {Msg::plugin, Msg::version, Msg::status, Msg::extension_count, Msg::path}),
             rows);
  return exit_ok;
}

// By name, or by the file name or path of a plugin that could not say its name.
const PluginInfo* find_plugin(const ExtensionRegistry& registry, const std::string& ref) {
  if (const auto* p = registry.plugin(ref)) return p;
  for (const auto& p : registry.plugins()) {
    const std::string file = std::filesystem::path(p.path).filename().string();
    if (p.path == ref || file == ref) return &p;
  }
  return nullptr;
}

void print_info(CommandContext& ctx, const PluginInfo& p, const ExtensionRegistry& registry) {
  auto& out = ctx.out();
  out << p.name << ' ' << p.version << " (" << status_of(p, ctx.messages()) << ")\n"
      << "  path: " << p.path << "\n  built with SDK " << p.sdk_version << ", " << p.stdlib_key
      << '\n';
  if (!p.loaded) return;
  for (const auto& name : p.task_kinds) {
    const auto* k = registry.task_kind(name);
    out << "  task kind " << name << ": " << k->value.description << '\n';
    for (const auto& f : k->value.params.fields) {
      out << "    params." << f.name << " (" << sdk::field_type_name(f.type)
          << (f.required ? ", required" : "") << ") " << f.description << '\n';
    }
  }
  for (const auto& name : p.record_types) {
    const auto* t = registry.record_type(name);
    out << "  record type " << name << ": " << t->value.description << '\n';
  }
  if (!p.hooks.empty()) out << "  hooks: " << joined(p.hooks) << '\n';
  if (!p.sections.empty()) out << "  report sections: " << joined(p.sections) << '\n';
  for (const auto* c : registry.commands(p.name)) {
    out << "  command: duban " << p.name << ' ' << c->value.name << " — " << c->value.summary
        << '\n';
  }
  if (registry.config_schema(p.name)) {
    out << "  config [plugins." << p.name << "]: " << registry.config(p.name).dump() << '\n';
  }
}

int run_info(CommandContext& ctx, const std::string& ref) {
  const std::string format = ctx.format({"table", "json"});
  const ExtensionRegistry& registry = *ctx.workspace().extensions;
  const PluginInfo* p = find_plugin(registry, ref);
  if (!p) {
    std::vector<std::string> names;
    for (const auto& q : registry.plugins()) names.push_back(q.name);
    ctx.fail("no plugin '" + ref + "' (see 'duban plugins list')" + did_you_mean(ref, names));
  }
  if (format == "json") {
    ctx.out() << details_json(*p, registry).dump(2) << '\n';
  } else {
    print_info(ctx, *p, registry);
  }
  return exit_ok;
}

}  // namespace

CommandSpec plugins_command() {
  return {"plugins",
          "The plugins this workspace loads: what each registered, or why it was refused",
          [](CLI::App& app) {
            app.require_subcommand(1);
            auto* list = app.add_subcommand("list", "Every plugin found, loaded or refused");
            auto* info = app.add_subcommand("info", "One plugin in detail");
            auto name = std::make_shared<std::string>();
            info->add_option("NAME", *name, "Plugin name (or library file name)")->required();
            return [list, name](CommandContext& ctx) {
              return list->parsed() ? run_list(ctx) : run_info(ctx, *name);
            };
          }};
}

}  // namespace duban::cli
