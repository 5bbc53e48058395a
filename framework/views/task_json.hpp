#pragma once
// The documented JSON objects of tasks and their history
// (docs/json-output.md), shared by the command line and the web API.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/task.hpp"
#include "plan/definitions.hpp"
#include "store/records.hpp"

namespace duban {

/// A stored local time ("2026-02-13T12:00") as ISO 8601 with the workspace offset.
std::string iso_time(const std::string& stored, const Definitions& definitions);
/// A local time as ISO 8601 with the workspace offset ("2026-02-13T12:00:00+08:00").
std::string iso_time(LocalDateTime when, const Definitions& definitions);
/// As above; "" when there is no time.
std::string iso_time(const std::optional<LocalDateTime>& when, const Definitions& definitions);
/// The documented JSON object of a task (id, title, owners, due, depends_on, run, state, light …).
nlohmann::json task_json(const Task& t, const Definitions& defs);
/// A task's events as `task show` lists them: id, time, actor, type, payload, reason.
nlohmann::json history_json(const std::vector<EventRecord>& events, const Definitions& defs);
/// The JSON of a stored JSON text, or `fallback` when the text is empty.
nlohmann::json parse_or(const std::string& text, const nlohmann::json& fallback);
/// Person names for ids, joined by "、".
std::string names_of(const std::vector<std::string>& ids, const Organisation& org);

}  // namespace duban
