// duban tick: what the clock does — open due runs, re-light, escalate.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "engine/tick.hpp"

namespace duban::cli {

namespace {

int run_tick(CommandContext& ctx) {
  const std::string format = ctx.format({"table", "json"});
  const Workspace& ws = ctx.workspace();
  const LocalDateTime now = ctx.now();
  auto writer = ctx.store().write();
  const TickReport report = tick(ws.definitions(), *writer, now);
  writer->commit();
  if (format == "json") {
    ctx.out() << nlohmann::json{{"now", format_iso8601(now, ws.config.zone)},
                                {"runs_created", report.runs_created},
                                {"lights_changed", report.lights_changed},
                                {"escalations", report.escalations},
                                {"open_tasks", report.open_tasks},
                                {"overdue_marked", report.overdue_marked},
                                {"automatic_done", report.automatic_done},
                                {"automatic_failed", report.automatic_failed}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }
  ctx.out() << "tick " << format_iso8601(now, ws.config.zone) << ": " << report.runs_created.size()
            << " run(s) opened, " << report.lights_changed << " light(s) changed, "
            << report.escalations.size() << " escalation(s), " << report.open_tasks
            << " open task(s)\n";
  for (const auto& r : report.runs_created) ctx.out() << "  opened " << r << '\n';
  for (const auto& e : report.escalations) ctx.out() << "  escalated " << e << '\n';
  for (const auto& a : report.automatic_done) ctx.out() << "  automatic done " << a << '\n';
  for (const auto& a : report.automatic_failed) ctx.out() << "  automatic FAILED " << a << '\n';
  return exit_ok;
}

}  // namespace

CommandSpec tick_command() {
  return {"tick", "Open due recurring runs, update lights and escalate (run it on a schedule)",
          [](CLI::App&) { return [](CommandContext& ctx) { return run_tick(ctx); }; }};
}

}  // namespace duban::cli
