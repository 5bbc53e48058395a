#pragma once
// Reading and writing the plugin's records and tasks through the SDK, as
// model.hpp's structs. The only place that knows record and task layouts.

#include <duban/sdk.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"
#include "rollup.hpp"

namespace civilization {

/// Workflow ids: the shipped daily and weekly workflows, and the ad-hoc
/// runs (one per month) that hold rectifications and follow-up checks.
inline constexpr const char* daily_workflow = "civilization-daily";
inline constexpr const char* weekly_workflow = "civilization-weekly";
inline constexpr const char* rectify_workflow = "civilization-rectify";
/// Tags the plugin puts on its tasks, to find them again.
inline constexpr const char* patrol_tag = "civilization-patrol";
inline constexpr const char* rectify_tag = "civilization-rectify";
inline constexpr const char* check_tag = "civilization-check";
/// "area:ID": the tag naming a task's area.
std::string area_tag(const std::string& area_id);

std::vector<Area> load_areas(duban::sdk::Records& records);
std::optional<Area> load_area(duban::sdk::Records& records, const std::string& id);
std::vector<Finding> load_findings(duban::sdk::Records& records);
std::optional<Finding> load_finding(duban::sdk::Records& records, const std::string& id);
/// The finding whose `field` ("rectify_task" or "check_task") is `task_id`.
std::optional<Finding> finding_by_task(duban::sdk::Records& records, const std::string& field,
                                       const std::string& task_id);
void save_finding(duban::sdk::Records& records, const Finding& finding);
std::vector<HoursEntry> load_hours(duban::sdk::Records& records);
/// The ids of every record of `type` (for next_sequence_id).
std::vector<std::string> record_ids(duban::sdk::Records& records, const std::string& type);

/// Patrol tasks for days in [first, last].
std::vector<PatrolTask> load_patrols(duban::sdk::Context& context, const std::string& first,
                                     const std::string& last);

/// A person's name, or the id when unknown ("" stays "").
std::string person_name(const duban::sdk::Context& context, const std::string& id);
/// A team's name, or the id when unknown.
std::string team_name(const duban::sdk::Context& context, const std::string& id);
/// The leader of a team ("" when the team is unknown).
std::string team_leader(const duban::sdk::Context& context, const std::string& team);
/// The first volunteer team `person` leads or belongs to ("" when none).
std::string team_of(const duban::sdk::Context& context, const std::string& person);

}  // namespace civilization
