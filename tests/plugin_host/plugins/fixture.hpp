#pragma once
// Pieces the fixture plugins share: a command that prints a line, a record
// type of completed tasks and a command listing its records.

#include <duban/sdk.hpp>
#include <ostream>
#include <string>

namespace fixture {

using namespace duban::sdk;

/// A command `name` that prints `line`.
inline Command print_command(const std::string& name, const std::string& line) {
  Command command;
  command.name = name;
  command.summary = "prints a line";
  command.run = [line](const CommandInput&, Context&, std::ostream& out) {
    out << line << '\n';
    return 0;
  };
  return command;
}

/// A record type `name` whose records hold a task id.
inline RecordType task_record_type(const std::string& name) {
  RecordType type;
  type.name = name;
  type.description = "a completed task";
  type.schema.fields.push_back(field("task", FieldType::text).required());
  return type;
}

/// A command `name` that lists the ids of the records of `type`, one a line.
inline Command list_command(const std::string& name, const std::string& type) {
  Command command;
  command.name = name;
  command.summary = "lists " + type + " records";
  command.run = [type](const CommandInput&, Context& context, std::ostream& out) {
    RecordQuery query;
    query.type = type;
    for (const auto& record : context.records().find(query)) out << record.id << '\n';
    return 0;
  };
  return command;
}

/// A task kind `name` that runs `execute`.
inline TaskKind task_kind(const std::string& name, decltype(TaskKind::execute) execute) {
  TaskKind kind;
  kind.name = name;
  kind.description = "a fixture kind";
  kind.execute = std::move(execute);
  return kind;
}

}  // namespace fixture
