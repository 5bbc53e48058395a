#include "roster/roster_loader.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "diagnostics/suggest.hpp"
#include "toml/toml_reader.hpp"

namespace duban {

namespace {

// Ids become parts of task keys ("2026-03-09.daily.gate"): no dots or spaces.
bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

template <typename T>
void check_unique(const std::vector<T>& items, std::string_view kind, Diagnostics& diagnostics) {
  std::map<std::string, int> first;
  for (const auto& item : items) {
    auto [it, inserted] = first.emplace(item.id, item.where.line);
    if (!inserted) {
      diagnostics.error(item.where, "duplicate " + std::string(kind) + " id '" + item.id +
                                        "' (first defined at line " + std::to_string(it->second) +
                                        ")");
    }
  }
}

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.id);
  return ids;
}

class RosterReader {
 public:
  RosterReader(const toml::table& root, std::string path, const Organisation& org,
               Diagnostics& diagnostics)
      : root_(root, path, diagnostics, "roster file"),
        path_(std::move(path)),
        org_(org),
        diagnostics_(diagnostics) {}

  RosterDefinition read() {
    roster_.path = path_;
    roster_.where = root_.position();
    read_header();
    read_rules();
    for (const toml::table* t : root_.tables("guest")) read_guest(*t);
    check_unique(roster_.guests, "guest", diagnostics_);
    for (const toml::table* t : root_.tables("team")) team_tables_.push_back(t);
    // Teams are resolved after all are read: a sequence may name a later team.
    for (const toml::table* t : team_tables_) roster_.teams.push_back(declare_team(*t));
    check_unique(roster_.teams, "team", diagnostics_);
    for (std::size_t i = 0; i < team_tables_.size(); ++i) resolve_team(i);
    for (const toml::table* t : root_.tables("post", Need::required)) read_post(*t);
    check_unique(roster_.posts, "post", diagnostics_);
    for (const toml::table* t : root_.tables("shift", Need::required)) read_shift(*t);
    check_unique(roster_.shifts, "shift", diagnostics_);
    for (const toml::table* t : root_.tables("leave")) read_leave(*t);
    for (const toml::table* t : root_.tables("availability")) read_availability(*t);
    root_.finish();
    return std::move(roster_);
  }

 private:
  std::string read_id(TableReader& r) {
    auto id = r.string("id", Need::required).value_or("");
    if (r.has("id") && !valid_id(id)) {
      r.error("id", r.what() + " id '" + id + "' must be letters, digits, '-' or '_'");
    }
    return id;
  }

  void read_header() {
    const toml::table* t = root_.subtable("roster", Need::required);
    if (!t) return;
    TableReader r(*t, path_, diagnostics_, "[roster]");
    roster_.where = r.position();
    roster_.id = read_id(r);
    roster_.name = r.string("name").value_or(roster_.id);
    roster_.description = r.string("description").value_or("");
    if (auto mode = r.string("mode")) {
      if (*mode == "balanced") {
        roster_.mode = RosterMode::balanced;
      } else if (*mode == "rotation") {
        roster_.mode = RosterMode::rotation;
      } else {
        r.error("mode", "unknown mode '" + *mode + "' (balanced or rotation)" +
                            did_you_mean(*mode, {"balanced", "rotation"}));
      }
    }
    roster_.managers = r.strings("managers");
    for (const auto& m : roster_.managers) need_person(r, "managers", m, "manager");
    r.finish();
  }

  void read_rules() {
    const toml::table* t = root_.subtable("rules");
    if (!t) return;
    TableReader r(*t, path_, diagnostics_, "[rules]");
    roster_.rules.max_per_week = non_negative(r, "max_per_week", 0);
    roster_.rules.min_rest_hours = non_negative(r, "min_rest_hours", 0);
    roster_.rules.avoid_consecutive_days = r.boolean("avoid_consecutive_days").value_or(true);
    r.finish();
  }

  static int non_negative(TableReader& r, std::string_view key, int fallback) {
    auto v = r.integer(key);
    if (!v) return fallback;
    if (*v < 0 || *v > 100000) {
      r.error(key, std::string(key) + " must be between 0 and 100000, not " + std::to_string(*v));
      return fallback;
    }
    return static_cast<int>(*v);
  }

  void need_person(TableReader& r, std::string_view key, const std::string& id,
                   const std::string& what) {
    if (org_.person(id)) return;
    r.error(key, what + ": unknown person '" + id + "'" + did_you_mean(id, org_.person_ids()));
  }

  void read_guest(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "guest");
    RosterGuest g;
    g.where = r.position();
    g.id = read_id(r);
    g.name = r.string("name", Need::required).value_or(g.id);
    g.host = r.string("host", Need::required).value_or("");
    if (r.has("host")) need_person(r, "host", g.host, "host of guest '" + g.id + "'");
    r.finish();
    roster_.guests.push_back(g);
  }

  RosterTeam declare_team(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "team");
    r.allow({"people", "teams", "team_leaders", "tags", "roles", "units", "everyone", "exclude",
             "exclude_tags", "guests", "sequence"});
    RosterTeam team;
    team.where = r.position();
    team.id = read_id(r);
    team.name = r.string("name").value_or(team.id);
    r.finish();
    return team;
  }

  // Members in a stable order: a sequence in its order; otherwise the
  // organisation's order of people, then guests in the order listed.
  void resolve_team(std::size_t index) {
    TableReader r(*team_tables_[index], path_, diagnostics_,
                  "team '" + roster_.teams[index].id + "'");
    r.allow({"id", "name"});
    std::vector<std::string>& members = roster_.teams[index].members;
    if (r.has("sequence")) {
      for (const auto& id : r.strings("sequence")) add_sequence(r, index, id, members);
    }
    std::set<std::string> chosen = selected_people(r);
    for (const auto& id : r.strings("exclude")) {
      need_person(r, "exclude", id, "exclude");
      chosen.erase(id);
    }
    for (const auto& tag : r.strings("exclude_tags")) {
      need_tag(r, "exclude_tags", tag);
      std::erase_if(chosen, [&](const std::string& id) { return org_.person(id)->has_tag(tag); });
    }
    for (const auto& p : org_.people()) {
      if (chosen.contains(p.id) && std::find(members.begin(), members.end(), p.id) == members.end())
        members.push_back(p.id);
    }
    for (const auto& id : r.strings("guests")) {
      if (!roster_.guest(id)) {
        r.error("guests", "unknown guest '" + id + "'" + did_you_mean(id, ids_of(roster_.guests)));
        continue;
      }
      members.push_back(std::string(guest_prefix) + id);
    }
    if (members.empty()) r.error("id", "team '" + roster_.teams[index].id + "' has no members");
    r.finish();
  }

  void add_sequence(TableReader& r, std::size_t index, const std::string& id,
                    std::vector<std::string>& members) {
    const RosterTeam* other = roster_.team(id);
    if (!other) {
      r.error("sequence", "unknown team '" + id + "'" + did_you_mean(id, ids_of(roster_.teams)));
      return;
    }
    const auto other_index = static_cast<std::size_t>(other - roster_.teams.data());
    if (other_index >= index) {
      r.error("sequence",
              "team '" + id + "' must be defined before the team whose sequence uses it");
      return;
    }
    for (const auto& m : other->members) {
      if (std::find(members.begin(), members.end(), m) == members.end()) members.push_back(m);
    }
  }

  void need_tag(TableReader& r, std::string_view key, const std::string& tag) {
    const auto tags = org_.person_tags();
    if (std::find(tags.begin(), tags.end(), tag) == tags.end())
      r.error(key, "no person has the tag '" + tag + "'" + did_you_mean(tag, tags));
  }

  std::set<std::string> selected_people(TableReader& r) {
    std::set<std::string> chosen;
    if (r.boolean("everyone").value_or(false)) {
      for (const auto& p : org_.people()) chosen.insert(p.id);
    }
    for (const auto& id : r.strings("people")) {
      need_person(r, "people", id, "people");
      if (org_.person(id)) chosen.insert(id);
    }
    for (const auto& id : r.strings("teams")) {
      const Team* t = org_.team(id);
      if (!t) {
        r.error("teams", "unknown team '" + id + "'" + did_you_mean(id, org_.team_ids()));
        continue;
      }
      for (const auto& p : Organisation::team_people(*t)) chosen.insert(p);
    }
    for (const auto& id : r.strings("team_leaders")) {
      const Team* t = org_.team(id);
      if (!t) {
        r.error("team_leaders", "unknown team '" + id + "'" + did_you_mean(id, org_.team_ids()));
        continue;
      }
      chosen.insert(t->leader);
    }
    for (const auto& tag : r.strings("tags")) {
      need_tag(r, "tags", tag);
      for (const Person* p : org_.people_with_tag(tag)) chosen.insert(p->id);
    }
    for (const auto& role : r.strings("roles")) {
      if (!org_.role(role))
        r.error("roles", "unknown role '" + role + "'" + did_you_mean(role, org_.role_ids()));
      for (const Person* p : org_.people_with_role(role)) chosen.insert(p->id);
    }
    for (const auto& unit : r.strings("units")) {
      if (!org_.unit(unit))
        r.error("units", "unknown unit '" + unit + "'" + did_you_mean(unit, org_.unit_ids()));
      for (const auto& p : org_.people())
        if (p.unit == unit) chosen.insert(p.id);
    }
    return chosen;
  }

  void read_post(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "post");
    RosterPost post;
    post.where = r.position();
    post.id = read_id(r);
    post.name = r.string("name").value_or(post.id);
    post.team = r.string("team", Need::required).value_or("");
    if (r.has("team") && !roster_.team(post.team)) {
      r.error("team", "post '" + post.id + "': unknown team '" + post.team + "'" +
                          did_you_mean(post.team, ids_of(roster_.teams)));
    }
    r.finish();
    roster_.posts.push_back(post);
  }

  std::vector<unsigned> read_weekdays(TableReader& r, std::string_view key) {
    std::vector<unsigned> days;
    for (const auto& name : r.strings(key)) {
      const unsigned d = parse_weekday(name);
      if (d == 0) {
        r.error(key, "'" + name + "' is not a weekday (monday … sunday)");
      } else if (std::find(days.begin(), days.end(), d) == days.end()) {
        days.push_back(d);
      }
    }
    std::sort(days.begin(), days.end());
    return days;
  }

  std::optional<TimeOfDay> read_time(TableReader& r, std::string_view key) {
    auto text = r.string(key, Need::required);
    if (!text) return std::nullopt;
    auto time = parse_time_of_day(*text);
    if (!time) r.error(key, "'" + *text + "' is not a time of day (HH:MM)");
    return time;
  }

  void read_pattern(TableReader& r, RosterShift& s) {
    static const std::map<std::string, ShiftPattern, std::less<>> patterns{
        {"daily", ShiftPattern::daily},
        {"workdays", ShiftPattern::workdays},
        {"weekdays", ShiftPattern::weekdays},
        {"weekly", ShiftPattern::weekly}};
    const std::string pattern = r.string("pattern", Need::required).value_or("workdays");
    if (auto it = patterns.find(pattern); it != patterns.end()) {
      s.pattern = it->second;
    } else if (r.has("pattern")) {
      r.error("pattern", "unknown pattern '" + pattern + "' (daily, workdays, weekdays, weekly)" +
                             did_you_mean(pattern, {"daily", "workdays", "weekdays", "weekly"}));
    }
    s.weekdays = read_weekdays(r, "weekdays");
    if ((s.pattern == ShiftPattern::weekdays || s.pattern == ShiftPattern::weekly) &&
        s.weekdays.empty()) {
      r.error("pattern", "pattern '" + pattern + "' needs weekdays = [\"friday\", …]");
    }
    if (s.pattern == ShiftPattern::weekly && s.weekdays.size() > 1)
      r.error("weekdays", "a weekly shift takes one weekday");
    static const std::map<std::string, HolidayRule, std::less<>> rules{
        {"skip", HolidayRule::skip},
        {"keep", HolidayRule::keep},
        {"previous-workday", HolidayRule::previous_workday},
        {"next-workday", HolidayRule::next_workday}};
    if (auto text = r.string("on_holiday")) {
      if (auto it = rules.find(*text); it != rules.end()) {
        s.on_holiday = it->second;
      } else {
        r.error("on_holiday",
                "unknown on_holiday '" + *text + "' (skip, keep, previous-workday, next-workday)" +
                    did_you_mean(*text, {"skip", "keep", "previous-workday", "next-workday"}));
      }
    } else if (s.pattern == ShiftPattern::daily) {
      s.on_holiday = HolidayRule::keep;  // "daily" means every day unless told otherwise
    }
  }

  void read_requirements(TableReader& r, RosterShift& s) {
    for (const toml::table* t : r.tables("require")) {
      TableReader q(*t, path_, diagnostics_, "requirement of shift '" + s.id + "'");
      ShiftRequirement need;
      need.tag = q.string("tag").value_or("");
      need.role = q.string("role").value_or("");
      need.count = static_cast<int>(q.integer("count").value_or(1));
      if (need.tag.empty() == need.role.empty()) {
        q.error("tag", "a requirement names exactly one of tag or role");
      } else if (!need.tag.empty()) {
        need_tag(q, "tag", need.tag);
      } else if (!org_.role(need.role)) {
        q.error("role",
                "unknown role '" + need.role + "'" + did_you_mean(need.role, org_.role_ids()));
      }
      if (need.count < 1 || need.count > s.headcount) {
        q.error("count", "count must be between 1 and the shift's headcount (" +
                             std::to_string(s.headcount) + ")");
      }
      q.finish();
      s.requirements.push_back(need);
    }
  }

  void read_shift(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "shift");
    RosterShift s;
    s.where = r.position();
    s.id = read_id(r);
    s.name = r.string("name").value_or(s.id);
    read_pattern(r, s);
    auto start = read_time(r, "start");
    auto end = read_time(r, "end");
    if (start) s.start = *start;
    if (end) s.end = *end;
    if (start && end && *end <= *start)
      r.error("end", "shift '" + s.id + "' ends (" + format_time_of_day(*end) +
                         ") before it starts (" + format_time_of_day(*start) + ")");
    const auto headcount = r.integer("headcount").value_or(1);
    if (headcount < 1 || headcount > 1000) {
      r.error("headcount", "headcount must be between 1 and 1000");
    } else {
      s.headcount = static_cast<int>(headcount);
    }
    read_requirements(r, s);
    s.posts = r.strings("posts", Need::required);
    for (const auto& p : s.posts) {
      if (!roster_.post(p))
        r.error("posts", "unknown post '" + p + "'" + did_you_mean(p, ids_of(roster_.posts)));
    }
    if (r.has("posts") && s.posts.empty()) r.error("posts", "shift '" + s.id + "' has no posts");
    r.finish();
    roster_.shifts.push_back(s);
  }

  std::string read_assignee(TableReader& r) {
    std::string id = r.string("person", Need::required).value_or("");
    if (!r.has("person")) return id;
    if (id.starts_with(guest_prefix)) {
      if (!roster_.guest(id.substr(guest_prefix.size())))
        r.error("person", "unknown guest '" + id + "'");
    } else {
      need_person(r, "person", id, r.what());
    }
    return id;
  }

  void read_leave(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "leave");
    RosterLeave leave;
    leave.person = read_assignee(r);
    auto from = r.date("from", Need::required);
    auto to = r.date("to");
    leave.reason = r.string("reason").value_or("");
    r.finish();
    if (!from) return;
    leave.from = *from;
    leave.to = to.value_or(*from);
    if (leave.to < leave.from) {
      r.error("to", "leave ends (" + format_date(leave.to) + ") before it starts (" +
                        format_date(leave.from) + ")");
      return;
    }
    roster_.leave.push_back(leave);
  }

  void read_availability(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "availability");
    RosterAvailability a;
    a.person = read_assignee(r);
    a.weekdays = read_weekdays(r, "weekdays");
    if (!r.has("weekdays")) r.error("weekdays", "availability needs weekdays = [\"monday\", …]");
    r.finish();
    roster_.availability.push_back(a);
  }

  TableReader root_;
  std::string path_;
  const Organisation& org_;
  Diagnostics& diagnostics_;
  RosterDefinition roster_;
  std::vector<const toml::table*> team_tables_;
};

}  // namespace

std::optional<RosterDefinition> load_roster_text(std::string_view text, const std::string& path,
                                                 const Organisation& org,
                                                 Diagnostics& diagnostics) {
  auto table = parse_toml_text(text, path, diagnostics);
  if (!table) return std::nullopt;
  return RosterReader(*table, path, org, diagnostics).read();
}

std::optional<RosterDefinition> load_roster(const std::string& path, const Organisation& org,
                                            Diagnostics& diagnostics) {
  auto table = parse_toml_file(path, diagnostics);
  if (!table) return std::nullopt;
  return RosterReader(*table, path, org, diagnostics).read();
}

}  // namespace duban
