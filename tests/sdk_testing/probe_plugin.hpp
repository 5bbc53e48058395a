#pragma once
// A plugin built into the tests of the SDK's test double: one of each kind
// of extension, each leaving a trace (a record) that the tests read.

#include <duban/sdk.hpp>
#include <ostream>
#include <stdexcept>

namespace duban::test {

/// Records "probe.item": every field type a record may have.
inline sdk::RecordType probe_item_type() {
  using sdk::field;
  using sdk::FieldType;
  return {"probe.item",
          "an item",
          {{field("name", FieldType::text).required(), field("owner", FieldType::person),
            field("team", FieldType::team), field("unit", FieldType::unit),
            field("tags", FieldType::text_list),
            field("size", FieldType::integer).range(1, 10).default_to(1),
            field("weight", FieldType::number).range(0.5, std::nullopt),
            field("state", FieldType::choice).choices({"open", "shut"}).default_to("open"),
            field("when", FieldType::datetime), field("day", FieldType::date),
            field("urgent", FieldType::boolean)}}};
}

/// Kind "probe.auto": keeps a record of its run, logs, and throws when
/// `times` is 0.
inline sdk::TaskKind probe_kind() {
  using sdk::field;
  using sdk::FieldType;
  sdk::TaskKind kind;
  kind.name = "probe.auto";
  kind.description = "keeps a record of each run";
  kind.params = {{field("times", FieldType::integer).required(),
                  field("note", FieldType::text).default_to("none")}};
  kind.execute = [](const sdk::TaskView& task, const sdk::RunView& run, sdk::Context& context) {
    context.records().put("probe.item", "ran-" + task.key, {{"name", run.id}});
    context.log().info("ran " + task.key);
    const int times = task.params.at("times");
    if (times == 0) throw std::runtime_error("zero times");
    return sdk::TaskResult::success("ran " + std::to_string(times), {{"times", times}});
  };
  return kind;
}

/// A task_completed hook that keeps "closed-KEY" and throws (after writing)
/// for a task titled "boom"; a task_created hook that keeps "created-KEY".
inline void add_probe_hooks(sdk::Registry& registry) {
  registry.add_hook(
      {sdk::HookEvent::task_completed, "keeps closed tasks",
       [](const sdk::HookData& data, sdk::Context& context) {
         context.records().put("probe.item", "closed-" + data.task.key, {{"name", data.actor}});
         if (data.task.title == "boom") throw std::runtime_error("boom");
       }});
  registry.add_hook(
      {sdk::HookEvent::task_created, "keeps created tasks",
       [](const sdk::HookData& data, sdk::Context& context) {
         context.records().put("probe.item", "created-" + data.task.key, {{"name", data.actor}});
       }});
}

/// Command "add" (writes; needs an actor; --fail exits 1 after writing) and
/// "count" (reads only: prints the count and why its write was refused).
inline void add_probe_commands(sdk::Registry& registry) {
  registry.add_command(
      {"add",
       "adds an item",
       {{"id", "item id", true, false}, {"fail", "exit 1 after writing", false, true}},
       true,
       true,
       [](const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
         context.records().put("probe.item", input.options.at("id"), {{"name", context.actor()}});
         out << "added " << input.options.at("id") << "\n";
         return input.options.contains("fail") ? 1 : 0;
       }});
  registry.add_command({"count",
                        "counts items",
                        {},
                        false,
                        false,
                        [](const sdk::CommandInput&, sdk::Context& context, std::ostream& out) {
                          out << context.records().find({"probe.item", {}, 0}).size();
                          try {
                            context.records().put("probe.item", "x", {{"name", "x"}});
                          } catch (const std::logic_error& refused) {
                            out << "; " << refused.what();
                          }
                          return 0;
                        }});
}

class ProbePlugin final : public sdk::Plugin {
 public:
  void register_extensions(sdk::Registry& registry) override {
    using sdk::field;
    using sdk::FieldType;
    registry.config({{field("label", FieldType::text).default_to("probe"),
                      field("limit", FieldType::integer).range(1, 5).default_to(2)}});
    registry.add_record_type(probe_item_type());
    registry.add_task_kind(probe_kind());
    add_probe_hooks(registry);
    add_probe_commands(registry);
    registry.add_section({"probe", "counts items", [](const sdk::SectionRequest&, sdk::Context& c) {
                            sdk::ReportSection section;
                            section.title = "Probe";
                            section.data = {
                                {"items", c.records().find({"probe.item", {}, 0}).size()},
                                {"actor", c.actor()}};
                            try {
                              c.records().put("probe.item", "y", {{"name", "y"}});
                            } catch (const std::logic_error& refused) {
                              section.lines.push_back(refused.what());
                            }
                            return section;
                          }});
  }
};

}  // namespace duban::test
