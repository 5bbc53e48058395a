#include "model/task_codec.hpp"

#include <algorithm>
#include <initializer_list>
#include <stdexcept>
#include <string_view>

namespace duban {

namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& what) {
  throw std::invalid_argument(what);
}

// Every key of `object` must be one of `known`: a row holds what this
// program writes and nothing else.
void only_keys(const json& object, std::initializer_list<std::string_view> known,
               const char* what) {
  if (!object.is_object()) bad(std::string(what) + " is not an object");
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end())
      bad(std::string(what) + " has an unknown key '" + key + "'");
  }
}

std::string text_at(const json& object, const char* key, const char* what) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string())
    bad(std::string(what) + ": '" + key + "' is missing or not text");
  return it->get<std::string>();
}

std::string text_or_empty(const json& object, const char* key, const char* what) {
  return object.contains(key) ? text_at(object, key, what) : std::string();
}

std::vector<std::string> texts_at(const json& object, const char* key, const char* what) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (!it->is_array()) bad(std::string(what) + ": '" + key + "' is not a list");
  std::vector<std::string> out;
  for (const auto& item : *it) {
    if (!item.is_string())
      bad(std::string(what) + ": '" + key + "' holds a value that is not text");
    out.push_back(item.get<std::string>());
  }
  return out;
}

LocalDateTime time_at(const json& object, const char* key, const char* what) {
  return require_stored_time(text_at(object, key, what));
}

std::optional<LocalDateTime> optional_time(const json& object, const char* key, const char* what) {
  if (!object.contains(key)) return std::nullopt;
  return time_at(object, key, what);
}

// The lists of a task's detail, each entry with its own fields beside the
// common time, actor and reason.
enum class EntryList { notes, reasons, reassignments, chases, runs };

struct ListName {
  EntryList list;
  const char* key;
};
constexpr ListName entry_lists[] = {{EntryList::notes, "notes"},
                                    {EntryList::reasons, "reasons"},
                                    {EntryList::reassignments, "reassignments"},
                                    {EntryList::chases, "chases"},
                                    {EntryList::runs, "runs"}};

// The list itself, const or not as the detail is.
template <class Detail>
auto& list_of(Detail& detail, EntryList list) {
  switch (list) {
    case EntryList::notes: return detail.notes;
    case EntryList::reasons: return detail.reasons;
    case EntryList::reassignments: return detail.reassignments;
    case EntryList::chases: return detail.chases;
    case EntryList::runs: return detail.runs;
  }
  return detail.notes;
}

json entry_to_json(const TaskEntry& e, EntryList list) {
  json out{{"time", stored_time(e.time)}, {"actor", e.actor}};
  if (!e.reason.empty()) out["reason"] = e.reason;
  switch (list) {
    case EntryList::notes: out["text"] = e.text; break;
    case EntryList::reasons:
      out["state"] = e.state ? state_name(*e.state) : std::string_view();
      break;
    case EntryList::reassignments: out["owners"] = e.owners; break;
    case EntryList::chases: break;
    case EntryList::runs:
      out["ok"] = e.ok.value_or(false);
      out["message"] = e.message;
      out["evidence"] = e.evidence;
      break;
  }
  return out;
}

TaskEntry entry_from_json(const json& j, EntryList list) {
  const char* what = "detail entry";
  only_keys(j, {"time", "actor", "reason", "text", "state", "owners", "ok", "message", "evidence"},
            what);
  TaskEntry e;
  e.time = time_at(j, "time", what);
  e.actor = text_at(j, "actor", what);
  e.reason = text_or_empty(j, "reason", what);
  switch (list) {
    case EntryList::notes: e.text = text_at(j, "text", what); break;
    case EntryList::reasons: {
      auto state = parse_state(text_at(j, "state", what));
      if (!state) bad("detail entry: unknown state");
      e.state = state;
      break;
    }
    case EntryList::reassignments: e.owners = texts_at(j, "owners", what); break;
    case EntryList::chases: break;
    case EntryList::runs:
      if (!j.contains("ok") || !j["ok"].is_boolean())
        bad("detail entry: 'ok' is not true or false");
      e.ok = j["ok"].get<bool>();
      e.message = text_at(j, "message", what);
      e.evidence = j.value("evidence", json());
      break;
  }
  return e;
}

}  // namespace

LocalDateTime require_stored_time(const std::string& text) {
  if (auto when = parse_stored_time(text)) return *when;
  bad("'" + text + "' is not a stored time (YYYY-MM-DDTHH:MM)");
}

json milestones_to_json(const std::vector<TaskMilestone>& milestones) {
  json out = json::array();
  for (const auto& m : milestones) {
    json item{{"action", m.action},
              {"name", m.name},
              {"at", stored_time(m.at)},
              {"met_by", met_by_name(m.met_by)}};
    if (m.met_at) item["met_at"] = stored_time(*m.met_at);
    out.push_back(std::move(item));
  }
  return out;
}

std::vector<TaskMilestone> milestones_from_json(const json& j) {
  if (!j.is_array()) bad("milestones are not a list");
  std::vector<TaskMilestone> out;
  for (const auto& item : j) {
    const char* what = "milestone";
    only_keys(item, {"action", "name", "at", "met_by", "met_at"}, what);
    TaskMilestone m;
    m.action = text_at(item, "action", what);
    m.name = text_at(item, "name", what);
    m.at = time_at(item, "at", what);
    auto met_by = parse_met_by(text_at(item, "met_by", what));
    if (!met_by) bad("milestone: unknown met_by");
    m.met_by = *met_by;
    m.met_at = optional_time(item, "met_at", what);
    out.push_back(std::move(m));
  }
  return out;
}

json extension_to_json(const Extension& e) {
  json out{{"due", stored_time(e.due)},
           {"state", e.state == Extension::State::approved ? "approved" : "requested"},
           {"requested_by", e.requested_by},
           {"requested_at", stored_time(e.requested_at)},
           {"reason", e.reason}};
  if (e.state == Extension::State::approved) {
    out["approved_by"] = e.approved_by;
    if (e.approved_at) out["approved_at"] = stored_time(*e.approved_at);
  }
  return out;
}

Extension extension_from_json(const json& j) {
  const char* what = "extension";
  only_keys(
      j, {"due", "state", "requested_by", "requested_at", "reason", "approved_by", "approved_at"},
      what);
  Extension e;
  e.due = time_at(j, "due", what);
  const std::string state = text_at(j, "state", what);
  if (state != "requested" && state != "approved") bad("extension: unknown state '" + state + "'");
  e.state = state == "approved" ? Extension::State::approved : Extension::State::requested;
  e.requested_by = text_at(j, "requested_by", what);
  e.requested_at = time_at(j, "requested_at", what);
  e.reason = text_at(j, "reason", what);
  e.approved_by = text_or_empty(j, "approved_by", what);
  e.approved_at = optional_time(j, "approved_at", what);
  return e;
}

json detail_to_json(const TaskDetail& d) {
  json out{{"description", d.description}, {"checklist", d.checklist}, {"evidence", d.evidence}};
  if (!d.params.is_null()) out["params"] = d.params;
  for (const auto& [list, key] : entry_lists) {
    const auto& entries = list_of(d, list);
    if (entries.empty()) continue;
    json items = json::array();
    for (const auto& e : entries) items.push_back(entry_to_json(e, list));
    out[key] = std::move(items);
  }
  if (d.overdue_at) out["overdue_at"] = stored_time(*d.overdue_at);
  return out;
}

TaskDetail detail_from_json(const json& j) {
  const char* what = "detail";
  only_keys(j,
            {"description", "checklist", "evidence", "params", "notes", "reasons", "reassignments",
             "chases", "runs", "overdue_at"},
            what);
  TaskDetail d;
  d.description = text_or_empty(j, "description", what);
  d.checklist = texts_at(j, "checklist", what);
  d.evidence = texts_at(j, "evidence", what);
  d.params = j.value("params", json());
  for (const auto& [list, key] : entry_lists) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    if (!it->is_array()) bad(std::string("detail: '") + key + "' is not a list");
    for (const auto& item : *it) list_of(d, list).push_back(entry_from_json(item, list));
  }
  d.overdue_at = optional_time(j, "overdue_at", what);
  return d;
}

}  // namespace duban
