// A plugin that throws half-way through registering: what it registered
// before the throw must not be kept.

#include <stdexcept>

#include "fixture.hpp"

namespace {

class ThrowerPlugin final : public duban::sdk::Plugin {
 public:
  void register_extensions(duban::sdk::Registry& registry) override {
    registry.add_task_kind(fixture::task_kind(
        "thrower.kind", [](const duban::sdk::TaskView&, const duban::sdk::RunView&,
                           duban::sdk::Context&) { return duban::sdk::TaskResult::success(""); }));
    throw std::runtime_error("its settings service is unreachable");
  }
};

}  // namespace

DUBAN_PLUGIN("thrower", "1.0.0", ThrowerPlugin)
