#include "store.hpp"

#include <algorithm>

#include "dates.hpp"

namespace civilization {

std::string area_tag(const std::string& area_id) {
  return "area:" + area_id;
}

std::vector<Area> load_areas(duban::sdk::Records& records) {
  std::vector<Area> areas;
  for (const auto& r : records.find({area_type, {}, 0}))
    areas.push_back(area_from_json(r.id, r.data));
  return areas;
}

std::optional<Area> load_area(duban::sdk::Records& records, const std::string& id) {
  const auto record = records.get(area_type, id);
  if (!record) return std::nullopt;
  return area_from_json(record->id, record->data);
}

std::vector<Finding> load_findings(duban::sdk::Records& records) {
  std::vector<Finding> findings;
  for (const auto& r : records.find({finding_type, {}, 0})) {
    findings.push_back(finding_from_json(r.id, r.data));
  }
  return findings;
}

std::optional<Finding> load_finding(duban::sdk::Records& records, const std::string& id) {
  const auto record = records.get(finding_type, id);
  if (!record) return std::nullopt;
  return finding_from_json(record->id, record->data);
}

std::optional<Finding> finding_by_task(duban::sdk::Records& records, const std::string& field,
                                       const std::string& task_id) {
  const auto found = records.find({finding_type, {{field, task_id}}, 1});
  if (found.empty()) return std::nullopt;
  return finding_from_json(found.front().id, found.front().data);
}

void save_finding(duban::sdk::Records& records, const Finding& finding) {
  records.put(finding_type, finding.id, to_json(finding));
}

std::vector<HoursEntry> load_hours(duban::sdk::Records& records) {
  std::vector<HoursEntry> entries;
  for (const auto& r : records.find({hours_type, {}, 0})) {
    entries.push_back(hours_from_json(r.id, r.data));
  }
  return entries;
}

std::vector<std::string> record_ids(duban::sdk::Records& records, const std::string& type) {
  std::vector<std::string> ids;
  for (const auto& r : records.find({type, {}, 0})) ids.push_back(r.id);
  return ids;
}

std::vector<PatrolTask> load_patrols(duban::sdk::Context& context, const std::string& first,
                                     const std::string& last) {
  duban::sdk::TaskFilter filter;
  filter.tag = patrol_tag;
  filter.due_from = first;
  filter.due_to = add_days(last, 1);  // due_to is exclusive
  std::vector<PatrolTask> patrols;
  for (const auto& task : context.tasks(filter)) {
    const auto tag = std::find_if(task.tags.begin(), task.tags.end(),
                                  [](const std::string& t) { return t.rfind("area:", 0) == 0; });
    if (tag == task.tags.end() || task.state == "cancelled") continue;
    patrols.push_back({tag->substr(5), date_part(task.due), task.state == "done"});
  }
  return patrols;
}

std::string person_name(const duban::sdk::Context& context, const std::string& id) {
  const auto person = context.person(id);
  return person ? person->name : id;
}

std::string team_name(const duban::sdk::Context& context, const std::string& id) {
  const auto team = context.team(id);
  return team ? team->name : id;
}

std::string team_leader(const duban::sdk::Context& context, const std::string& team) {
  const auto found = context.team(team);
  return found ? found->leader : std::string();
}

std::string team_of(const duban::sdk::Context& context, const std::string& person) {
  for (const auto& team : context.teams()) {
    const auto& m = team.members;
    if (team.leader == person || std::find(m.begin(), m.end(), person) != m.end()) return team.id;
  }
  return "";
}

}  // namespace civilization
