#include "roster/roster_definition.hpp"

namespace duban {

namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace

std::string ShiftRequirement::text() const {
  return (tag.empty() ? "role " + role : "tag " + tag) + " ×" + std::to_string(count);
}

const RosterTeam* RosterDefinition::team(std::string_view key) const {
  return find_by_id(teams, key);
}
const RosterPost* RosterDefinition::post(std::string_view key) const {
  return find_by_id(posts, key);
}
const RosterShift* RosterDefinition::shift(std::string_view key) const {
  return find_by_id(shifts, key);
}
const RosterGuest* RosterDefinition::guest(std::string_view key) const {
  return find_by_id(guests, key);
}

std::string assignee_name(const RosterDefinition& roster, const Organisation& org,
                          const std::string& assignee) {
  if (assignee.starts_with(guest_prefix)) {
    const RosterGuest* g = roster.guest(std::string_view(assignee).substr(guest_prefix.size()));
    return g ? g->name : assignee;
  }
  const Person* p = org.person(assignee);
  return p ? p->name : assignee;
}

std::string assignee_owner(const RosterDefinition& roster, const std::string& assignee) {
  if (assignee.starts_with(guest_prefix)) {
    const RosterGuest* g = roster.guest(std::string_view(assignee).substr(guest_prefix.size()));
    return g ? g->host : "";
  }
  return assignee;
}

}  // namespace duban
