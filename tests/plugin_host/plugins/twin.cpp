// A plugin that registers a task kind the good plugin already owns: it is
// refused whole (its command too), and the good plugin keeps its kind.

#include "fixture.hpp"

namespace {

using namespace duban::sdk;

class TwinPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    registry.add_command(fixture::print_command("hello", "hello from twin"));
    registry.add_task_kind(fixture::task_kind(
        "good.echo",
        [](const TaskView&, const RunView&, Context&) { return TaskResult::success("twin"); }));
  }
};

}  // namespace

DUBAN_PLUGIN("twin", "1.0.0", TwinPlugin)
