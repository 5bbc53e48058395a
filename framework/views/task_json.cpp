#include "views/task_json.hpp"

#include "model/task_codec.hpp"

namespace duban {

using nlohmann::json;

json parse_or(const std::string& text, const json& fallback) {
  return text.empty() ? fallback : json::parse(text);
}

std::string iso_time(const std::string& stored, const Definitions& definitions) {
  if (stored.empty()) return "";
  return stored + ":00" + format_utc_offset(definitions.zone);
}

std::string iso_time(LocalDateTime when, const Definitions& definitions) {
  return format_iso8601(when, definitions.zone);
}

std::string iso_time(const std::optional<LocalDateTime>& when, const Definitions& definitions) {
  return when ? iso_time(*when, definitions) : std::string();
}

std::string names_of(const std::vector<std::string>& ids, const Organisation& org) {
  std::string out;
  for (const auto& id : ids) {
    const Person* p = org.person(id);
    out += (out.empty() ? "" : "、") + (p ? p->name : id);
  }
  return out;
}

json task_json(const Task& t, const Definitions& defs) {
  json milestones = milestones_to_json(t.milestones);
  for (auto& m : milestones) {
    m["at"] = iso_time(m.value("at", ""), defs);
    if (m.contains("met_at")) m["met_at"] = iso_time(m.value("met_at", ""), defs);
  }
  return {{"id", t.id},
          {"key", t.key},
          {"run", t.run},
          {"workflow", t.workflow},
          {"title", t.title},
          {"owners", t.owners},
          {"unit", t.unit},
          {"state", state_name(t.state)},
          {"light", light_name(t.light)},
          {"start", iso_time(t.start, defs)},
          {"due", iso_time(t.due, defs)},
          {"original_due", iso_time(t.original_due, defs)},
          {"depends_on", t.depends_on},
          {"milestones", milestones},
          {"policy", t.policy},
          {"class", t.task_class},
          {"escalation_level", t.escalation_level},
          {"chases", t.chases},
          {"done_at", iso_time(t.done_at, defs)},
          {"extension", t.extension ? extension_to_json(*t.extension) : json()},
          {"detail", detail_to_json(t.detail)}};
}

json history_json(const std::vector<EventRecord>& events, const Definitions& defs) {
  json history = json::array();
  for (const auto& e : events) {
    history.push_back({{"id", e.id},
                       {"time", iso_time(e.time, defs)},
                       {"actor", e.actor},
                       {"type", e.type},
                       {"payload", parse_or(e.payload, json::object())},
                       {"reason", e.reason}});
  }
  return history;
}

}  // namespace duban
