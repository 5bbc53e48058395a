#include "org/org_loader.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "diagnostics/suggest.hpp"
#include "toml/toml_reader.hpp"

namespace duban {

namespace {

// Reports a second definition of an id, pointing at the first.
template <typename T>
void check_unique(const std::vector<T>& items, std::string_view kind, Diagnostics& diagnostics) {
  std::map<std::string, SourcePosition> first;
  for (const auto& item : items) {
    auto [it, inserted] = first.emplace(item.id, item.where);
    if (!inserted) {
      diagnostics.error(item.where, "duplicate " + std::string(kind) + " id '" + item.id +
                                        "' (first defined at line " +
                                        std::to_string(it->second.line) + ")");
    }
  }
}

class OrgReader {
 public:
  OrgReader(const toml::table& root, std::string path, Diagnostics& diagnostics)
      : root_(root, path, diagnostics, "organisation file"),
        path_(std::move(path)),
        diagnostics_(diagnostics) {}

  Organisation read() {
    std::string name;
    if (const toml::table* header = root_.subtable("organisation")) {
      TableReader r(*header, path_, diagnostics_, "[organisation]");
      name = r.string("name").value_or("");
      r.finish();
    }
    for (const toml::table* t : root_.tables("role")) roles_.push_back(read_role(*t));
    for (const toml::table* t : root_.tables("unit")) units_.push_back(read_unit(*t));
    for (const toml::table* t : root_.tables("person")) people_.push_back(read_person(*t));
    for (const toml::table* t : root_.tables("team")) teams_.push_back(read_team(*t));
    root_.finish();
    check_unique(roles_, "role", diagnostics_);
    check_unique(units_, "unit", diagnostics_);
    check_unique(people_, "person", diagnostics_);
    check_unique(teams_, "team", diagnostics_);
    Organisation org(name, roles_, units_, people_, teams_);
    check_references(org);
    return org;
  }

 private:
  static std::string id_of(TableReader& r) {
    auto id = r.string("id", Need::required).value_or("");
    if (r.has("id") && id.empty()) r.error("id", r.what() + " has an empty id");
    return id;
  }

  Role read_role(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "role");
    Role role{.id = id_of(r), .name = {}, .where = r.position()};
    role.name = r.string("name").value_or(role.id);
    r.finish();
    return role;
  }

  Unit read_unit(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "unit");
    Unit unit;
    unit.where = r.position();
    unit.id = id_of(r);
    unit.name = r.string("name", Need::required).value_or(unit.id);
    unit.kind = r.string("kind").value_or("unit");
    unit.parent = r.string("parent").value_or("");
    unit.chief = r.string("chief").value_or("");
    unit.leader = r.string("leader").value_or("");
    unit.tags = r.strings("tags");
    positions_["unit:" + unit.id] = {{"parent", r.position("parent")},
                                     {"chief", r.position("chief")},
                                     {"leader", r.position("leader")}};
    r.finish();
    return unit;
  }

  std::vector<Leave> read_leave(TableReader& r) {
    std::vector<Leave> out;
    for (const toml::table* t : r.tables("leave")) {
      TableReader l(*t, path_, diagnostics_, "leave of '" + r.what() + "'");
      auto from = l.date("from", Need::required);
      auto to = l.date("to");
      std::string reason = l.string("reason").value_or("");
      l.finish();
      if (!from) continue;
      Leave leave{*from, to.value_or(*from), reason};
      if (leave.to < leave.from) {
        l.error("to", "leave ends (" + format_date(leave.to) + ") before it starts (" +
                          format_date(leave.from) + ")");
        continue;
      }
      out.push_back(leave);
    }
    return out;
  }

  Person read_person(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "person");
    Person p;
    p.where = r.position();
    p.id = id_of(r);
    p.name = r.string("name", Need::required).value_or(p.id);
    p.unit = r.string("unit", Need::required).value_or("");
    p.title = r.string("title").value_or("");
    p.roles = r.strings("roles");
    p.tags = r.strings("tags");
    p.reports_to = r.string("reports_to").value_or("");
    p.leave = read_leave(r);
    positions_["person:" + p.id] = {{"unit", r.position("unit")},
                                    {"roles", r.position("roles")},
                                    {"reports_to", r.position("reports_to")}};
    r.finish();
    return p;
  }

  Team read_team(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "team");
    Team team;
    team.where = r.position();
    team.id = id_of(r);
    team.name = r.string("name", Need::required).value_or(team.id);
    team.leader = r.string("leader", Need::required).value_or("");
    team.members = r.strings("members");
    team.unit = r.string("unit").value_or("");
    team.tags = r.strings("tags");
    positions_["team:" + team.id] = {{"leader", r.position("leader")},
                                     {"members", r.position("members")},
                                     {"unit", r.position("unit")}};
    r.finish();
    return team;
  }

  SourcePosition where(const std::string& owner, const std::string& key) {
    return positions_[owner][key];
  }

  void need_person(const Organisation& org, const std::string& id, const std::string& owner,
                   const std::string& key, const std::string& what) {
    if (id.empty() || org.person(id)) return;
    diagnostics_.error(where(owner, key),
                       what + ": unknown person '" + id + "'" + did_you_mean(id, org.person_ids()));
  }

  void need_unit(const Organisation& org, const std::string& id, const std::string& owner,
                 const std::string& key, const std::string& what) {
    if (id.empty() || org.unit(id)) return;
    diagnostics_.error(where(owner, key),
                       what + ": unknown unit '" + id + "'" + did_you_mean(id, org.unit_ids()));
  }

  void check_references(const Organisation& org) {
    for (const auto& u : org.units()) {
      const std::string owner = "unit:" + u.id;
      need_unit(org, u.parent, owner, "parent", "parent of unit '" + u.id + "'");
      need_person(org, u.chief, owner, "chief", "chief of unit '" + u.id + "'");
      need_person(org, u.leader, owner, "leader", "leader in charge of unit '" + u.id + "'");
    }
    for (const auto& p : org.people()) {
      const std::string owner = "person:" + p.id;
      need_unit(org, p.unit, owner, "unit", "unit of '" + p.id + "'");
      need_person(org, p.reports_to, owner, "reports_to", "'" + p.id + "' reports_to");
      for (const auto& role : p.roles) {
        if (!org.role(role)) {
          diagnostics_.error(where(owner, "roles"), "role of '" + p.id + "': unknown role '" +
                                                        role + "'" +
                                                        did_you_mean(role, org.role_ids()));
        }
      }
    }
    for (const auto& t : org.teams()) {
      const std::string owner = "team:" + t.id;
      need_person(org, t.leader, owner, "leader", "leader of team '" + t.id + "'");
      need_unit(org, t.unit, owner, "unit", "unit of team '" + t.id + "'");
      for (const auto& m : t.members) {
        need_person(org, m, owner, "members", "member of team '" + t.id + "'");
      }
    }
    check_reporting_cycles(org);
    check_roots(org);
  }

  void check_reporting_cycles(const Organisation& org) {
    std::set<std::string> reported;
    for (const auto& p : org.people()) {
      std::vector<std::string> chain{p.id};
      for (const Person* q = &p; q && !q->reports_to.empty(); q = org.person(q->reports_to)) {
        auto again = std::find(chain.begin(), chain.end(), q->reports_to);
        if (again == chain.end()) {
          chain.push_back(q->reports_to);
          continue;
        }
        if (reported.insert(*std::min_element(again, chain.end())).second) {
          std::string text;
          for (auto it = again; it != chain.end(); ++it) text += *it + " → ";
          diagnostics_.error(where("person:" + *again, "reports_to"),
                             "reporting line loops: " + text + *again);
        }
        break;
      }
    }
  }

  void check_roots(const Organisation& org) {
    int roots = 0;
    for (const auto& u : org.units()) roots += u.parent.empty() ? 1 : 0;
    if (!org.units().empty() && roots == 0) {
      diagnostics_.error(root_.position(), "no top unit: every unit has a parent");
    }
  }

  TableReader root_;
  std::string path_;
  Diagnostics& diagnostics_;
  std::vector<Role> roles_;
  std::vector<Unit> units_;
  std::vector<Person> people_;
  std::vector<Team> teams_;
  std::map<std::string, std::map<std::string, SourcePosition>> positions_;
};

}  // namespace

Organisation load_organisation_text(std::string_view text, const std::string& path,
                                    Diagnostics& diagnostics) {
  auto table = parse_toml_text(text, path, diagnostics);
  if (!table) return {};
  return OrgReader(*table, path, diagnostics).read();
}

Organisation load_organisation(const std::string& path, Diagnostics& diagnostics) {
  auto table = parse_toml_file(path, diagnostics);
  if (!table) return {};
  return OrgReader(*table, path, diagnostics).read();
}

}  // namespace duban
