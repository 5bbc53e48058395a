#include "score/score_entry.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "dates/period.hpp"
#include "diagnostics/suggest.hpp"
#include "engine/engine.hpp"
#include "engine/event_writer.hpp"
#include "engine/reducer.hpp"

namespace duban {

namespace {

std::string number_text(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// The entry a stored record of core_record::score_entry holds.
ScoreEntryRecord entry_of(const PluginRecord& record) {
  const auto data = nlohmann::json::parse(record.data);
  ScoreEntryRecord entry;
  entry.id = record.id;
  entry.week = data.at("week");
  entry.person = data.at("person");
  entry.item = data.at("item");
  entry.value = data.at("value").get<double>();
  entry.entered_at = record.updated_at;
  entry.entered_by = data.at("entered_by");
  entry.reason = data.at("reason");
  return entry;
}

// Why the entry cannot be made (the week, person, item, value or who enters it).
std::optional<Refusal> request_refusal(const Organisation& org, const ScoringRules& rules,
                                       const ScoreEntryRequest& r) {
  auto week = parse_period(r.week);
  if (!week || week->kind != PeriodKind::week)
    return Refusal{"--week '" + r.week + "' is not a week (YYYY-Www)"};
  if (!org.person(r.person))
    return Refusal{"unknown person '" + r.person + "'" + did_you_mean(r.person, org.person_ids())};
  const ManualInput* input = rules.manual_input(r.item);
  if (!input) {
    std::string known;
    for (const auto& m : rules.manual) known += (known.empty() ? "" : ", ") + m.id;
    return Refusal{"'" + r.item + "' is not a manual input of " + rules.path +
                   did_you_mean(r.item, rules.manual_ids()) + " (manual inputs: " + known + ")"};
  }
  if (r.value < input->min || r.value > input->max)
    return Refusal{input->name + " (" + input->id + ") takes values from " +
                   number_text(input->min) + " to " + number_text(input->max) + ", not " +
                   number_text(r.value)};
  if (!may_enter_score(org, r.actor, r.person)) {
    const Person* p = org.person(r.person);
    const Unit* u = org.unit(p->unit);
    const std::string who =
        (u && !u->chief.empty() && u->chief != r.person ? u->chief + " (chief of " + p->unit + ")"
                                                        : "the chief of " + p->unit) +
        ", the leader in charge of " + p->unit + " or someone above " + r.person +
        " in the reporting line";
    if (r.actor == r.person) return Refusal{"nobody enters their own scores; ask " + who};
    return Refusal{r.actor + " may not enter " + r.person + "'s scores: only " + who + " may"};
  }
  return std::nullopt;
}

}  // namespace

bool may_enter_score(const Organisation& org, const std::string& actor, const std::string& person) {
  if (actor.empty() || actor == person) return false;
  const Person* p = org.person(person);
  if (!p) return false;
  if (const Unit* u = org.unit(p->unit); u && (u->chief == actor || u->leader == actor))
    return true;
  const auto line = org.reporting_line(person);
  return std::find(line.begin(), line.end(), actor) != line.end();
}

Checked<ScoreEntryRecord> enter_score(StoreWriter& writer, const Organisation& org,
                                      const ScoringRules& rules, const ScoreEntryRequest& request,
                                      const std::string& now) {
  if (auto refused = request_refusal(org, rules, request)) return *refused;
  EventRecord event;
  event.time = now;
  event.actor = request.actor;
  event.type = event_type::score_entered;
  event.payload = nlohmann::json{
      {"item", request.item},
      {"person", request.person},
      {"value", request.value},
      {"week",
       request.week}}.dump();
  event.reason = request.reason;
  EventWriter(writer).write(std::move(event));
  const auto stored = writer.record(core_record::score_entry,
                                    score_entry_id(request.week, request.person, request.item));
  return entry_of(stored.value());
}

std::vector<ScoreEntryRecord> score_entries(Store& store, const std::string& week) {
  std::vector<ScoreEntryRecord> out;
  for (const auto& record : store.records(core_record::score_entry)) {
    ScoreEntryRecord entry = entry_of(record);
    if (week.empty() || entry.week == week) out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace duban
