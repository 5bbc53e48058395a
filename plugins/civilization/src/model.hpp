#pragma once
// The plugin's data as plain structs, and their JSON form as stored in the
// core's records (civilization.area, civilization.finding, civilization.hours).
// Pure: no SDK calls, so the logic built on them is unit-tested directly.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace civilization {

/// Record type names: the ids the core stores records under.
inline constexpr const char* area_type = "civilization.area";
inline constexpr const char* finding_type = "civilization.finding";
inline constexpr const char* hours_type = "civilization.hours";

/// The three kinds of responsibility area of the campaign, as stored (ASCII ids).
inline const std::vector<std::string>& area_kinds() {
  static const std::vector<std::string> kinds{"compound", "road-section", "traffic-post"};
  return kinds;
}
/// 无主楼院, 路长路段, 交通文明岗 for an area kind id (the id itself when unknown).
std::string area_kind_label(std::string_view kind);
/// The kind id for an id or its Chinese label ("路长路段" → "road-section").
std::optional<std::string> parse_area_kind(std::string_view text);

/// A responsibility area (责任区): a compound, road section or traffic post
/// held by a volunteer team, with a leading cadre (包片领导).
struct Area {
  std::string id;        ///< ASCII id, e.g. "jiefang-rd-1"
  std::string kind;      ///< one of area_kinds()
  std::string name;      ///< shown to people
  std::string team;      ///< the volunteer team that patrols it
  std::string cadre;     ///< 包片领导 (person id), "" when none
  std::string location;  ///< free text
  bool active = true;    ///< inactive areas get no patrols
};

/// A problem found on patrol (问题), followed to close-out (销号).
struct Finding {
  std::string id;
  std::string area;
  std::string found_by;
  std::string found_at;  ///< datetime
  std::string description;
  std::vector<std::string> photos;  ///< photo or evidence references
  std::string deadline;             ///< date the rectification is due
  std::string status = "open";      ///< see finding_status.hpp
  bool overdue = false;             ///< the rectification passed its deadline open
  std::string patrol_task;          ///< the patrol it was found on ("" if none)
  std::string rectify_task;
  std::string check_task;
  std::string rectified_at;
  std::string checked_at;
  std::string closed_at;
  std::string overdue_at;
  int round = 1;  ///< rectification round: 2 after a failed 回头看, and so on
};

/// Volunteer hours of one person at one activity (志愿服务时长).
struct HoursEntry {
  std::string id;
  std::string person;
  std::string team;  ///< "" when the person is in no volunteer team
  std::string activity;
  std::string place;
  std::string start;  ///< datetime
  std::string end;    ///< datetime
  double hours = 0;
  std::string verified_by;
};

Area area_from_json(const std::string& id, const nlohmann::json& data);
nlohmann::json to_json(const Area& area);
Finding finding_from_json(const std::string& id, const nlohmann::json& data);
nlohmann::json to_json(const Finding& finding);
HoursEntry hours_from_json(const std::string& id, const nlohmann::json& data);
nlohmann::json to_json(const HoursEntry& entry);

/// The next id of a sequence "PREFIX-0001" given the ids taken so far.
std::string next_sequence_id(const std::string& prefix, const std::vector<std::string>& taken);

}  // namespace civilization
