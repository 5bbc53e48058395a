#include "roster/roster_book.hpp"

#include <algorithm>

namespace duban {

namespace {

std::int64_t day_number(Date date) {
  return date.time_since_epoch().count();
}

std::int64_t week_of(Date date) {
  return (day_number(date) - (iso_weekday(date) - 1)) / 7;
}

std::string leave_text(Date from, Date to, const std::string& reason) {
  std::string text = "on leave " + format_date(from);
  if (to != from) text += ".." + format_date(to);
  if (!reason.empty()) text += " (" + reason + ")";
  return text;
}

}  // namespace

bool ShiftRefusal::movable() const {
  return rule == "overlap" || rule == "min_rest_hours" || rule == "max_per_week";
}

RosterBook::RosterBook(const RosterDefinition& roster, const Organisation& org)
    : roster_(roster), org_(org), leave_(roster.leave) {}

void RosterBook::add_leave(const RosterLeave& leave) {
  leave_.push_back(leave);
}

std::size_t RosterBook::place(Placement placement) {
  const std::size_t index = placements_.size();
  by_key_[placement.key] = index;
  for (const auto& p : placement.assignees) by_person_[p].push_back(index);
  placements_.push_back(std::move(placement));
  return index;
}

void RosterBook::assign(std::size_t index, const std::string& person) {
  placements_[index].assignees.push_back(person);
  by_person_[person].push_back(index);
}

void RosterBook::unassign(std::size_t index, const std::string& person) {
  std::erase(placements_[index].assignees, person);
  std::erase(by_person_[person], index);
}

std::optional<std::size_t> RosterBook::find(const std::string& key) const {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<ShiftRefusal> RosterBook::leave_on(const std::string& person, Date date) const {
  for (const auto& l : leave_) {
    if (l.person == person && l.from <= date && date <= l.to)
      return ShiftRefusal{"leave", leave_text(l.from, l.to, l.reason)};
  }
  if (const Person* p = org_.person(person)) {
    for (const auto& l : p->leave) {
      if (l.from <= date && date <= l.to)
        return ShiftRefusal{"leave", leave_text(l.from, l.to, l.reason)};
    }
  }
  return std::nullopt;
}

std::optional<ShiftRefusal> RosterBook::refusal(const std::string& person, Date date,
                                                std::int64_t start, std::int64_t end,
                                                std::optional<std::size_t> ignore) const {
  if (auto leave = leave_on(person, date)) return leave;
  for (const auto& a : roster_.availability) {
    if (a.person == person &&
        std::find(a.weekdays.begin(), a.weekdays.end(), iso_weekday(date)) == a.weekdays.end())
      return ShiftRefusal{"availability",
                          "not available on " + std::string(weekday_name(iso_weekday(date)))};
  }
  auto it = by_person_.find(person);
  if (it == by_person_.end()) return std::nullopt;
  const std::int64_t rest = std::int64_t{roster_.rules.min_rest_hours} * 60;
  const std::int64_t week = week_of(date);
  int in_week = 0;
  std::optional<ShiftRefusal> later;
  for (std::size_t index : it->second) {
    if (ignore && index == *ignore) continue;
    const Placement& p = placements_[index];
    if (p.start < end && start < p.end) return ShiftRefusal{"overlap", "already on " + p.key};
    if (rest > 0 && !later) {
      const std::int64_t gap = p.end <= start ? start - p.end : p.start - end;
      if (gap < rest) {
        later = ShiftRefusal{
            "min_rest_hours",
            "only " + std::to_string(gap / 60) + "h from " + p.key +
                " (min_rest_hours = " + std::to_string(roster_.rules.min_rest_hours) + ")"};
      }
    }
    if (week_of(p.date) == week) ++in_week;
  }
  if (later) return later;
  if (roster_.rules.max_per_week > 0 && in_week >= roster_.rules.max_per_week) {
    return ShiftRefusal{"max_per_week",
                        "already " + std::to_string(in_week) + " shifts in the week of " +
                            format_date(date - std::chrono::days(iso_weekday(date) - 1)) +
                            " (max_per_week = " + std::to_string(roster_.rules.max_per_week) + ")"};
  }
  return std::nullopt;
}

bool RosterBook::works_next_to(const std::string& person, Date date,
                               std::optional<std::size_t> ignore) const {
  auto it = by_person_.find(person);
  if (it == by_person_.end()) return false;
  const std::int64_t day = day_number(date);
  return std::any_of(it->second.begin(), it->second.end(), [&](std::size_t index) {
    if (ignore && index == *ignore) return false;
    const std::int64_t d = day_number(placements_[index].date);
    return d == day - 1 || d == day + 1;
  });
}

int RosterBook::count(const std::string& person, const std::string& shift) const {
  auto it = by_person_.find(person);
  if (it == by_person_.end()) return 0;
  return static_cast<int>(std::count_if(it->second.begin(), it->second.end(), [&](std::size_t i) {
    return placements_[i].shift == shift;
  }));
}

int RosterBook::total(const std::string& person) const {
  auto it = by_person_.find(person);
  return it == by_person_.end() ? 0 : static_cast<int>(it->second.size());
}

std::int64_t RosterBook::last_day(const std::string& person) const {
  std::int64_t last = -1000000;
  auto it = by_person_.find(person);
  if (it == by_person_.end()) return last;
  for (std::size_t i : it->second) last = std::max(last, day_number(placements_[i].date));
  return last;
}

bool RosterBook::meets(const std::string& person, const ShiftRequirement& need) const {
  const Person* p = org_.person(person);
  if (!p) return false;
  return need.tag.empty() ? p->has_role(need.role) : p->has_tag(need.tag);
}

}  // namespace duban
