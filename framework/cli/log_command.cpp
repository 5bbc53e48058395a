// duban log [TASK] [--run R] [--verify]: the event history, and its check.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/task_views.hpp"
#include "engine/engine.hpp"
#include "engine/reducer.hpp"
#include "engine/verify.hpp"

namespace duban::cli {

namespace {

struct LogOptions {
  std::string task;
  std::string run;
  bool verify = false;
};

int run_verify(CommandContext& ctx) {
  const VerifyReport report = verify_store(ctx.store());
  if (report.ok()) {
    ctx.out() << "ok: " << report.events << " events, hash chain intact; " << report.tasks
              << " tasks, " << report.runs << " runs, " << report.records << " plugin records and "
              << report.score_entries << " score entries match the state rebuilt from events\n";
    return exit_ok;
  }
  ctx.err() << "duban: error: " << report.problem << '\n';
  return exit_failure;
}

// What an event is about: its task, else its run, else the score entry or
// plugin record it wrote.
std::string object_of(const EventRecord& e) {
  if (!e.task.empty()) return e.task;
  if (!e.run.empty()) return e.run;
  if (e.type == event_type::score_entered) return record_key(e).second;
  if (e.type == event_type::record_put) {
    const auto [type, id] = record_key(e);
    return type + "/" + id;
  }
  return "";
}

int run_log(CommandContext& ctx, const LogOptions& o) {
  if (o.verify) return run_verify(ctx);
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const Workspace& ws = ctx.workspace();
  EventQuery q;
  q.run = o.run;
  q.task = o.task;
  if (!o.task.empty()) {
    try {
      q.task = resolve_task(ctx.store(), o.task).value().id;
    } catch (const RuleError& e) {
      ctx.fail(e.what());
    }
  }
  const auto events = ctx.store().events(q);
  if (format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : events) {
      list.push_back({{"id", e.id},
                      {"time", iso_time(e.time, ws.definitions())},
                      {"actor", e.actor},
                      {"run", e.run},
                      {"task", e.task},
                      {"type", e.type},
                      {"payload", e.payload.empty() ? nlohmann::json::object()
                                                    : nlohmann::json::parse(e.payload)},
                      {"reason", e.reason},
                      {"hash", e.hash}});
    }
    ctx.out() << nlohmann::json{{"events", list}}.dump(2) << '\n';
    return exit_ok;
  }
  Rows rows;
  for (const auto& e : events) {
    rows.push_back({std::to_string(e.id), e.time, e.actor, e.type, object_of(e), e.reason});
  }
  print_rows(
      ctx, format,
      headings(ctx.messages(), {"#", Msg::time, Msg::who, Msg::event, Msg::object, Msg::reason}),
      rows);
  return exit_ok;
}

}  // namespace

CommandSpec log_command() {
  return {"log", "Show the event history, or --verify it", [](CLI::App& app) {
            auto o = std::make_shared<LogOptions>();
            app.add_option("TASK", o->task, "Only this task's events");
            app.add_option("--run", o->run, "Only this run's events");
            app.add_flag("--verify", o->verify,
                         "Check the hash chain and that state matches the events");
            return [o](CommandContext& ctx) { return run_log(ctx, *o); };
          }};
}

}  // namespace duban::cli
