// The worked example of docs/plugin-guide.md: a plugin named "hello" that
// adds, through the SDK only,
//
//   [plugins.hello]  greeting = "你好"          its configuration table
//   kind  hello.greet    params { name, times }  an automatic task kind
//   record hello.greeting                        what it keeps in the database
//   hook  task_completed                          thanks whoever closes a task
//   section hello                                 a part of `duban status`
//   command `duban hello list`                    reads its records
//
// Every function here is called by the core inside a guard: whatever it
// throws fails that one task, hook, section or command, never duban.

#include <duban/sdk.hpp>
#include <ostream>
#include <string>

namespace {

using namespace duban::sdk;

constexpr const char* kGreeting = "hello.greeting";

// ------------------------------------------------------------ configuration

// `[plugins.hello]` in duban.toml; checked when the workspace loads.
Schema config_schema() {
  Schema schema;
  schema.fields.push_back(field("greeting", FieldType::text)
                              .describe("the word a greeting starts with")
                              .default_to("Hello"));
  return schema;
}

// ------------------------------------------------------------- record type

RecordType greeting_type() {
  RecordType type;
  type.name = kGreeting;
  type.description = "a greeting sent by a task or a hook";
  type.schema.fields.push_back(field("text", FieldType::text).required().describe("what was said"));
  type.schema.fields.push_back(field("task", FieldType::text).required().describe("the task id"));
  type.schema.fields.push_back(field("at", FieldType::datetime).describe("when it was said"));
  return type;
}

void keep_greeting(Context& context, const std::string& id, const std::string& text,
                   const std::string& task) {
  context.records().put(kGreeting, id, {{"text", text}, {"task", task}, {"at", context.now()}});
}

// -------------------------------------------------------- automatic task kind

// `kind = "hello.greet"`, `params = { name = "…", times = 2 }` in a workflow.
TaskKind greet_kind() {
  TaskKind kind;
  kind.name = "hello.greet";
  kind.description = "greets someone and keeps the greeting";
  kind.params.fields.push_back(field("name", FieldType::text).required().describe("who to greet"));
  kind.params.fields.push_back(
      field("times", FieldType::integer).range(1, 3).default_to(1).describe("how often"));
  kind.execute = [](const TaskView& task, const RunView&, Context& context) {
    std::string text;
    for (int i = 0; i < task.params.value("times", 1); ++i) {
      text += (i ? " " : "") + context.config().value("greeting", std::string("Hello")) + ",";
    }
    text += " " + task.params.at("name").get<std::string>() + "!";
    keep_greeting(context, task.id, text, task.id);
    return TaskResult::success(text, {{"record", task.id}});
  };
  return kind;
}

// --------------------------------------------------------------------- hook

// Runs inside the write transaction that closed the task: what it writes
// commits with it, or is undone alone if it throws.
Hook thanks_hook() {
  Hook hook;
  hook.event = HookEvent::task_completed;
  hook.description = "thanks the owner of every human task closed";
  hook.run = [](const HookData& data, Context& context) {
    if (data.task.kind != "human" || data.task.owners.empty()) return;
    const auto owner = context.person(data.task.owners.front());
    const std::string name = owner ? owner->name : data.task.owners.front();
    keep_greeting(context, "thanks/" + data.task.id, "Thank you, " + name + "!", data.task.id);
  };
  return hook;
}

// ------------------------------------------------------------ report section

std::vector<Record> greetings(Context& context) {
  RecordQuery query;
  query.type = kGreeting;
  return context.records().find(query);
}

SectionProvider greetings_section() {
  SectionProvider section;
  section.id = "hello";
  section.description = "the greetings of the period";
  section.build = [](const SectionRequest& request, Context& context) {
    ReportSection out;
    out.title = "Greetings";
    SectionTable table;
    table.columns = {"at", "text"};
    for (const auto& g : greetings(context)) {
      const std::string day = g.data.value("at", std::string()).substr(0, 10);
      if (day < request.start || day > request.end) continue;
      table.rows.push_back(
          {g.data.value("at", std::string()), g.data.value("text", std::string())});
    }
    out.lines.push_back(std::to_string(table.rows.size()) + " greeting(s) in " + request.period);
    out.data = {{"greetings", table.rows.size()}};
    out.tables.push_back(std::move(table));
    return out;
  };
  return section;
}

// ------------------------------------------------------------------ command

// `duban hello list [--task ID]`: reading only, so no write transaction.
Command list_command() {
  Command command;
  command.name = "list";
  command.summary = "lists the greetings kept so far";
  // name, description, required, flag (a flag takes no value)
  command.options.push_back({"task", "only the greetings of this task", false, false});
  command.run = [](const CommandInput& input, Context& context, std::ostream& out) {
    const auto only = input.options.find("task");
    nlohmann::json list = nlohmann::json::array();
    for (const auto& g : greetings(context)) {
      if (only != input.options.end() && g.data.value("task", "") != only->second) continue;
      if (input.format == "json") {
        list.push_back({{"id", g.id}, {"text", g.data["text"]}, {"task", g.data["task"]}});
      } else {
        out << g.id << '\t' << g.data.value("text", "") << '\n';
      }
    }
    if (input.format == "json") out << nlohmann::json{{"greetings", list}}.dump(2) << '\n';
    return 0;
  };
  return command;
}

// ------------------------------------------------------------------- plugin

class HelloPlugin final : public Plugin {
 public:
  void register_extensions(Registry& registry) override {
    registry.config(config_schema());
    registry.add_record_type(greeting_type());
    registry.add_task_kind(greet_kind());
    registry.add_hook(thanks_hook());
    registry.add_section(greetings_section());
    registry.add_command(list_command());
  }
};

}  // namespace

// The handshake (checked before any C++ call) and the factory.
DUBAN_PLUGIN("hello", "1.0.0", HelloPlugin)
