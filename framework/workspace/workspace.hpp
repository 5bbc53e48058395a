#pragma once
// A workspace: the folder holding duban.toml and everything it names,
// loaded once into immutable definitions.
//
// The assembly, near the top of the layers (docs/architecture.md): it reads
// duban.toml, calls each loader (calendar, organisation, policies,
// workflows, rosters, scoring), loads plugins through the PluginLoader seam
// and checks the parts against one another. Nothing below includes it:
// planning, the engine and the reports take the Definitions it hands out;
// only the two front ends (cli, web) hold a Workspace.

#include <duban/diagnostic.hpp>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>
#include <map>

#include "calendar/working_calendar.hpp"
#include "extensions/extension_registry.hpp"
#include "org/organisation.hpp"
#include "plan/definitions.hpp"
#include "plugin_host/plugin_host.hpp"
#include "roster/roster_definition.hpp"
#include "score/scoring_rules.hpp"
#include "workflow/deadline_policy.hpp"
#include "workflow/workflow_definition.hpp"
#include "workflow/workflow_validator.hpp"

namespace duban {

inline constexpr const char* workspace_file_name = "duban.toml";

/// What duban.toml says. Paths are relative to the workspace root.
struct WorkspaceConfig {
  std::string name;
  UtcOffset zone;
  TimeOfDay workday_end{17 * 60 + 30};
  std::string organisation_file = "org.toml";
  std::vector<std::string> calendar_files;
  std::string calendar_dir;
  std::vector<std::string> calendar_overrides;
  std::vector<std::string> workflow_dirs{"workflows"};
  std::string policies_file;
  std::string default_policy;
  std::string database_url = "sqlite:duban.db";
  std::vector<std::string> plugin_dirs;
  SourcePosition plugin_dirs_position;  ///< of [plugins] dirs, for messages
  /// `[plugins.NAME]` tables: each plugin's own configuration, checked
  /// against the schema it registers once it is loaded.
  std::map<std::string, toml::table, std::less<>> plugin_tables;
  std::string config_path;               ///< duban.toml as shown in messages
  std::vector<std::string> roster_dirs;  ///< folders of roster definitions ([rosters] dirs)
  std::string scoring_file;              ///< [scoring] file: the weekly score sheet ("" = none)
  /// [workspace] admins: the people who administer the workspace. On the
  /// command line whoever can write the workspace administers it; the web
  /// lets only these plan runs and read every task.
  std::vector<std::string> admins;
  SourcePosition admins_position;  ///< of admins, for messages
};

/// Reads duban.toml (the file at `path`); problems go to `diagnostics`.
WorkspaceConfig load_workspace_config(const std::string& path, Diagnostics& diagnostics);

struct Workspace {
  std::filesystem::path root;
  WorkspaceConfig config;
  Organisation org;
  WorkingCalendar calendar;
  PolicySet policies;
  std::vector<WorkflowDefinition> workflows;
  /// What the loaded plugins registered; never null.
  std::shared_ptr<ExtensionRegistry> extensions = std::make_shared<ExtensionRegistry>();
  std::vector<RosterDefinition> rosters;
  ScoringRules scoring;  ///< not configured() when duban.toml names no scoring file

  /// The definitions planning, the engine and the reports read, borrowed
  /// from this workspace (which must outlive them).
  [[nodiscard]] Definitions definitions() const;
  [[nodiscard]] const WorkflowDefinition* workflow(std::string_view id) const;
  [[nodiscard]] std::vector<std::string> workflow_ids() const;
  [[nodiscard]] const RosterDefinition* roster(std::string_view id) const;
  [[nodiscard]] std::vector<std::string> roster_ids() const;
  [[nodiscard]] ValidationContext validation_context() const;
  /// A path inside the workspace as it is shown in messages.
  [[nodiscard]] std::string display_path(const std::string& relative) const;
  /// Whether `person` is one of [workspace] admins.
  [[nodiscard]] bool is_admin(std::string_view person) const;
};

/// The nearest folder at or above `start` that holds duban.toml.
std::optional<std::filesystem::path> find_workspace(const std::filesystem::path& start);

/// Loads the libraries of the plugin folders duban.toml names into a registry.
using PluginLoader = std::function<void(const PluginSearch&, ExtensionRegistry&, Diagnostics&)>;

/// How a workspace is assembled, as its caller decides.
struct WorkspaceLoadOptions {
  /// Names no plugin may take: the program's own command names, which only
  /// the program knows (the CLI passes its command table's names).
  std::set<std::string, std::less<>> reserved_names;
  /// The seam for plugin loading: the default opens shared libraries;
  /// tests assemble a workspace with plugins built into the test instead.
  PluginLoader load_plugins = duban::load_plugins;
};

/// Loads and validates everything; returns null only when duban.toml itself
/// cannot be read. Check `diagnostics.has_errors()` before using the result.
std::unique_ptr<Workspace> load_workspace(const std::filesystem::path& root,
                                          Diagnostics& diagnostics,
                                          const WorkspaceLoadOptions& options = {});

/// The calendar files of a workspace in load order (year files, then overrides).
std::vector<std::string> calendar_paths(const Workspace& ws);

}  // namespace duban
