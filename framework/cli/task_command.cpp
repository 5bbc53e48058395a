// duban task list|show|ack|start|done|block|return|extend|approve|reassign|note|chase|cancel

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/task_views.hpp"
#include "engine/engine.hpp"
#include "views/run_json.hpp"

namespace duban::cli {

namespace {

struct ActionOptions {
  std::string task;
  std::string reason;
  std::string until;
  std::string text;
  std::vector<std::string> to;
};

// Runs one action in its own write transaction: all of it, or nothing.
int run_action(CommandContext& ctx, TaskAction action, const ActionOptions& o) {
  const std::string actor = ctx.actor();
  Engine engine(ctx.workspace().definitions(), ctx.now());
  auto writer = ctx.store().write();
  ActionRequest request{action, o.task, actor, o.reason, o.text, o.until, o.to};
  auto acted = engine.act(*writer, request);
  if (!acted) ctx.fail(acted.refusal().message);
  const ActionOutcome& outcome = acted.value();
  writer->commit();
  if (ctx.options().format == "json") {
    ctx.out() << action_json(outcome, ctx.workspace().definitions()).dump(2) << '\n';
    return exit_ok;
  }
  ctx.out() << action_done_line(action, outcome.task, ctx.workspace(), ctx.messages()) << '\n';
  for (const auto& id : outcome.now_ready) ctx.out() << "  now ready: " << id << '\n';
  return exit_ok;
}

void add_action(CLI::App& parent, TaskAction action, const char* help,
                std::vector<std::pair<CLI::App*, std::function<int(CommandContext&)>>>& runners) {
  auto o = std::make_shared<ActionOptions>();
  CLI::App* sub = parent.add_subcommand(std::string(action_name(action)), help);
  sub->add_option("TASK", o->task, "Task id, or its key when unique")->required();
  switch (action) {
    case TaskAction::block:
    case TaskAction::return_:
    case TaskAction::cancel:
      sub->add_option("--reason", o->reason, "Why (required)")->required();
      break;
    case TaskAction::extend:
      sub->add_option("--until", o->until, "New due date, YYYY-MM-DD[THH:MM]")->required();
      sub->add_option("--reason", o->reason, "Why (required)")->required();
      break;
    case TaskAction::reassign:
      sub->add_option("--to", o->to, "New owner (repeatable)")->required();
      break;
    case TaskAction::note: sub->add_option("TEXT", o->text, "The note")->required(); break;
    default: sub->add_option("--reason", o->reason, "Why (optional)"); break;
  }
  runners.emplace_back(sub,
                       [action, o](CommandContext& ctx) { return run_action(ctx, action, *o); });
}

}  // namespace

CommandSpec task_command() {
  return {"task", "List, show and act on tasks", [](CLI::App& app) {
            app.require_subcommand(1);
            auto runners = std::make_shared<
                std::vector<std::pair<CLI::App*, std::function<int(CommandContext&)>>>>();
            runners->emplace_back(add_list_command(app));
            runners->emplace_back(add_show_command(app));
            add_action(app, TaskAction::ack, "Acknowledge (签收) a ready task", *runners);
            add_action(app, TaskAction::start, "Start work (or resume a blocked task)", *runners);
            add_action(app, TaskAction::done, "Close (办结) a task; its dependents become ready",
                       *runners);
            add_action(app, TaskAction::block, "Mark a task blocked, with the reason", *runners);
            add_action(app, TaskAction::return_,
                       "Return (退回) a task to its assigner, with the reason", *runners);
            add_action(app, TaskAction::extend, "Ask for an extension (延期) to a new date",
                       *runners);
            add_action(app, TaskAction::approve,
                       "Approve the pending extension (the owner's leader)", *runners);
            add_action(app, TaskAction::reassign, "Give a task to other people", *runners);
            add_action(app, TaskAction::note, "Add a progress note", *runners);
            add_action(app, TaskAction::chase, "Chase (催办) a task's owners", *runners);
            add_action(app, TaskAction::cancel,
                       "Cancel a task, with the reason (it stays, cancelled)", *runners);
            return [runners](CommandContext& ctx) {
              for (auto& [sub, runner] : *runners) {
                if (sub->parsed()) return runner(ctx);
              }
              return static_cast<int>(exit_bad_input);
            };
          }};
}

}  // namespace duban::cli
