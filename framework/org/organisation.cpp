#include "org/organisation.hpp"

#include <algorithm>
#include <set>

namespace duban {

namespace {
template <typename T>
std::map<std::string, std::size_t, std::less<>> index_by_id(const std::vector<T>& items) {
  std::map<std::string, std::size_t, std::less<>> index;
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);
  return index;
}

template <typename T>
const T* find_in(const std::vector<T>& items,
                 const std::map<std::string, std::size_t, std::less<>>& index,
                 std::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(item.id);
  return out;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}
}  // namespace

bool Person::has_role(std::string_view role) const {
  return contains(roles, role);
}
bool Person::has_tag(std::string_view tag) const {
  return contains(tags, tag);
}
bool Person::on_leave(Date date) const {
  return std::any_of(leave.begin(), leave.end(),
                     [&](const Leave& l) { return l.from <= date && date <= l.to; });
}

Organisation::Organisation(std::string name, std::vector<Role> roles, std::vector<Unit> units,
                           std::vector<Person> people, std::vector<Team> teams)
    : name_(std::move(name)),
      roles_(std::move(roles)),
      units_(std::move(units)),
      people_(std::move(people)),
      teams_(std::move(teams)),
      person_index_(index_by_id(people_)),
      unit_index_(index_by_id(units_)),
      team_index_(index_by_id(teams_)),
      role_index_(index_by_id(roles_)) {}

const Person* Organisation::person(std::string_view id) const {
  return find_in(people_, person_index_, id);
}
const Unit* Organisation::unit(std::string_view id) const {
  return find_in(units_, unit_index_, id);
}
const Team* Organisation::team(std::string_view id) const {
  return find_in(teams_, team_index_, id);
}
const Role* Organisation::role(std::string_view id) const {
  return find_in(roles_, role_index_, id);
}

std::vector<const Person*> Organisation::people_with_role(std::string_view role) const {
  std::vector<const Person*> out;
  for (const auto& p : people_) {
    if (p.has_role(role)) out.push_back(&p);
  }
  return out;
}

std::vector<const Person*> Organisation::people_with_tag(std::string_view tag) const {
  std::vector<const Person*> out;
  for (const auto& p : people_) {
    if (p.has_tag(tag)) out.push_back(&p);
  }
  return out;
}

std::vector<const Unit*> Organisation::units_of_kind(std::string_view kind) const {
  std::vector<const Unit*> out;
  for (const auto& u : units_) {
    if (kind.empty() || u.kind == kind) out.push_back(&u);
  }
  return out;
}

const Unit* Organisation::root_unit() const {
  for (const auto& u : units_) {
    if (u.parent.empty()) return &u;
  }
  return nullptr;
}

std::vector<std::string> Organisation::team_people(const Team& team) {
  std::vector<std::string> out;
  if (!team.leader.empty()) out.push_back(team.leader);
  for (const auto& m : team.members) {
    if (!contains(out, m)) out.push_back(m);
  }
  return out;
}

std::vector<std::string> Organisation::reporting_line(std::string_view person_id) const {
  std::vector<std::string> line;
  std::set<std::string, std::less<>> seen{std::string(person_id)};
  for (const Person* p = person(person_id); p && !p->reports_to.empty();
       p = person(p->reports_to)) {
    if (!seen.insert(p->reports_to).second) break;  // a cycle is reported by the loader
    line.push_back(p->reports_to);
  }
  return line;
}

std::vector<std::string> Organisation::person_ids() const {
  return ids_of(people_);
}
std::vector<std::string> Organisation::unit_ids() const {
  return ids_of(units_);
}
std::vector<std::string> Organisation::team_ids() const {
  return ids_of(teams_);
}
std::vector<std::string> Organisation::role_ids() const {
  return ids_of(roles_);
}

std::vector<std::string> Organisation::unit_kinds() const {
  std::set<std::string> kinds;
  for (const auto& u : units_) kinds.insert(u.kind);
  return {kinds.begin(), kinds.end()};
}

std::vector<std::string> Organisation::person_tags() const {
  std::set<std::string> tags;
  for (const auto& p : people_) tags.insert(p.tags.begin(), p.tags.end());
  return {tags.begin(), tags.end()};
}

}  // namespace duban
