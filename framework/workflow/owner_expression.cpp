#include "workflow/owner_expression.hpp"

#include "diagnostics/suggest.hpp"

namespace duban {

std::optional<OwnerRef> parse_owner(std::string_view text, std::string& error) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos) {
    if (text.empty()) {
      error = "empty owner";
      return std::nullopt;
    }
    return OwnerRef{OwnerRef::Kind::person, std::string(text)};
  }
  const std::string_view head = text.substr(0, colon);
  const std::string id{text.substr(colon + 1)};
  if (id.empty()) {
    error = "owner '" + std::string(text) + "' names nothing after ':'";
    return std::nullopt;
  }
  if (head == "person") return OwnerRef{OwnerRef::Kind::person, id};
  if (head == "role") return OwnerRef{OwnerRef::Kind::role, id};
  if (head == "team") return OwnerRef{OwnerRef::Kind::team, id};
  if (head == "chief") return OwnerRef{OwnerRef::Kind::chief, id};
  if (head == "leader") return OwnerRef{OwnerRef::Kind::leader, id};
  error = "owner '" + std::string(text) +
          "' must be a person id, person:ID, role:ID, team:ID, chief:UNIT or leader:UNIT" +
          did_you_mean(head, {"person", "role", "team", "chief", "leader"});
  return std::nullopt;
}

namespace {
std::vector<std::string> unit_person(const Organisation& org, const std::string& unit_id,
                                     bool chief, std::string& error) {
  const Unit* unit = org.unit(unit_id);
  if (!unit) {
    error = "unknown unit '" + unit_id + "'" + did_you_mean(unit_id, org.unit_ids());
    return {};
  }
  const std::string& person = chief ? unit->chief : unit->leader;
  if (person.empty()) return {};
  return {person};
}
}  // namespace

std::vector<std::string> resolve_owner(const OwnerRef& owner, const Organisation& org,
                                       std::string& error) {
  switch (owner.kind) {
    case OwnerRef::Kind::person:
      if (org.person(owner.id)) return {owner.id};
      error = "unknown person '" + owner.id + "'" + did_you_mean(owner.id, org.person_ids());
      return {};
    case OwnerRef::Kind::role: {
      if (!org.role(owner.id)) {
        error = "unknown role '" + owner.id + "'" + did_you_mean(owner.id, org.role_ids());
        return {};
      }
      std::vector<std::string> ids;
      for (const Person* p : org.people_with_role(owner.id)) ids.push_back(p->id);
      return ids;
    }
    case OwnerRef::Kind::team: {
      const Team* team = org.team(owner.id);
      if (team) return org.team_people(*team);
      error = "unknown team '" + owner.id + "'" + did_you_mean(owner.id, org.team_ids());
      return {};
    }
    case OwnerRef::Kind::chief: return unit_person(org, owner.id, true, error);
    case OwnerRef::Kind::leader: return unit_person(org, owner.id, false, error);
  }
  return {};
}

}  // namespace duban
