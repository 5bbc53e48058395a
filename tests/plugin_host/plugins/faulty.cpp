// A plugin whose code throws at run time: its automatic kind, its
// task_completed hook (after writing a record and creating a task, which
// must be undone) and its report section. Its commands show that the core
// keeps calling it for everything else.

#include <stdexcept>

#include "fixture.hpp"

namespace {

using namespace duban::sdk;

void write_then_throw(const HookData& data, Context& context) {
  context.records().put("faulty.trace", data.task.key, {{"task", data.task.id}});
  NewTask follow_up;
  follow_up.key = "follow-up-" + data.task.key;
  follow_up.title = "follow-up";
  follow_up.owners = data.task.owners;
  follow_up.due = data.task.due;
  context.create_task(data.run.id, follow_up);
  throw std::runtime_error("hook exploded after writing");
}

ReportSection no_section(const SectionRequest&, Context&) {
  throw std::runtime_error("no figures today");
}

class FaultyPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    registry.add_task_kind(fixture::task_kind(
        "faulty.explode", [](const TaskView&, const RunView&, Context&) -> TaskResult {
          throw std::runtime_error("the gauge is broken");
        }));
    registry.add_record_type(fixture::task_record_type("faulty.trace"));
    registry.add_hook({HookEvent::task_completed, "writes, then throws", write_then_throw});
    registry.add_section({"faulty", "always throws", no_section});
    registry.add_command(fixture::list_command("traces", "faulty.trace"));
    // The same command name as the good plugin's: commands live under their
    // plugin's name (`duban faulty hello`), so the two do not clash.
    registry.add_command(fixture::print_command("hello", "hello from faulty"));
  }
};

}  // namespace

DUBAN_PLUGIN("faulty", "1.0.0", FaultyPlugin)
