#include "workspace/workspace.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "calendar/calendar_loader.hpp"
#include "diagnostics/suggest.hpp"
#include "extensions/schema_check.hpp"
#include "org/org_loader.hpp"
#include "plugin_host/plugin_host.hpp"
#include "roster/roster_loader.hpp"
#include "toml/toml_reader.hpp"
#include "workflow/workflow_loader.hpp"

namespace duban {

namespace fs = std::filesystem;

namespace {

void read_workspace_section(TableReader& root, WorkspaceConfig& config) {
  const toml::table* t = root.subtable("workspace");
  if (!t) return;
  TableReader r(*t, root.path(), root.diagnostics(), "[workspace]");
  config.name = r.string("name").value_or("");
  if (auto zone = r.string("timezone")) {
    if (auto offset = parse_utc_offset(*zone))
      config.zone = *offset;
    else
      r.error("timezone",
              "unknown time zone '" + *zone + "' (use Asia/Shanghai or an offset such as +08:00)");
  }
  config.admins = r.strings("admins");
  config.admins_position = r.position("admins");
  if (auto end = r.string("workday_end")) {
    if (auto time = parse_time_of_day(*end))
      config.workday_end = *time;
    else
      r.error("workday_end", "'" + *end + "' is not a time of day (HH:MM)");
  }
  r.finish();
}

void read_sections(TableReader& root, WorkspaceConfig& c) {
  if (const toml::table* t = root.subtable("organisation")) {
    TableReader r(*t, root.path(), root.diagnostics(), "[organisation]");
    c.organisation_file = r.string("file", Need::required).value_or(c.organisation_file);
    r.finish();
  }
  if (const toml::table* t = root.subtable("calendar")) {
    TableReader r(*t, root.path(), root.diagnostics(), "[calendar]");
    c.calendar_files = r.strings("files");
    c.calendar_dir = r.string("dir").value_or("");
    c.calendar_overrides = r.strings("overrides");
    r.finish();
  }
  if (const toml::table* t = root.subtable("workflows")) {
    TableReader r(*t, root.path(), root.diagnostics(), "[workflows]");
    if (r.has("dirs")) c.workflow_dirs = r.strings("dirs");
    c.policies_file = r.string("policies").value_or("");
    c.default_policy = r.string("default_policy").value_or("");
    r.finish();
  }
  if (const toml::table* t = root.subtable("database")) {
    TableReader r(*t, root.path(), root.diagnostics(), "[database]");
    c.database_url = r.string("url").value_or(c.database_url);
    r.finish();
  }
  if (const toml::table* t = root.subtable("rosters")) {
    TableReader r(*t, root.path(), root.diagnostics(), "[rosters]");
    c.roster_dirs = r.strings("dirs");
    r.finish();
  }
  if (const toml::table* t = root.subtable("scoring")) {
    TableReader r(*t, root.path(), root.diagnostics(), "[scoring]");
    c.scoring_file = r.string("file", Need::required).value_or("");
    r.finish();
  }
  if (const toml::table* t = root.subtable("plugins")) {
    TableReader r(*t, root.path(), root.diagnostics(), "[plugins]");
    c.plugin_dirs = r.strings("dirs");
    c.plugin_dirs_position = r.position("dirs");
    for (const auto& [key, node] : *t) {
      if (key.str() == "dirs") continue;
      if (const toml::table* config = node.as_table()) {
        r.allow({key.str()});
        c.plugin_tables.emplace(std::string(key.str()), *config);
      }
    }
    r.finish();
  }
}

// The .toml files of the given folders, each folder sorted by name.
std::vector<std::string> toml_files(const Workspace& ws, const std::vector<std::string>& dirs,
                                    const char* what, Diagnostics& diagnostics) {
  std::vector<std::string> files;
  for (const auto& dir : dirs) {
    std::error_code ec;
    const fs::path folder = ws.root / dir;
    if (!fs::is_directory(folder, ec)) {
      diagnostics.error({ws.display_path(workspace_file_name), 0, 0},
                        std::string(what) + " folder '" + dir + "' does not exist");
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
      if (entry.path().extension() == ".toml")
        found.push_back((fs::path(dir) / entry.path().filename()).string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

void load_workflows(Workspace& ws, Diagnostics& diagnostics) {
  std::map<std::string, std::string> first_file;
  for (const auto& file : toml_files(ws, ws.config.workflow_dirs, "workflow", diagnostics)) {
    auto wf = load_workflow(ws.display_path(file), diagnostics);
    if (!wf) continue;
    auto [it, inserted] = first_file.emplace(wf->id, wf->path);
    if (!inserted) {
      diagnostics.error(wf->position("id"),
                        "duplicate workflow id '" + wf->id + "' (also in " + it->second + ")");
      continue;
    }
    ws.workflows.push_back(std::move(*wf));
  }
}

void load_workspace_plugins(Workspace& ws, const WorkspaceLoadOptions& options,
                            Diagnostics& diagnostics) {
  PluginSearch search;
  for (const auto& dir : ws.config.plugin_dirs) {
    search.folders.push_back(fs::absolute(ws.root / dir).lexically_normal());
    search.shown_as.push_back(dir);
  }
  search.where = ws.config.plugin_dirs_position;
  search.reserved_names = options.reserved_names;
  options.load_plugins(search, *ws.extensions, diagnostics);
}

// Each [plugins.NAME] table is read against the schema plugin NAME
// registered; a table for a plugin that is not loaded is an error.
void read_plugin_configs(Workspace& ws, Diagnostics& diagnostics) {
  ExtensionRegistry& registry = *ws.extensions;
  std::vector<std::string> loaded;
  for (const auto& p : registry.plugins()) {
    if (p.loaded) loaded.push_back(p.name);
  }
  for (const auto& [name, table] : ws.config.plugin_tables) {
    const std::string what = "[plugins." + name + "]";
    TableReader r(table, ws.config.config_path, diagnostics, what);
    const PluginInfo* info = registry.plugin(name);
    if (!info || !info->loaded) {
      std::string message = what;
      message += ": no plugin named '" + name + "' is loaded";
      message += did_you_mean(name, loaded);
      diagnostics.error(r.position(), message);
      continue;
    }
    const sdk::Schema* schema = registry.config_schema(name);
    if (!schema) {
      std::string message = what;
      message += ": plugin '" + name + "' takes no configuration";
      diagnostics.error(r.position(), message);
      continue;
    }
    registry.set_config(name, read_schema_table(r, *schema, &ws.org));
  }
  for (const auto& name : loaded) {  // defaults for plugins configured nowhere
    const sdk::Schema* schema = registry.config_schema(name);
    if (!schema || ws.config.plugin_tables.contains(name)) continue;
    nlohmann::json config = nlohmann::json::object();
    for (const auto& problem : check_object(config, *schema, &ws.org)) {
      std::string message = "plugin '" + name + "' needs a [plugins.";
      message += name;
      message += "] table: ";
      message += problem;
      diagnostics.error(ws.config.plugin_dirs_position, message);
    }
    registry.set_config(name, std::move(config));
  }
}

// Rosters: ids unique, and distinct from workflow ids (both name runs).
void load_rosters(Workspace& ws, Diagnostics& diagnostics) {
  std::map<std::string, std::string> first_file;
  for (const auto& file : toml_files(ws, ws.config.roster_dirs, "roster", diagnostics)) {
    auto roster = load_roster(ws.display_path(file), ws.org, diagnostics);
    if (!roster || roster->id.empty()) continue;
    auto [it, inserted] = first_file.emplace(roster->id, roster->path);
    if (!inserted) {
      diagnostics.error(roster->where,
                        "duplicate roster id '" + roster->id + "' (also in " + it->second + ")");
      continue;
    }
    if (const WorkflowDefinition* wf = ws.workflow(roster->id)) {
      diagnostics.error(roster->where, "roster id '" + roster->id + "' is also a workflow id (" +
                                           wf->path +
                                           "); runs are named by id, so they must differ");
      continue;
    }
    ws.rosters.push_back(std::move(*roster));
  }
}

}  // namespace

WorkspaceConfig load_workspace_config(const std::string& path, Diagnostics& diagnostics) {
  WorkspaceConfig config;
  auto table = parse_toml_file(path, diagnostics);
  if (!table) return config;
  config.config_path = path;
  TableReader root(*table, path, diagnostics, "duban.toml");
  read_workspace_section(root, config);
  read_sections(root, config);
  root.finish();
  return config;
}

Definitions Workspace::definitions() const {
  return {org,         calendar,    policies,           workflows,
          *extensions, config.zone, config.workday_end, config.default_policy};
}

const WorkflowDefinition* Workspace::workflow(std::string_view id) const {
  return definitions().workflow(id);
}

const RosterDefinition* Workspace::roster(std::string_view id) const {
  for (const auto& r : rosters) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

std::vector<std::string> Workspace::roster_ids() const {
  std::vector<std::string> ids;
  for (const auto& r : rosters) ids.push_back(r.id);
  return ids;
}

std::vector<std::string> Workspace::workflow_ids() const {
  std::vector<std::string> ids;
  for (const auto& wf : workflows) ids.push_back(wf.id);
  return ids;
}

ValidationContext Workspace::validation_context() const {
  return definitions().validation_context();
}

bool Workspace::is_admin(std::string_view person) const {
  return std::find(config.admins.begin(), config.admins.end(), person) != config.admins.end();
}

std::string Workspace::display_path(const std::string& relative) const {
  // Shown relative to the current folder when inside it, as a user would type it.
  const fs::path full = (root / relative).lexically_normal();
  std::error_code ec;
  const fs::path here = fs::current_path(ec);
  if (!ec && full.is_absolute()) {
    const fs::path rel = full.lexically_relative(here);
    if (!rel.empty() && *rel.begin() != "..") return rel.string();
  }
  return full.string();
}

std::optional<fs::path> find_workspace(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  for (; !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / workspace_file_name, ec)) return dir;
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

std::vector<std::string> calendar_paths(const Workspace& ws) {
  std::vector<std::string> paths;
  for (const auto& f : ws.config.calendar_files) paths.push_back(ws.display_path(f));
  if (!ws.config.calendar_dir.empty()) {
    std::error_code ec;
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(ws.root / ws.config.calendar_dir, ec)) {
      const std::string stem = entry.path().stem().string();
      // Year files only (2026.toml); overrides are named explicitly.
      if (entry.path().extension() == ".toml" && stem.size() == 4 &&
          std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        found.push_back(
            ws.display_path((fs::path(ws.config.calendar_dir) / entry.path().filename()).string()));
      }
    }
    std::sort(found.begin(), found.end());
    paths.insert(paths.end(), found.begin(), found.end());
  }
  for (const auto& f : ws.config.calendar_overrides) paths.push_back(ws.display_path(f));
  return paths;
}

std::unique_ptr<Workspace> load_workspace(const fs::path& root, Diagnostics& diagnostics,
                                          const WorkspaceLoadOptions& options) {
  auto ws = std::make_unique<Workspace>();
  ws->root = root;
  const std::string config_path = ws->display_path(workspace_file_name);
  std::error_code ec;
  if (!fs::is_regular_file(root / workspace_file_name, ec)) {
    diagnostics.error({config_path, 0, 0},
                      "no duban.toml here (run 'duban init DIR' to create a workspace)");
    return nullptr;
  }
  ws->config = load_workspace_config(config_path, diagnostics);
  load_workspace_plugins(*ws, options, diagnostics);
  ws->org = load_organisation(ws->display_path(ws->config.organisation_file), diagnostics);
  read_plugin_configs(*ws, diagnostics);
  ws->calendar = load_calendar(calendar_paths(*ws), diagnostics);
  if (!ws->config.policies_file.empty()) {
    ws->policies = load_policy_file(ws->display_path(ws->config.policies_file), diagnostics);
  }
  if (!ws->config.default_policy.empty() && !ws->policies.contains(ws->config.default_policy)) {
    std::vector<std::string> ids;
    for (const auto& [id, p] : ws->policies) ids.push_back(id);
    diagnostics.error({config_path, 0, 0}, "default_policy '" + ws->config.default_policy +
                                               "' is not defined in the policies file" +
                                               did_you_mean(ws->config.default_policy, ids));
  }
  for (const auto& admin : ws->config.admins) {
    if (!ws->org.person(admin))
      diagnostics.error(ws->config.admins_position, "admins: unknown person '" + admin + "'" +
                                                        did_you_mean(admin, ws->org.person_ids()));
  }
  load_workflows(*ws, diagnostics);
  load_rosters(*ws, diagnostics);
  if (!ws->config.scoring_file.empty()) {
    ws->scoring = load_scoring(ws->display_path(ws->config.scoring_file), diagnostics);
  }
  for (const auto& [id, policy] : ws->policies)
    check_policy_references(policy, ws->org, diagnostics);
  const ValidationContext ctx = ws->validation_context();
  for (const auto& wf : ws->workflows) validate_workflow(wf, ctx, diagnostics);
  return ws;
}

}  // namespace duban
