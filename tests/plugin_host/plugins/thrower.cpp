// A plugin that throws half-way through registering: what it registered
// before the throw must not be kept.

#include <duban/sdk.hpp>
#include <stdexcept>

namespace {

using namespace duban::sdk;

class ThrowerPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    TaskKind kind;
    kind.name = "thrower.kind";
    kind.execute = [](const TaskView&, const RunView&, Context&) {
      return TaskResult::success("never run");
    };
    registry.add_task_kind(kind);
    throw std::runtime_error("its settings service is unreachable");
  }
};

}  // namespace

DUBAN_PLUGIN("thrower", "1.0.0", ThrowerPlugin)
