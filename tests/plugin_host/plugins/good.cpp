// A well-behaved test plugin, loaded beside the bad ones to show they do
// not disturb it: an automatic kind that succeeds, a record type written by
// a task_completed hook, and commands to greet and to list those records.

#include <duban/sdk.hpp>
#include <ostream>

namespace {

using namespace duban::sdk;

TaskKind echo_kind() {
  TaskKind kind;
  kind.name = "good.echo";
  kind.description = "closes the task with its text";
  kind.params.fields.push_back(field("text", FieldType::text).required().describe("what to say"));
  kind.execute = [](const TaskView& task, const RunView&, Context&) {
    return TaskResult::success("echo: " + task.params.value("text", std::string()));
  };
  return kind;
}

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

Command hello_command() {
  Command command;
  command.name = "hello";
  command.summary = "says hello";
  command.run = [](const CommandInput&, Context&, std::ostream& out) {
    out << "hello from good\n";
    return 0;
  };
  return command;
}

Command notes_command() {
  Command command;
  command.name = "notes";
  command.summary = "lists the notes, one task key a line";
  command.run = [](const CommandInput&, Context& context, std::ostream& out) {
    RecordQuery query;
    query.type = "good.note";
    for (const auto& record : context.records().find(query)) out << record.id << '\n';
    return 0;
  };
  return command;
}

class GoodPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    registry.add_task_kind(echo_kind());
    RecordType note;
    note.name = "good.note";
    note.description = "a completed task";
    note.schema.fields.push_back(field("task", FieldType::text).required());
    registry.add_record_type(note);
    registry.add_hook(note_hook());
    registry.add_command(hello_command());
    registry.add_command(notes_command());
  }
};

}  // namespace

DUBAN_PLUGIN("good", "1.0.0", GoodPlugin)
