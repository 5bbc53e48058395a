#pragma once
// How the parts of a task that are not plain columns — milestones, an
// extension request, the detail — are written as JSON: in the store's rows
// and in the JSON views, which show them as stored. One codec for both, so
// the two cannot drift apart.
//
// Reading is strict: an unknown key, a missing one or a value of the wrong
// type throws std::invalid_argument naming it, so a damaged or tampered row
// is reported instead of silently losing what it held.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/task.hpp"

namespace duban {

nlohmann::json milestones_to_json(const std::vector<TaskMilestone>& milestones);
std::vector<TaskMilestone> milestones_from_json(const nlohmann::json& json);

nlohmann::json extension_to_json(const Extension& extension);
Extension extension_from_json(const nlohmann::json& json);

nlohmann::json detail_to_json(const TaskDetail& detail);
TaskDetail detail_from_json(const nlohmann::json& json);

/// A stored local time (see stored_time); throws std::invalid_argument
/// naming the text when it is anything else.
LocalDateTime require_stored_time(const std::string& text);

}  // namespace duban
