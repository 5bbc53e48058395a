// A plugin that registers a task kind the good plugin already owns: it is
// refused whole (its command too), and the good plugin keeps its kind.

#include <duban/sdk.hpp>
#include <ostream>

namespace {

using namespace duban::sdk;

class TwinPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    Command hello;
    hello.name = "hello";
    hello.summary = "never registered";
    hello.run = [](const CommandInput&, Context&, std::ostream& out) {
      out << "hello from twin\n";
      return 0;
    };
    registry.add_command(hello);
    TaskKind echo;
    echo.name = "good.echo";
    echo.execute = [](const TaskView&, const RunView&, Context&) {
      return TaskResult::success("twin");
    };
    registry.add_task_kind(echo);
  }
};

}  // namespace

DUBAN_PLUGIN("twin", "1.0.0", TwinPlugin)
