// duban validate [PATH…]: checks the whole workspace, or the given files.

#include <nlohmann/json.hpp>

#include "calendar/calendar_loader.hpp"
#include "cli/command.hpp"
#include "org/org_loader.hpp"
#include "roster/roster_loader.hpp"
#include "score/scoring_rules.hpp"
#include "toml/toml_reader.hpp"
#include "workflow/workflow_loader.hpp"

namespace duban::cli {

namespace fs = std::filesystem;

namespace {

enum class FileKind {
  roster,
  workflow,
  organisation,
  calendar,
  policies,
  workspace,
  scoring,
  unknown
};

// A file says what it is by its top-level tables.
FileKind kind_of(const toml::table& table) {
  if (table.contains("roster") || table.contains("shift")) return FileKind::roster;
  if (table.contains("workflow") || table.contains("task")) return FileKind::workflow;
  if (table.contains("person") || table.contains("unit") || table.contains("team") ||
      table.contains("role") || table.contains("organisation")) {
    return FileKind::organisation;
  }
  if (table.contains("holiday") || table.contains("year")) return FileKind::calendar;
  if (table.contains("workspace") || table.contains("database") || table.contains("workflows")) {
    return FileKind::workspace;
  }
  if (table.contains("policy")) return FileKind::policies;
  if (table.contains("sheet") || table.contains("item") || table.contains("manual")) {
    return FileKind::scoring;
  }
  return FileKind::unknown;
}

void validate_file(const std::string& path, const Workspace* ws, Diagnostics& diagnostics) {
  auto table = parse_toml_file(path, diagnostics);
  if (!table) return;
  switch (kind_of(*table)) {
    case FileKind::workflow: {
      auto wf = load_workflow(path, diagnostics);
      if (wf && ws) validate_workflow(*wf, ws->validation_context(), diagnostics);
      if (wf && !ws) {
        ValidationContext ctx;
        validate_workflow(*wf, ctx, diagnostics);
      }
      return;
    }
    case FileKind::roster: {
      // References need the organisation: the workspace's, or none at all.
      load_roster(path, ws ? ws->org : Organisation{}, diagnostics);
      return;
    }
    case FileKind::organisation: load_organisation(path, diagnostics); return;
    case FileKind::calendar: load_calendar({path}, diagnostics); return;
    case FileKind::policies: load_policy_file(path, diagnostics); return;
    case FileKind::workspace: load_workspace_config(path, diagnostics); return;
    case FileKind::scoring: load_scoring(path, diagnostics); return;
    case FileKind::unknown:
      diagnostics.error({path, 1, 1},
                        "not a duban file: expected [workflow], [[task]], [[person]], [[unit]], "
                        "[[holiday]], [policy.ID], [workspace], [roster] or [[item]] "
                        "(scoring)");
      return;
  }
}

nlohmann::json to_json(const Diagnostics& diagnostics) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : diagnostics.sorted()) {
    items.push_back({{"severity", d.severity == Severity::error     ? "error"
                                  : d.severity == Severity::warning ? "warning"
                                                                    : "note"},
                     {"path", d.where.path},
                     {"line", d.where.line},
                     {"column", d.where.column},
                     {"message", d.message}});
  }
  return {{"ok", !diagnostics.has_errors()},
          {"errors", diagnostics.error_count()},
          {"warnings", diagnostics.warning_count()},
          {"diagnostics", items}};
}

int finish(CommandContext& ctx, const Diagnostics& diagnostics, const std::string& format,
           const std::string& summary) {
  if (format == "json") {
    ctx.out() << to_json(diagnostics).dump(2) << '\n';
  } else {
    ctx.report(diagnostics);
    if (diagnostics.has_errors()) {
      ctx.err() << "duban: " << diagnostics.error_count() << " error(s), "
                << diagnostics.warning_count() << " warning(s)\n";
    } else {
      ctx.out() << "ok: " << summary
                << (diagnostics.warning_count()
                        ? ", " + std::to_string(diagnostics.warning_count()) + " warning(s)"
                        : "")
                << '\n';
    }
  }
  return diagnostics.has_errors() ? exit_bad_input : exit_ok;
}

int validate_workspace(CommandContext& ctx, const std::string& format) {
  Diagnostics diagnostics;
  auto ws = load_workspace(ctx.workspace_root(), diagnostics, workspace_load_options());
  std::string summary;
  if (ws) {
    summary = std::to_string(ws->workflows.size()) + " workflows, " +
              std::to_string(ws->org.people().size()) + " people, " +
              std::to_string(ws->org.units().size()) + " units, " +
              std::to_string(ws->org.teams().size()) + " teams, " +
              std::to_string(ws->policies.size()) + " policies, calendar years";
    for (int y : ws->calendar.covered_years()) summary += " " + std::to_string(y);
  }
  return finish(ctx, diagnostics, format, summary);
}

int validate_paths(CommandContext& ctx, const std::vector<std::string>& paths,
                   const std::string& format) {
  // Workflows are checked against the surrounding workspace when there is a sound one.
  std::unique_ptr<Workspace> ws;
  if (auto root = ctx.options().workspace.empty()
                      ? find_workspace(fs::current_path())
                      : std::optional<fs::path>(ctx.options().workspace)) {
    Diagnostics ignored;
    ws = load_workspace(*root, ignored, workspace_load_options());
    if (ignored.has_errors()) ws.reset();
  }
  Diagnostics diagnostics;
  for (const auto& path : paths) validate_file(path, ws.get(), diagnostics);
  return finish(ctx, diagnostics, format,
                std::to_string(paths.size()) + " file(s) checked" +
                    (ws ? ""
                        : " (no sound workspace around them: references to people, roles and "
                          "policies not checked)"));
}

}  // namespace

CommandSpec validate_command() {
  return {"validate", "Check the workspace, or the given files, and report every problem",
          [](CLI::App& app) {
            auto paths = std::make_shared<std::vector<std::string>>();
            app.add_option("PATH", *paths, "Files to check (default: the whole workspace)");
            return [paths](CommandContext& ctx) {
              const std::string format = ctx.format({"table", "json"});
              return paths->empty() ? validate_workspace(ctx, format)
                                    : validate_paths(ctx, *paths, format);
            };
          }};
}

}  // namespace duban::cli
