// A well-behaved test plugin, loaded beside the bad ones to show they do
// not disturb it: an automatic kind that succeeds, a record type written by
// a task_completed hook, and commands to greet and to list those records.

#include "fixture.hpp"

namespace {

using namespace duban::sdk;

// Notes every completed task: its writes must survive another plugin's
// hook failing on the same event.
Hook note_hook() {
  Hook hook;
  hook.event = HookEvent::task_completed;
  hook.description = "notes every completed task";
  hook.run = [](const HookData& data, Context& context) {
    context.records().put("good.note", data.task.key, {{"task", data.task.id}});
  };
  return hook;
}

class GoodPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    TaskKind echo =
        fixture::task_kind("good.echo", [](const TaskView& task, const RunView&, Context&) {
          return TaskResult::success("echo: " + task.params.value("text", std::string()));
        });
    echo.params.fields.push_back(field("text", FieldType::text).required());
    registry.add_task_kind(echo);
    registry.add_record_type(fixture::task_record_type("good.note"));
    registry.add_hook(note_hook());
    registry.add_command(fixture::print_command("hello", "hello from good"));
    registry.add_command(fixture::list_command("notes", "good.note"));
  }
};

}  // namespace

DUBAN_PLUGIN("good", "1.0.0", GoodPlugin)
