#include "cli/task_views.hpp"

#include "cli/output.hpp"
#include "engine/engine.hpp"
#include "views/task_filter.hpp"

namespace duban::cli {

namespace {

using nlohmann::json;

// How staff name the state of a stored task.
std::string state_text(const Task& task, const Messages& m) {
  return m[state_label(task.state)];
}

int run_list(CommandContext& ctx, const TaskListFilter& o) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const Workspace& ws = ctx.workspace();
  if (const std::string problem = filter_problem(o); !problem.empty()) ctx.fail("--" + problem);
  const auto tasks = ctx.store().tasks(to_query(o, ws.config.zone));
  if (format == "json") {
    json list = json::array();
    for (const auto& t : tasks) list.push_back(task_json(t, ws.definitions()));
    ctx.out() << json{{"tasks", list}}.dump(2) << '\n';
    return exit_ok;
  }
  const Messages& m = ctx.messages();
  Rows rows;
  for (const auto& t : tasks) {
    rows.push_back({t.id, t.title, names_of(t.owners, ws.org), state_text(t, m),
                    std::string(light_name(t.light)), stored_time(t.due).substr(5, 11)});
  }
  print_rows(ctx, format,
             headings(m, {"id", Msg::task, Msg::owners, Msg::status, Msg::light, Msg::due}), rows);
  if (format == "table") ctx.out() << tasks.size() << " task(s)\n";
  return exit_ok;
}

int run_show(CommandContext& ctx, const std::string& ref) {
  const Workspace& ws = ctx.workspace();
  Task task;
  try {
    task = resolve_task(ctx.store(), ref).value();
  } catch (const RuleError& e) {
    ctx.fail(e.what());
  }
  EventQuery q;
  q.task = task.id;
  const auto events = ctx.store().events(q);
  if (ctx.options().format == "json") {
    json out = task_json(task, ws.definitions());
    out["history"] = history_json(events, ws.definitions());
    ctx.out() << out.dump(2) << '\n';
    return exit_ok;
  }
  const Messages& w = ctx.messages();
  ctx.out() << task.title << "\n  " << task.id << "\n  " << w[Msg::owners] << " "
            << names_of(task.owners, ws.org) << "  " << w[Msg::status] << " " << state_text(task, w)
            << "  " << w[Msg::light] << " " << light_name(task.light) << "\n  " << w[Msg::due]
            << " " << stored_time(task.due)
            << (task.due != task.original_due
                    ? w(Msg::show_original_due, {stored_time(task.original_due)})
                    : "")
            << "\n";
  for (const auto& m : task.milestones) {
    ctx.out() << "  " << w[Msg::milestone] << " " << m.name << " " << stored_time(m.at)
              << (m.met_at ? "  ✓ " + stored_time(*m.met_at) : "") << '\n';
  }
  Rows rows;
  for (const auto& e : events)
    rows.push_back({std::to_string(e.id), e.time, e.actor, e.type, e.reason});
  print_rows(ctx, "table", headings(w, {"#", Msg::time, Msg::who, Msg::event, Msg::reason}), rows);
  return exit_ok;
}

}  // namespace

std::string action_done_line(TaskAction action, const Task& task, const Workspace& ws,
                             const Messages& messages) {
  return std::string(action_name(action)) + ": " + task.id + " · " + task.title + " · " +
         names_of(task.owners, ws.org) + " · " + state_text(task, messages);
}

Runner add_list_command(CLI::App& task_app) {
  auto o = std::make_shared<TaskListFilter>();
  CLI::App* sub = task_app.add_subcommand("list", "List tasks (open ones unless --all or --state)");
  sub->add_option("--owner,--person", o->owner, "Owner's person id");
  sub->add_option("--unit", o->unit, "Unit id");
  sub->add_option("--workflow", o->workflow, "Workflow id");
  sub->add_option("--run", o->run, "Run id, e.g. weekly-planning/2026-W07");
  sub->add_option("--state", o->states, "State (repeatable)");
  sub->add_option("--light", o->light, "green, yellow or red");
  sub->add_option("--due-from", o->due_from, "Due on or after, YYYY-MM-DD");
  sub->add_option("--due-to", o->due_to, "Due before, YYYY-MM-DD");
  sub->add_flag("--all", o->all, "Closed tasks too");
  return {sub, [o](CommandContext& ctx) { return run_list(ctx, *o); }};
}

Runner add_show_command(CLI::App& task_app) {
  auto ref = std::make_shared<std::string>();
  CLI::App* sub = task_app.add_subcommand("show", "A task with its milestones and history");
  sub->add_option("TASK", *ref, "Task id, or its key when unique")->required();
  return {sub, [ref](CommandContext& ctx) { return run_show(ctx, *ref); }};
}

}  // namespace duban::cli
