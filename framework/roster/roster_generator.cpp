#include "roster/roster_generator.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace duban {

namespace {

using Score = std::tuple<int, int, int, std::int64_t, std::size_t>;

// Lower is better: fewest of this shift, fewest in all, not back-to-back,
// then longest rested (balanced) or earliest in the team's order (rotation).
Score score(const RosterDefinition& roster, const RosterBook& book, const Placement& p,
            const std::string& person, std::size_t order, std::size_t index) {
  const bool next_to =
      roster.rules.avoid_consecutive_days && book.works_next_to(person, p.date, index);
  const std::int64_t rested = roster.mode == RosterMode::rotation ? 0 : book.last_day(person);
  return {book.count(person, p.shift), book.total(person), next_to ? 1 : 0, rested, order};
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

Infeasibility explain(const RosterDefinition& roster, const RosterBook& book, std::size_t index,
                      const std::string& rule, const ShiftRequirement* need,
                      const std::vector<std::string>& excluded, int eligible) {
  const Placement& p = book.at(index);
  Infeasibility why;
  why.key = p.key;
  why.date = p.date;
  why.shift = p.shift;
  why.post = p.post;
  why.rule = rule;
  why.eligible = eligible;
  const RosterTeam* team = roster.team(roster.post(p.post)->team);
  for (const auto& person : team->members) {
    if (contains(p.assignees, person)) continue;
    if (need && !book.meets(person, *need)) continue;
    if (contains(excluded, person)) {
      why.unavailable.emplace_back(person, ShiftRefusal{"leave", "the person being replaced"});
      continue;
    }
    auto refusal = book.refusal(person, p.date, p.start, p.end, index);
    if (!refusal) continue;
    (refusal->movable() ? why.could_fill : why.unavailable).emplace_back(person, *refusal);
  }
  return why;
}

std::string people_text(const RosterDefinition& roster, const Organisation& org,
                        const std::vector<std::pair<std::string, ShiftRefusal>>& people) {
  std::string out;
  for (const auto& [person, refusal] : people) {
    out += "\n    " + assignee_name(roster, org, person) + " (" + person + "): " + refusal.detail;
  }
  return out;
}

// Moves one shift of `shift` from a person with two or more above another
// member of the team; returns false when no such move keeps every rule.
bool repair_once(const RosterDefinition& roster, RosterBook& book, const RosterTeam& team,
                 const RosterShift& shift) {
  std::vector<std::pair<int, std::string>> load;
  for (const auto& m : team.members) load.emplace_back(book.count(m, shift.id), m);
  std::stable_sort(load.begin(), load.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto hi = load.rbegin(); hi != load.rend(); ++hi) {
    for (auto lo = load.begin(); lo != load.end() && hi->first - lo->first >= 2; ++lo) {
      for (std::size_t i = book.placements().size(); i-- > 0;) {
        const Placement& p = book.at(i);
        if (p.fixed || p.shift != shift.id || roster.post(p.post)->team != team.id) continue;
        if (!contains(p.assignees, hi->second) || contains(p.assignees, lo->second)) continue;
        if (book.refusal(lo->second, p.date, p.start, p.end, i)) continue;
        const bool keeps_requirements =
            std::all_of(shift.requirements.begin(), shift.requirements.end(), [&](const auto& n) {
              if (!book.meets(hi->second, n) || book.meets(lo->second, n)) return true;
              const auto have = std::count_if(p.assignees.begin(), p.assignees.end(),
                                              [&](const auto& a) { return book.meets(a, n); });
              return have - 1 >= n.count;
            });
        if (!keeps_requirements) continue;
        book.unassign(i, hi->second);
        book.assign(i, lo->second);
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::string Infeasibility::message(const RosterDefinition& roster, const Organisation& org) const {
  const RosterShift* s = roster.shift(shift);
  const RosterPost* p = roster.post(post);
  std::string out = "cannot fill " + format_date(date) + " " + (s ? s->name : shift) + " · " +
                    (p ? p->name : post) + " (" + key + "): rule " + rule + " — " +
                    std::to_string(eligible) + " eligible";
  out += "\n  could have filled it (if their other shifts moved):";
  out += could_fill.empty() ? std::string(" nobody") : people_text(roster, org, could_fill);
  if (!unavailable.empty()) out += "\n  not available:" + people_text(roster, org, unavailable);
  return out;
}

std::vector<ShiftRequirement> unmet_requirements(const RosterDefinition& roster,
                                                 const RosterBook& book, std::size_t index) {
  const Placement& p = book.at(index);
  std::vector<ShiftRequirement> unmet;
  for (auto need : roster.shift(p.shift)->requirements) {
    const auto have = std::count_if(p.assignees.begin(), p.assignees.end(),
                                    [&](const auto& a) { return book.meets(a, need); });
    if (have < need.count) {
      need.count -= static_cast<int>(have);
      unmet.push_back(need);
    }
  }
  return unmet;
}

std::optional<Infeasibility> fill_placement(const RosterDefinition& roster, RosterBook& book,
                                            std::size_t index,
                                            const std::vector<std::string>& excluded) {
  const Placement& p = book.at(index);
  const RosterShift& shift = *roster.shift(p.shift);
  const RosterTeam& team = *roster.team(roster.post(p.post)->team);
  std::vector<std::pair<Score, std::string>> ranked;
  for (std::size_t order = 0; order < team.members.size(); ++order) {
    const std::string& person = team.members[order];
    if (contains(p.assignees, person) || contains(excluded, person)) continue;
    if (book.refusal(person, p.date, p.start, p.end, index)) continue;
    ranked.emplace_back(score(roster, book, p, person, order, index), person);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<bool> taken(ranked.size(), false);
  const int eligible = static_cast<int>(ranked.size());
  for (const auto& need : unmet_requirements(roster, book, index)) {
    for (int got = 0; got < need.count; ++got) {
      std::size_t k = 0;
      while (k < ranked.size() && (taken[k] || !book.meets(ranked[k].second, need))) ++k;
      if (k == ranked.size()) {
        return explain(roster, book, index, "require " + need.text(), &need, excluded, eligible);
      }
      taken[k] = true;
      book.assign(index, ranked[k].second);
    }
  }
  std::size_t k = 0;
  while (static_cast<int>(book.at(index).assignees.size()) < shift.headcount) {
    while (k < ranked.size() && taken[k]) ++k;
    if (k == ranked.size()) {
      return explain(roster, book, index, "headcount = " + std::to_string(shift.headcount), nullptr,
                     excluded, eligible);
    }
    taken[k] = true;
    book.assign(index, ranked[k].second);
  }
  return std::nullopt;
}

GenerateResult generate_roster(const RosterDefinition& roster, const Organisation& /*org*/,
                               const WorkingCalendar& calendar, Date from, Date to,
                               RosterBook& book) {
  GenerateResult result;
  const auto slots = expand_slots(roster, calendar, from, to);
  std::vector<std::size_t> indices;
  indices.reserve(slots.size());
  for (const auto& slot : slots) {
    Placement p;
    p.key = slot.key();
    p.date = slot.date;
    p.shift = slot.shift->id;
    p.post = slot.post->id;
    p.start = slot.start;
    p.end = slot.end;
    const std::size_t index = book.place(std::move(p));
    indices.push_back(index);
    if (auto failure = fill_placement(roster, book, index)) {
      result.failure = std::move(failure);
      return result;
    }
  }
  // Repair: bounded, since every move lowers the spread of one group.
  const int limit = static_cast<int>(slots.size()) * 4 + 16;
  for (const auto& team : roster.teams) {
    for (const auto& shift : roster.shifts) {
      const bool serves = std::any_of(shift.posts.begin(), shift.posts.end(), [&](const auto& p) {
        return roster.post(p)->team == team.id;
      });
      while (serves && result.repairs < limit && repair_once(roster, book, team, shift))
        ++result.repairs;
    }
  }
  for (std::size_t i = 0; i < slots.size(); ++i) {
    result.assignments.push_back({slots[i], book.at(indices[i]).assignees});
  }
  return result;
}

}  // namespace duban
