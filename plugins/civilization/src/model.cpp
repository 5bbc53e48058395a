#include "model.hpp"

#include <algorithm>
#include <cstdio>

namespace civilization {
namespace {

std::string text(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Optional text fields are left out when empty: the schema treats a
// missing field as unset, and the stored JSON stays small.
void put_text(nlohmann::json& data, const char* key, const std::string& value) {
  if (!value.empty()) data[key] = value;
}

struct KindLabel {
  const char* id;
  const char* label;
};
constexpr KindLabel kind_labels[] = {
    {"compound", "无主楼院"}, {"road-section", "路长路段"}, {"traffic-post", "交通文明岗"}};

}  // namespace

std::string area_kind_label(std::string_view kind) {
  for (const auto& k : kind_labels) {
    if (kind == k.id) return k.label;
  }
  return std::string(kind);
}

std::optional<std::string> parse_area_kind(std::string_view text_in) {
  for (const auto& k : kind_labels) {
    if (text_in == k.id || text_in == k.label) return std::string(k.id);
  }
  return std::nullopt;
}

Area area_from_json(const std::string& id, const nlohmann::json& data) {
  Area area;
  area.id = id;
  area.kind = text(data, "kind");
  area.name = text(data, "name");
  area.team = text(data, "team");
  area.cadre = text(data, "cadre");
  area.location = text(data, "location");
  area.active = data.value("active", true);
  return area;
}

nlohmann::json to_json(const Area& area) {
  nlohmann::json data{{"kind", area.kind}, {"name", area.name}, {"team", area.team}};
  put_text(data, "cadre", area.cadre);
  put_text(data, "location", area.location);
  data["active"] = area.active;
  return data;
}

Finding finding_from_json(const std::string& id, const nlohmann::json& data) {
  Finding f;
  f.id = id;
  f.area = text(data, "area");
  f.found_by = text(data, "found_by");
  f.found_at = text(data, "found_at");
  f.description = text(data, "description");
  if (data.contains("photos")) f.photos = data["photos"].get<std::vector<std::string>>();
  f.deadline = text(data, "deadline");
  f.status = text(data, "status");
  f.overdue = data.value("overdue", false);
  f.patrol_task = text(data, "patrol_task");
  f.rectify_task = text(data, "rectify_task");
  f.check_task = text(data, "check_task");
  f.rectified_at = text(data, "rectified_at");
  f.checked_at = text(data, "checked_at");
  f.closed_at = text(data, "closed_at");
  f.overdue_at = text(data, "overdue_at");
  f.round = data.value("round", 1);
  return f;
}

nlohmann::json to_json(const Finding& f) {
  nlohmann::json data{{"area", f.area},         {"found_by", f.found_by},
                      {"found_at", f.found_at}, {"description", f.description},
                      {"photos", f.photos},     {"deadline", f.deadline},
                      {"status", f.status},     {"overdue", f.overdue}};
  put_text(data, "patrol_task", f.patrol_task);
  put_text(data, "rectify_task", f.rectify_task);
  put_text(data, "check_task", f.check_task);
  put_text(data, "rectified_at", f.rectified_at);
  put_text(data, "checked_at", f.checked_at);
  put_text(data, "closed_at", f.closed_at);
  put_text(data, "overdue_at", f.overdue_at);
  data["round"] = f.round;
  return data;
}

HoursEntry hours_from_json(const std::string& id, const nlohmann::json& data) {
  HoursEntry e;
  e.id = id;
  e.person = text(data, "person");
  e.team = text(data, "team");
  e.activity = text(data, "activity");
  e.place = text(data, "place");
  e.start = text(data, "start");
  e.end = text(data, "end");
  e.hours = data.value("hours", 0.0);
  e.verified_by = text(data, "verified_by");
  return e;
}

nlohmann::json to_json(const HoursEntry& e) {
  nlohmann::json data{{"person", e.person}, {"activity", e.activity},
                      {"start", e.start},   {"end", e.end},
                      {"hours", e.hours},   {"verified_by", e.verified_by}};
  put_text(data, "team", e.team);
  put_text(data, "place", e.place);
  return data;
}

std::string next_sequence_id(const std::string& prefix, const std::vector<std::string>& taken) {
  long highest = 0;
  for (const auto& id : taken) {
    if (id.rfind(prefix + "-", 0) != 0) continue;
    try {
      highest = std::max(highest, std::stol(id.substr(prefix.size() + 1)));
    } catch (const std::exception&) {  // a hand-made id: not part of the sequence
    }
  }
  char number[24];
  std::snprintf(number, sizeof number, "%04ld", highest + 1);
  return prefix + "-" + number;
}

}  // namespace civilization
