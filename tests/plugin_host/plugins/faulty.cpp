// A plugin whose code throws at run time: its automatic kind, its
// task_completed hook (after writing a record and creating a task, which
// must be undone) and its report section. Its commands show that the core
// keeps calling it for everything else.

#include <duban/sdk.hpp>
#include <ostream>
#include <stdexcept>

namespace {

using namespace duban::sdk;

TaskKind explode_kind() {
  TaskKind kind;
  kind.name = "faulty.explode";
  kind.description = "always throws";
  kind.execute = [](const TaskView&, const RunView&, Context&) -> TaskResult {
    throw std::runtime_error("the gauge is broken");
  };
  return kind;
}

Hook throwing_hook() {
  Hook hook;
  hook.event = HookEvent::task_completed;
  hook.description = "writes, then throws";
  hook.run = [](const HookData& data, Context& context) {
    context.records().put("faulty.trace", data.task.key, {{"task", data.task.id}});
    NewTask follow_up;
    follow_up.key = "follow-up-" + data.task.key;
    follow_up.title = "follow-up";
    follow_up.owners = data.task.owners;
    follow_up.due = data.task.due;
    context.create_task(data.run.id, follow_up);
    throw std::runtime_error("hook exploded after writing");
  };
  return hook;
}

SectionProvider throwing_section() {
  SectionProvider section;
  section.id = "faulty";
  section.description = "always throws";
  section.build = [](const SectionRequest&, Context&) -> ReportSection {
    throw std::runtime_error("no figures today");
  };
  return section;
}

// Lists the traces its hook wrote; none survive the hook's failure.
Command traces_command() {
  Command command;
  command.name = "traces";
  command.summary = "lists the traces, one task key a line";
  command.run = [](const CommandInput&, Context& context, std::ostream& out) {
    RecordQuery query;
    query.type = "faulty.trace";
    for (const auto& record : context.records().find(query)) out << record.id << '\n';
    return 0;
  };
  return command;
}

// The same command name as the good plugin's: commands live under their
// plugin's name (`duban faulty hello`), so the two do not clash.
Command hello_command() {
  Command command;
  command.name = "hello";
  command.summary = "says hello";
  command.run = [](const CommandInput&, Context&, std::ostream& out) {
    out << "hello from faulty\n";
    return 0;
  };
  return command;
}

class FaultyPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    registry.add_task_kind(explode_kind());
    RecordType trace;
    trace.name = "faulty.trace";
    trace.description = "written by the hook before it throws";
    trace.schema.fields.push_back(field("task", FieldType::text).required());
    registry.add_record_type(trace);
    registry.add_hook(throwing_hook());
    registry.add_section(throwing_section());
    registry.add_command(traces_command());
    registry.add_command(hello_command());
  }
};

}  // namespace

DUBAN_PLUGIN("faulty", "1.0.0", FaultyPlugin)
