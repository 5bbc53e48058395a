// Hooks and automatic tasks; see plugin_calls.hpp.

#include "engine/plugin_calls.hpp"

#include <iostream>

#include "engine/plugin_context.hpp"

namespace duban {

namespace {

// Hooks that create tasks run hooks again; a plugin that keeps doing so is
// stopped here rather than looping for ever.
constexpr int kMaxHookDepth = 8;
// Passes over the ready tasks: an automatic task may release another.
constexpr int kMaxAutomaticPasses = 16;

std::string savepoint_name(const char* what, int depth) {
  return std::string("duban_") + what + "_" + std::to_string(depth);
}

// Runs `call`; on any exception rolls the savepoint back and returns the
// message, else releases it and returns "".
template <typename Call>
std::string guarded(StoreWriter& writer, const std::string& savepoint, Call&& call) {
  writer.savepoint(savepoint);
  std::string failure;
  try {
    call();
  } catch (const std::exception& error) {
    failure = error.what();
    if (failure.empty()) failure = "an exception without a message";
  } catch (...) {
    failure = "a non-standard exception";
  }
  if (failure.empty()) {
    writer.release(savepoint);
  } else {
    writer.rollback_to(savepoint);
  }
  return failure;
}

sdk::HookData hook_data(sdk::HookEvent event, const Run& run, const Task* task,
                        const std::string& actor, const std::string& escalated_to, int level) {
  sdk::HookData data;
  data.event = event;
  data.run = run_view(run);
  if (task) data.task = task_view(*task);
  data.actor = actor;
  data.escalated_to = escalated_to;
  data.level = level;
  return data;
}

AutomaticRun execute(Engine& engine, StoreWriter& writer, const Task& task,
                     const Owned<sdk::TaskKind>& kind) {
  const Definitions& defs = engine.definitions();
  PluginContext context(defs, kind.plugin, engine.now(), "", nullptr, &writer, &engine);
  sdk::TaskResult result;
  const auto run = writer.run(task.run).value_or(Run{});
  const std::string failure = guarded(writer, "task", [&] {
    result = kind.value.execute(task_view(task), run_view(run), context);
  });
  if (!failure.empty()) result = sdk::TaskResult::failure("the plugin threw: " + failure);
  nlohmann::json evidence = result.evidence;
  if (!context.logger().lines().empty()) {
    evidence = nlohmann::json{{"result", result.evidence}, {"log", context.logger().lines()}};
  }
  // Re-read: the plugin may have changed the task (a note, a record).
  Task current = writer.task(task.id).value_or(task);
  engine.finish_automatic(writer, current, result.ok, result.message, evidence,
                          "plugin:" + kind.plugin);
  return {task.id, result.ok, result.message};
}

}  // namespace

void Engine::run_hooks(StoreWriter& writer, sdk::HookEvent event, const Run& run, const Task* task,
                       const std::string& actor, const std::string& escalated_to, int level) {
  const auto hooks = defs_.extensions.hooks(event);
  if (hooks.empty()) return;
  if (hook_depth_ >= kMaxHookDepth) {
    std::cerr << "duban: warning: hooks nested " << kMaxHookDepth << " deep; "
              << hook_event_name(event) << " hooks not run for " << (task ? task->id : run.id)
              << '\n';
    return;
  }
  const sdk::HookData data = hook_data(event, run, task, actor, escalated_to, level);
  ++hook_depth_;
  for (const auto* hook : hooks) {
    PluginContext context(defs_, hook->plugin, now_, actor == "system" ? "" : actor, nullptr,
                          &writer, this);
    const std::string failure = guarded(writer, savepoint_name("hook", hook_depth_),
                                        [&] { hook->value.run(data, context); });
    if (!failure.empty()) {
      std::cerr << "duban: warning: plugin " << hook->plugin << ": its " << hook_event_name(event)
                << " hook failed for " << (task ? task->id : run.id)
                << " and was undone: " << failure << '\n';
    }
  }
  --hook_depth_;
}

std::vector<AutomaticRun> run_automatic_tasks(Engine& engine, StoreWriter& writer) {
  std::vector<AutomaticRun> runs;
  const LocalDateTime now = engine.now();
  const ExtensionRegistry& registry = engine.definitions().extensions;
  for (int pass = 0; pass < kMaxAutomaticPasses; ++pass) {
    TaskQuery ready;
    ready.states = {TaskState::ready};
    bool any = false;
    for (const auto& task : writer.tasks(ready)) {
      if (task.kind == "human" || task.start > now) continue;
      const auto* kind = registry.task_kind(task.kind);
      if (!kind) continue;  // its plugin is not loaded: left for a later tick
      runs.push_back(execute(engine, writer, task, *kind));
      any = true;
    }
    if (!any) break;
  }
  return runs;
}

}  // namespace duban
