#pragma once
/// @file
/// The people, teams and units a test gives its FakeContext. The core reads
/// them from the workspace's org.toml; a test adds exactly those its plugin
/// code needs.

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "duban/tasks.hpp"

namespace duban::testing {

namespace detail {

/// The item of `list` whose id is `id`, or list.end().
template <typename List>
auto find_id(List& list, const std::string& id) -> decltype(list.begin()) {
  return std::find_if(list.begin(), list.end(), [&](const auto& item) { return item.id == id; });
}

}  // namespace detail

/// An organisation built by a test: people in the order added, teams, and
/// units. A unit exists once add_unit names it or a person belongs to it.
/// Nothing is cross-checked (a team may name a person added later): the
/// core's loader checks org.toml, the double trusts the test.
class FakeOrganisation {
 public:
  /// Adds `person`, or replaces the person with the same id (keeping the order).
  void add_person(sdk::PersonView person) {
    auto it = detail::find_id(people_, person.id);
    if (it == people_.end()) {
      people_.push_back(std::move(person));
    } else {
      *it = std::move(person);
    }
  }
  /// Adds a person with only an id, a name and a unit (the fields most tests need).
  void add_person(std::string id, std::string name, std::string unit = "") {
    sdk::PersonView person;
    person.id = std::move(id);
    person.name = std::move(name);
    person.unit = std::move(unit);
    add_person(std::move(person));
  }
  /// Adds `team`, or replaces the team with the same id.
  void add_team(sdk::TeamView team) {
    auto it = detail::find_id(teams_, team.id);
    if (it == teams_.end()) {
      teams_.push_back(std::move(team));
    } else {
      *it = std::move(team);
    }
  }
  /// Adds a unit no person belongs to yet.
  void add_unit(std::string id) {
    if (std::find(units_.begin(), units_.end(), id) == units_.end())
      units_.push_back(std::move(id));
  }

  /// The person with this id, if added.
  [[nodiscard]] std::optional<sdk::PersonView> person(const std::string& id) const {
    auto it = detail::find_id(people_, id);
    if (it == people_.end()) return std::nullopt;
    return *it;
  }
  /// Every person, in the order added.
  [[nodiscard]] const std::vector<sdk::PersonView>& people() const { return people_; }
  /// The ids of every person, in the order added.
  [[nodiscard]] std::vector<std::string> person_ids() const {
    std::vector<std::string> ids;
    for (const auto& p : people_) ids.push_back(p.id);
    return ids;
  }
  /// The team with this id, if added.
  [[nodiscard]] std::optional<sdk::TeamView> team(const std::string& id) const {
    auto it = detail::find_id(teams_, id);
    if (it == teams_.end()) return std::nullopt;
    return *it;
  }
  /// Every team, in the order added.
  [[nodiscard]] const std::vector<sdk::TeamView>& teams() const { return teams_; }
  /// Whether the unit exists: added, or the unit of some person.
  [[nodiscard]] bool has_unit(const std::string& id) const {
    if (std::find(units_.begin(), units_.end(), id) != units_.end()) return true;
    return std::any_of(people_.begin(), people_.end(),
                       [&](const sdk::PersonView& p) { return !id.empty() && p.unit == id; });
  }
  /// The unit of a person ("" for an unknown person), as the core derives a task's unit.
  [[nodiscard]] std::string unit_of(const std::string& person_id) const {
    auto it = detail::find_id(people_, person_id);
    return it == people_.end() ? "" : it->unit;
  }

 private:
  std::vector<sdk::PersonView> people_;
  std::vector<sdk::TeamView> teams_;
  std::vector<std::string> units_;
};

}  // namespace duban::testing
