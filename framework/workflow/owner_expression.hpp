#pragma once
// Owner expressions: who a task belongs to.
//   "ID" or "person:ID"  a person
//   "role:ID"            everyone holding the role
//   "team:ID"            the team, leader first
//   "chief:UNIT"         the unit's chief
//   "leader:UNIT"        the unit's leader in charge

#include <optional>
#include <string>
#include <vector>

#include "org/organisation.hpp"

namespace duban {

struct OwnerRef {
  enum class Kind { person, role, team, chief, leader };
  Kind kind = Kind::person;
  std::string id;
};

/// Parses an owner expression (without placeholders); sets `error` if malformed.
std::optional<OwnerRef> parse_owner(std::string_view text, std::string& error);

/// The person ids an owner stands for. Sets `error` when the reference does
/// not resolve (with "did you mean"); an empty result without error means
/// nobody currently fills it (a role no one holds, a unit without a chief).
std::vector<std::string> resolve_owner(const OwnerRef& owner, const Organisation& org,
                                       std::string& error);

}  // namespace duban
