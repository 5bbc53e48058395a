#include "score/score_sheet.hpp"

#include <algorithm>

namespace duban {

namespace {

using Entries = std::map<std::string, const ScoreEntryRecord*>;  // item id → entry

ScoreInput input_for(const std::string& name, const ScoringRules& rules,
                     const MetricValues& metrics, const Entries& entries) {
  ScoreInput in;
  in.name = name;
  if (const ManualInput* manual = rules.manual_input(name)) {
    in.manual = true;
    if (auto it = entries.find(name); it != entries.end()) {
      in.value = it->second->value;
      in.entered_by = it->second->entered_by;
      in.entered_at = it->second->entered_at;
    } else if (manual->optional) {
      in.value = 0;
      in.defaulted = true;
    }
    return in;
  }
  auto it = metrics.find(name);
  in.value = it == metrics.end() ? 0.0 : it->second;
  return in;
}

ScorePart score_part(const ScoreItem& item, const ScoringRules& rules, const MetricValues& metrics,
                     const Entries& entries) {
  ScorePart part;
  part.item = &item;
  for (const auto& n : item.formula.names()) {
    part.inputs.push_back(input_for(n.name, rules, metrics, entries));
    if (!part.inputs.back().value) part.missing.push_back(n.name);
  }
  if (!part.missing.empty() || !item.formula.root) return part;
  part.raw = evaluate(*item.formula.root, [&](const std::string& name) {
    for (const auto& in : part.inputs) {
      if (in.name == name) return *in.value;
    }
    return 0.0;
  });
  double points = *part.raw;
  if (item.cap && points > *item.cap) {
    points = *item.cap;
    part.cap = CapApplied::at_most;
  } else if (points < 0) {
    points = 0;
    part.cap = CapApplied::at_least_zero;
  }
  part.points = points;
  return part;
}

GroupScore group_score(const ScoreGroup& group, const std::vector<ScorePart>& parts,
                       PartKind kind) {
  GroupScore g;
  g.group = &group;
  for (const auto& p : parts) {
    if (p.item->kind == kind && p.points) g.sum += *p.points;
  }
  g.points = g.sum;
  if (group.cap && g.sum > *group.cap) {
    g.points = *group.cap;
    g.capped = true;
  }
  return g;
}

PersonScore score_person(const ScoringRules& rules, const Person& person,
                         const MetricValues& metrics, const Entries& entries) {
  PersonScore s;
  s.person = &person;
  s.metrics = metrics;
  for (const ScoreItem* item : rules.all_items()) {
    s.parts.push_back(score_part(*item, rules, metrics, entries));
    for (const auto& m : s.parts.back().missing) {
      if (std::find(s.missing.begin(), s.missing.end(), m) == s.missing.end())
        s.missing.push_back(m);
    }
  }
  s.bonus = group_score(rules.bonus, s.parts, PartKind::bonus);
  s.deduction = group_score(rules.deduction, s.parts, PartKind::deduction);
  for (const auto& p : s.parts) {
    if (p.item->kind == PartKind::item && p.points) s.total += *p.points;
  }
  s.total += s.bonus.points - s.deduction.points;
  return s;
}

std::vector<UnitScoreLine> unit_lines(const ScoringRules& rules, const Organisation& org,
                                      const std::vector<PersonScore>& people) {
  std::vector<UnitScoreLine> lines;
  for (const auto& unit : org.units()) {
    UnitScoreLine line;
    line.unit = &unit;
    double sum = 0;
    for (const auto& p : people) {
      if (p.person->unit != unit.id) continue;
      ++line.people;
      if (!p.complete()) continue;
      ++line.complete;
      sum += p.total;
    }
    if (line.people == 0) continue;
    if (line.complete > 0)
      line.score = rules.unit_score == UnitScore::sum ? sum : sum / line.complete;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

ScoreSheet score_week(const ScoringRules& rules, const Organisation& org, const Period& week,
                      const std::string& now, const std::vector<std::string>& people,
                      const std::map<std::string, MetricValues>& metrics,
                      const std::vector<ScoreEntryRecord>& entries) {
  std::map<std::string, Entries> by_person;
  for (const auto& e : entries) by_person[e.person][e.item] = &e;
  ScoreSheet sheet;
  sheet.week = week;
  sheet.now = now;
  static const MetricValues kNone;
  static const Entries kNoEntries;
  for (const auto& id : people) {
    const Person* person = org.person(id);
    if (!person) continue;
    auto m = metrics.find(id);
    auto e = by_person.find(id);
    sheet.people.push_back(score_person(rules, *person, m == metrics.end() ? kNone : m->second,
                                        e == by_person.end() ? kNoEntries : e->second));
  }
  sheet.units = unit_lines(rules, org, sheet.people);
  return sheet;
}

}  // namespace duban
