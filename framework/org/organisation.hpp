#pragma once
// The organisation: units, people, roles, teams and the reporting line.
// Loaded once and immutable; everything refers to people by id.

#include <duban/diagnostic.hpp>
#include <map>
#include <string>
#include <vector>

#include "dates/date.hpp"

namespace duban {

struct Role {
  std::string id;
  std::string name;
  SourcePosition where;
};

struct Unit {
  std::string id;
  std::string name;
  std::string kind;    ///< free word such as "office" or "section"; selects units in for_each
  std::string parent;  ///< "" for the root unit
  std::string chief;   ///< person id of the unit's head ("" if none)
  std::string leader;  ///< person id of the leader in charge (分管领导), "" if none
  std::vector<std::string> tags;
  SourcePosition where;
};

/// A stretch of leave: the person cannot be reached from `from` to `to` inclusive.
struct Leave {
  Date from{};
  Date to{};
  std::string reason;
};

struct Person {
  std::string id;
  std::string name;
  std::string unit;
  std::string title;
  std::vector<std::string> roles;
  std::vector<std::string> tags;
  std::string reports_to;  ///< person id one step up the reporting line, "" at the top
  std::vector<Leave> leave;
  SourcePosition where;

  [[nodiscard]] bool has_role(std::string_view role) const;
  [[nodiscard]] bool has_tag(std::string_view tag) const;
  [[nodiscard]] bool on_leave(Date date) const;
};

struct Team {
  std::string id;
  std::string name;
  std::string leader;                ///< person id
  std::vector<std::string> members;  ///< person ids, the leader not repeated
  std::string unit;                  ///< optional unit the team belongs to
  std::vector<std::string> tags;
  SourcePosition where;
};

class Organisation {
 public:
  Organisation() = default;
  Organisation(std::string name, std::vector<Role> roles, std::vector<Unit> units,
               std::vector<Person> people, std::vector<Team> teams);

  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] const std::vector<Role>& roles() const { return roles_; }
  [[nodiscard]] const std::vector<Unit>& units() const { return units_; }
  [[nodiscard]] const std::vector<Person>& people() const { return people_; }
  [[nodiscard]] const std::vector<Team>& teams() const { return teams_; }

  [[nodiscard]] const Person* person(std::string_view id) const;
  [[nodiscard]] const Unit* unit(std::string_view id) const;
  [[nodiscard]] const Team* team(std::string_view id) const;
  [[nodiscard]] const Role* role(std::string_view id) const;

  [[nodiscard]] std::vector<const Person*> people_with_role(std::string_view role) const;
  [[nodiscard]] std::vector<const Person*> people_with_tag(std::string_view tag) const;
  [[nodiscard]] std::vector<const Unit*> units_of_kind(std::string_view kind) const;
  /// The unit at the top (no parent), or nullptr.
  [[nodiscard]] const Unit* root_unit() const;
  /// Members of a team with the leader first.
  [[nodiscard]] static std::vector<std::string> team_people(const Team& team);
  /// The reporting line above a person, nearest first (stops at a repeat).
  [[nodiscard]] std::vector<std::string> reporting_line(std::string_view person) const;

  /// Every known id of each kind, for "did you mean".
  [[nodiscard]] std::vector<std::string> person_ids() const;
  [[nodiscard]] std::vector<std::string> unit_ids() const;
  [[nodiscard]] std::vector<std::string> team_ids() const;
  [[nodiscard]] std::vector<std::string> role_ids() const;
  [[nodiscard]] std::vector<std::string> unit_kinds() const;
  [[nodiscard]] std::vector<std::string> person_tags() const;

 private:
  std::string name_;
  std::vector<Role> roles_;
  std::vector<Unit> units_;
  std::vector<Person> people_;
  std::vector<Team> teams_;
  std::map<std::string, std::size_t, std::less<>> person_index_, unit_index_, team_index_,
      role_index_;
};

}  // namespace duban
