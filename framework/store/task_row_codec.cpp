#include "store/task_row_codec.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "model/task_codec.hpp"
#include "store/store.hpp"

namespace duban {

namespace {

using nlohmann::json;

std::optional<LocalDateTime> optional_time(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return require_stored_time(text);
}

std::string optional_text(const std::optional<LocalDateTime>& when) {
  return when ? stored_time(*when) : std::string();
}

// JSON text of a column; an empty column holds `empty`.
json column_json(const std::string& text, const char* column, json empty) {
  if (text.empty()) return empty;
  try {
    return json::parse(text);
  } catch (const json::exception&) {
    throw std::invalid_argument(std::string(column) + " is not JSON");
  }
}

Task decode(TaskRow& row) {
  Task t;
  t.id = std::move(row.id);
  t.run = std::move(row.run);
  t.workflow = std::move(row.workflow);
  t.key = std::move(row.key);
  t.title = std::move(row.title);
  t.unit = std::move(row.unit);
  t.owners = std::move(row.owners);
  auto state = parse_state(row.state);
  if (!state) throw std::invalid_argument("unknown state '" + row.state + "'");
  t.state = *state;
  t.start = require_stored_time(row.start);
  t.due = require_stored_time(row.due);
  t.original_due = require_stored_time(row.original_due);
  t.policy = std::move(row.policy);
  t.task_class = std::move(row.task_class);
  t.kind = std::move(row.kind);
  t.depends_on = std::move(row.depends_on);
  t.tags = std::move(row.tags);
  t.weight = row.weight;
  t.milestones = milestones_from_json(column_json(row.milestones, "milestones", json::array()));
  auto light = parse_light(row.light);
  if (!light) throw std::invalid_argument("unknown light '" + row.light + "'");
  t.light = *light;
  t.escalation_level = row.escalation_level;
  t.chases = row.chases;
  t.done_at = optional_time(row.done_at);
  if (!row.extension.empty())
    t.extension = extension_from_json(column_json(row.extension, "extension", nullptr));
  t.detail = detail_from_json(column_json(row.detail, "detail", json::object()));
  t.version = row.version;
  return t;
}

}  // namespace

Task task_from_row(TaskRow row, const std::string& file) {
  const std::string id = row.id;
  try {
    return decode(row);
  } catch (const std::exception& e) {
    throw StoreError(file + ": database is corrupt: task " + id + ": " + e.what());
  }
}

TaskRow task_row(const Task& t) {
  TaskRow row;
  row.id = t.id;
  row.run = t.run;
  row.workflow = t.workflow;
  row.key = t.key;
  row.title = t.title;
  row.unit = t.unit;
  row.owners = t.owners;
  row.state = state_name(t.state);
  row.start = stored_time(t.start);
  row.due = stored_time(t.due);
  row.original_due = stored_time(t.original_due);
  row.policy = t.policy;
  row.task_class = t.task_class;
  row.kind = t.kind;
  row.depends_on = t.depends_on;
  row.tags = t.tags;
  row.weight = t.weight;
  row.milestones = milestones_to_json(t.milestones).dump();
  row.light = light_name(t.light);
  row.escalation_level = t.escalation_level;
  row.chases = t.chases;
  row.done_at = optional_text(t.done_at);
  row.extension = t.extension ? extension_to_json(*t.extension).dump() : std::string();
  row.detail = detail_to_json(t.detail).dump();
  row.version = t.version;
  return row;
}

Run run_from_row(RunRow row, const std::string& file) {
  const std::string id = row.id;
  try {
    return {std::move(row.id),
            std::move(row.workflow),
            std::move(row.period),
            std::move(row.title),
            require_stored_time(row.created_at),
            std::move(row.created_by),
            row.task_count};
  } catch (const std::exception& e) {
    throw StoreError(file + ": database is corrupt: run " + id + ": " + e.what());
  }
}

RunRow run_row(const Run& run) {
  return {run.id,         run.workflow,  run.period, run.title, stored_time(run.created_at),
          run.created_by, run.task_count};
}

}  // namespace duban
