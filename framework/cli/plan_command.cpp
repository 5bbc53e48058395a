// duban plan WORKFLOW --period P --dry-run: every task a run would create.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "diagnostics/suggest.hpp"
#include "engine/engine.hpp"
#include "plan/planner.hpp"
#include "views/run_json.hpp"

namespace duban::cli {

namespace {

struct PlanOptions {
  std::string workflow;
  std::string period;
  bool dry_run = false;
  std::vector<std::string> params;
};

std::string owner_names(const Organisation& org, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const Person* p = org.person(id);
    out += (out.empty() ? "" : "、") + (p ? p->name : id);
  }
  return out;
}

// "02-13 周五 12:00": short enough for a table, with the weekday people plan by.
std::string short_time(LocalDateTime t, const Messages& m) {
  return format_date(t.date).substr(5) + " " + m[weekday_key(iso_weekday(t.date))] + " " +
         format_time_of_day(t.time);
}

std::string milestone_summary(const PlannedTask& task) {
  std::string out;
  for (const auto& m : task.milestones) {
    out += (out.empty() ? "" : " · ") + m.name + " " + format_date(m.at.date).substr(5);
  }
  return out;
}

nlohmann::json task_json(const PlannedTask& t, const PlannedRun& run, UtcOffset zone) {
  nlohmann::json milestones = nlohmann::json::array();
  for (const auto& m : t.milestones) {
    milestones.push_back(
        {{"action", m.action}, {"name", m.name}, {"at", format_iso8601(m.at, zone)}});
  }
  return {{"id", t.id},
          {"template", t.template_id},
          {"run", run.key()},
          {"title", t.title},
          {"description", t.description},
          {"owners", t.owners},
          {"start", format_iso8601(t.start, zone)},
          {"due", format_iso8601(t.due, zone)},
          {"milestones", milestones},
          {"depends_on", t.depends_on},
          {"policy", t.policy},
          {"class", t.task_class},
          {"kind", t.kind},
          {"checklist", t.checklist},
          {"evidence", t.evidence},
          {"tags", t.tags},
          {"weight", t.weight},
          {"critical", t.critical}};
}

nlohmann::json plan_json(const std::vector<PlannedRun>& runs, const Workspace& ws,
                         const PlanOptions& o) {
  nlohmann::json out{{"workflow", o.workflow}, {"period", o.period}, {"dry_run", true}};
  nlohmann::json runs_json = nlohmann::json::array();
  nlohmann::json tasks = nlohmann::json::array();
  for (const auto& run : runs) {
    runs_json.push_back({{"id", run.key()},
                         {"workflow", run.workflow},
                         {"period", run.period.key()},
                         {"start", format_date(run.period.start)},
                         {"end", format_date(run.period.end)},
                         {"workdays", run.workdays},
                         {"tasks", run.tasks.size()},
                         {"critical_path", run.critical_path}});
    for (const auto& t : run.tasks) tasks.push_back(task_json(t, run, ws.config.zone));
  }
  out["runs"] = runs_json;
  out["tasks"] = tasks;
  return out;
}

Rows plan_rows(const PlannedRun& run, const Workspace& ws, bool full_dates, const Messages& m) {
  Rows rows;
  int n = 0;
  for (const auto& t : run.tasks) {
    std::string deps;
    for (const auto& d : t.depends_on) deps += (deps.empty() ? "" : ", ") + d;
    rows.push_back({std::to_string(++n), t.id, t.title, owner_names(ws.org, t.owners),
                    full_dates ? format_iso8601(t.due, ws.config.zone) : short_time(t.due, m),
                    milestone_summary(t), deps});
  }
  return rows;
}

std::map<std::string, std::string> parse_params(CommandContext& ctx,
                                                const std::vector<std::string>& given) {
  std::map<std::string, std::string> out;
  for (const auto& p : given) {
    const auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0) ctx.fail("--param '" + p + "' must be NAME=VALUE");
    out[p.substr(0, eq)] = p.substr(eq + 1);
  }
  return out;
}

// Creates every run in one transaction: all of them, or none.
int create_runs(CommandContext& ctx, const std::vector<PlannedRun>& runs,
                const std::string& format) {
  const std::string actor = ctx.options().as.empty() ? "system" : ctx.actor();
  Engine engine(ctx.workspace().definitions(), ctx.now());
  auto writer = ctx.store().write();
  std::vector<CreateRunOutcome> outcomes;
  outcomes.reserve(runs.size());
  for (const auto& run : runs) outcomes.push_back(engine.create_run(*writer, run, actor));
  writer->commit();
  nlohmann::json list = nlohmann::json::array();
  for (const auto& o : outcomes) {
    if (format == "json") {
      list.push_back(created_run_json(o));
    } else if (o.created) {
      ctx.out() << "created run " << o.run.id << ": " << o.run.task_count << " tasks\n";
    } else {
      ctx.out() << "run " << o.run.id << " exists already (created "
                << stored_time(o.run.created_at) << " by " << o.run.created_by
                << "); nothing changed\n";
    }
  }
  if (format == "json") ctx.out() << nlohmann::json{{"runs", list}}.dump(2) << '\n';
  return exit_ok;
}

int run_plan(CommandContext& ctx, const PlanOptions& o) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const Workspace& ws = ctx.workspace();
  const WorkflowDefinition* wf = ws.workflow(o.workflow);
  if (!wf)
    ctx.fail("unknown workflow '" + o.workflow + "'" + did_you_mean(o.workflow, ws.workflow_ids()));
  auto period = parse_period(o.period);
  if (!period)
    ctx.fail("--period '" + o.period +
             "' is not a period (2026-W07, 2026-02, 2026-Q1, 2026 or 2026-02-13)");
  Diagnostics diagnostics;
  const Definitions definitions = ws.definitions();
  PlanRequest request{&definitions, wf, *period, parse_params(ctx, o.params), std::nullopt};
  // Recorded runs hand over no earlier than now; a preview shows the plan as written.
  if (!o.dry_run) request.not_before = ctx.now().date;
  const auto runs = plan_runs(request, diagnostics);
  if (ctx.report(diagnostics)) return exit_bad_input;
  if (!o.dry_run) return create_runs(ctx, runs, format);
  if (format == "json") {
    ctx.out() << plan_json(runs, ws, o).dump(2) << '\n';
    return exit_ok;
  }
  const Messages& m = ctx.messages();
  const Row header =
      headings(m, {"#", "id", Msg::task, Msg::owners, Msg::due, Msg::milestone, Msg::depends_on});
  if (format == "table") {
    for (const auto& run : runs) {
      ctx.out() << wf->name << " · " << run.period.key() << " (" << format_date(run.period.start)
                << " – " << format_date(run.period.end) << ", " << run.workdays << " workdays, "
                << run.tasks.size() << " tasks) — dry run, nothing created\n";
      print_rows(ctx, format, header, plan_rows(run, ws, false, m));
      ctx.out() << '\n';
    }
    if (runs.empty()) ctx.out() << "no run of " << wf->id << " falls in " << period->key() << '\n';
    return exit_ok;
  }
  Rows all;
  for (const auto& run : runs) {
    for (auto& row : plan_rows(run, ws, true, m)) {
      row.insert(row.begin() + 1, run.period.key());
      all.push_back(std::move(row));
    }
  }
  print_rows(ctx, format,
             headings(m, {"#", "period", "id", Msg::task, Msg::owners, Msg::due, Msg::milestone,
                          Msg::depends_on}),
             all);
  return exit_ok;
}

}  // namespace

CommandSpec plan_command() {
  return {"plan", "Create the runs of a workflow for a period, or preview them with --dry-run",
          [](CLI::App& app) {
            auto o = std::make_shared<PlanOptions>();
            app.add_option("WORKFLOW", o->workflow, "Workflow id")->required();
            app.add_option("--period", o->period, "2026-W07, 2026-02, 2026-Q1, 2026 or a date")
                ->required();
            app.add_flag("--dry-run", o->dry_run,
                         "Only show what would be created; without it the runs are created");
            app.add_option("--param", o->params,
                           "NAME=VALUE for a workflow parameter (repeatable)");
            return [o](CommandContext& ctx) { return run_plan(ctx, *o); };
          }};
}

}  // namespace duban::cli
