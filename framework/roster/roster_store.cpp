#include "roster/roster_store.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "engine/event_writer.hpp"
#include "engine/reducer.hpp"

namespace duban {

namespace {

using nlohmann::json;

constexpr std::string_view guest_tag = "guest:";

// "2026-03-09.daily.gate" → date, shift, post.
bool split_key(const std::string& key, Date& date, std::string& shift, std::string& post) {
  const auto first = key.find('.');
  const auto second = key.find('.', first + 1);
  if (first == std::string::npos || second == std::string::npos) return false;
  auto d = parse_date(key.substr(0, first));
  if (!d) return false;
  date = *d;
  shift = key.substr(first + 1, second - first - 1);
  post = key.substr(second + 1);
  return true;
}

std::int64_t minutes_of(LocalDateTime when) {
  return local_minutes(when.date, when.time);
}

std::vector<std::string> owners_of(const RosterDefinition& roster,
                                   const std::vector<std::string>& assignees) {
  std::vector<std::string> owners;
  for (const auto& a : assignees) {
    const std::string owner = assignee_owner(roster, a);
    if (!owner.empty() && std::find(owners.begin(), owners.end(), owner) == owners.end())
      owners.push_back(owner);
  }
  return owners;
}

EventRecord reassign(StoreWriter& writer, const Organisation& org, Task& task,
                     const std::vector<std::string>& owners, LocalDateTime now,
                     const std::string& actor, const std::string& reason) {
  const Person* first = org.person(owners.front());
  json payload{{"owners", owners}, {"unit", first ? first->unit : ""}};
  EventRecord event{0,
                    stored_time(now),
                    actor,
                    task.run,
                    task.id,
                    event_type::task_reassigned,
                    payload.dump(),
                    reason,
                    "",
                    ""};
  return EventWriter(writer).write(std::move(event), task);
}

std::string who(const Organisation& org, const RosterDefinition& roster,
                const std::string& person) {
  return assignee_name(roster, org, person) + " (" + person + ")";
}

// The one open shift of `ref.person` whose key starts with the prefix.
Checked<std::size_t> find_shift(const RosterBook& book, const std::vector<Task>& tasks,
                                const ShiftRef& ref) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < book.placements().size(); ++i) {
    const Placement& p = book.at(i);
    if (!p.key.starts_with(ref.key_prefix)) continue;
    if (std::find(p.assignees.begin(), p.assignees.end(), ref.person) == p.assignees.end())
      continue;
    if (tasks[i].is_open()) found.push_back(i);
  }
  if (found.size() == 1) return found.front();
  if (found.empty())
    return Refusal{ref.person + " has no open shift matching '" + ref.key_prefix + "'"};
  std::string keys;
  for (auto i : found) keys += "\n  " + ref.person + "@" + book.at(i).key;
  return Refusal{ref.person + "@" + ref.key_prefix +
                 " matches several shifts; give one of:" + keys};
}

RosterBook book_of(const Organisation& org, const RosterDefinition& roster,
                   const std::vector<RosterLeave>& leave, const std::vector<Task>& tasks) {
  RosterBook book(roster, org);
  for (const auto& l : leave) book.add_leave(l);
  place_tasks(book, tasks, true);
  return book;
}

std::vector<Task> writer_tasks(StoreWriter& writer, const RosterDefinition& roster) {
  TaskQuery query;
  query.workflow = roster.id;
  auto tasks = writer.tasks(query);
  std::erase_if(tasks, [](const Task& t) { return t.state == TaskState::cancelled; });
  return tasks;
}

std::optional<Refusal> manager_refusal(const RosterDefinition& roster, const std::string& actor) {
  if (roster.managers.empty() ||
      std::find(roster.managers.begin(), roster.managers.end(), actor) != roster.managers.end())
    return std::nullopt;
  std::string names;
  for (const auto& m : roster.managers) names += (names.empty() ? "" : ", ") + m;
  return Refusal{actor + " cannot change roster " + roster.id + ": only its managers may (" +
                 names + ")"};
}

// Why the swap cannot be made, before anything is written: the same shift
// twice, a guest, someone already on the other shift, a rule the exchange
// would break. Leaves `book` as it would be after the swap.
std::optional<Refusal> swap_refusal(const Organisation& org, const RosterDefinition& roster,
                                    RosterBook& book, const ShiftRef& a, std::size_t ia,
                                    const ShiftRef& b, std::size_t ib) {
  if (ia == ib) return Refusal{"both refer to the same shift " + book.at(ia).key};
  for (const auto& [ref, other] : {std::pair{a, ib}, std::pair{b, ia}}) {
    const auto& list = book.at(other).assignees;
    if (ref.person.starts_with(guest_prefix))
      return Refusal{"guests are not swapped; change the roster file instead"};
    if (std::find(list.begin(), list.end(), ref.person) != list.end())
      return Refusal{who(org, roster, ref.person) + " is already on " + book.at(other).key};
  }
  book.unassign(ia, a.person);
  book.unassign(ib, b.person);
  for (const auto& [person, index] : {std::pair{a.person, ib}, std::pair{b.person, ia}}) {
    const Placement& p = book.at(index);
    if (auto refusal = book.refusal(person, p.date, p.start, p.end, index)) {
      return Refusal{"cannot swap: " + who(org, roster, person) + " cannot take " + p.key + ": " +
                     refusal->detail + " (rule " + refusal->rule + ")"};
    }
    book.assign(index, person);
  }
  for (std::size_t index : {ia, ib}) {
    if (auto unmet = unmet_requirements(roster, book, index); !unmet.empty()) {
      return Refusal{"cannot swap: " + book.at(index).key + " would break rule require " +
                     unmet.front().text()};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<RosterRange> parse_roster_range(std::string_view text) {
  if (const auto dots = text.find(".."); dots != std::string_view::npos) {
    auto from = parse_date(text.substr(0, dots));
    auto to = parse_date(text.substr(dots + 2));
    if (!from || !to || *to < *from) return std::nullopt;
    return RosterRange{*from, *to, format_date(*from) + ".." + format_date(*to)};
  }
  auto period = parse_period(text);
  if (!period) return std::nullopt;
  return RosterRange{period->start, period->end, period->key()};
}

std::vector<std::string> task_assignees(const Task& task) {
  std::vector<std::string> guests;
  for (const auto& tag : task.tags) {
    if (tag.starts_with(guest_tag)) guests.push_back(std::string(guest_prefix) + tag.substr(6));
  }
  if (guests.empty()) return task.owners;
  // A guest's task is owned by the host alone (guests are never swapped).
  return guests;
}

std::vector<Task> roster_tasks(Store& store, const RosterDefinition& roster) {
  TaskQuery query;
  query.workflow = roster.id;
  auto tasks = store.tasks(query);
  std::erase_if(tasks, [](const Task& t) { return t.state == TaskState::cancelled; });
  return tasks;
}

std::vector<RosterLeave> recorded_leave(Store& store, const RosterDefinition& roster) {
  std::vector<RosterLeave> out;
  for (const auto& e : store.events({})) {
    if (e.type != roster_leave_event) continue;
    const json p = json::parse(e.payload);
    if (p.value("roster", "") != roster.id) continue;
    auto from = parse_date(p.value("from", ""));
    auto to = parse_date(p.value("to", ""));
    if (from && to) out.push_back({p.value("person", ""), *from, *to, e.reason});
  }
  return out;
}

void place_tasks(RosterBook& book, const std::vector<Task>& tasks, bool fixed) {
  for (const auto& t : tasks) {
    Placement p;
    p.key = t.key;
    if (!split_key(t.key, p.date, p.shift, p.post)) continue;
    p.start = minutes_of(t.start);
    p.end = minutes_of(t.due);
    p.assignees = task_assignees(t);
    p.task = t.id;
    p.fixed = fixed;
    book.place(std::move(p));
  }
}

PlannedRun roster_run(const RosterDefinition& roster, const Organisation& org,
                      const RosterRange& range, const std::vector<RosterAssignment>& assignments) {
  PlannedRun run;
  run.workflow = roster.id;
  run.workflow_name = roster.name;
  run.period.kind = PeriodKind::day;
  run.period.start = range.from;
  run.period.end = range.to;
  run.period_label = range.key;
  for (const auto& a : assignments) {
    PlannedTask t;
    t.id = a.slot.key();
    t.template_id = a.slot.shift->id;
    t.title = a.slot.shift->name + " · " + a.slot.post->name;
    std::vector<std::string> names;
    for (const auto& person : a.assignees) {
      if (person.starts_with(guest_prefix)) {
        t.tags.push_back(std::string(guest_tag) + person.substr(guest_prefix.size()));
        t.title += "（" + assignee_name(roster, org, person) + "）";
      }
    }
    t.owners = owners_of(roster, a.assignees);
    t.start = {a.slot.date, a.slot.shift->start};
    t.due = {a.slot.date, a.slot.shift->end};
    t.task_class = "roster";
    t.kind = "human";
    t.description = roster.name + ": " + a.slot.shift->name + " " +
                    format_time_of_day(a.slot.shift->start) + "–" +
                    format_time_of_day(a.slot.shift->end) + " @ " + a.slot.post->name;
    t.tags.insert(t.tags.begin(),
                  {"roster", "shift:" + a.slot.shift->id, "post:" + a.slot.post->id});
    run.tasks.push_back(std::move(t));
  }
  return run;
}

std::optional<ShiftRef> parse_shift_ref(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == text.size()) return std::nullopt;
  return ShiftRef{std::string(text.substr(0, at)), std::string(text.substr(at + 1))};
}

Checked<RosterChange> swap_shifts(StoreWriter& writer, const Organisation& org,
                                  const RosterDefinition& roster,
                                  const std::vector<RosterLeave>& leave, LocalDateTime now,
                                  const std::string& actor, const ShiftRef& a, const ShiftRef& b,
                                  const std::string& reason) {
  if (auto refused = manager_refusal(roster, actor)) return *refused;
  auto tasks = writer_tasks(writer, roster);
  RosterBook book = book_of(org, roster, leave, tasks);
  auto found_a = find_shift(book, tasks, a);
  if (!found_a) return found_a.refusal();
  auto found_b = find_shift(book, tasks, b);
  if (!found_b) return found_b.refusal();
  const std::size_t ia = found_a.value();
  const std::size_t ib = found_b.value();
  if (auto refused = swap_refusal(org, roster, book, a, ia, b, ib)) return *refused;
  RosterChange change;
  const std::string why = "roster swap: " + a.person + "@" + book.at(ia).key + " ⇄ " + b.person +
                          "@" + book.at(ib).key + (reason.empty() ? "" : ": " + reason);
  for (std::size_t index : {ia, ib}) {
    Task& task = tasks[index];
    change.events.push_back(
        reassign(writer, org, task, owners_of(roster, book.at(index).assignees), now, actor, why));
    change.changed.push_back(task);
  }
  return change;
}

Checked<RosterChange> record_leave(StoreWriter& writer, const Organisation& org,
                                   const RosterDefinition& roster,
                                   const std::vector<RosterLeave>& leave, LocalDateTime now,
                                   const std::string& actor, const RosterLeave& request) {
  if (auto refused = manager_refusal(roster, actor)) return *refused;
  if (!org.person(request.person)) return Refusal{"unknown person '" + request.person + "'"};
  auto tasks = writer_tasks(writer, roster);
  RosterBook book = book_of(org, roster, leave, tasks);
  book.add_leave(request);
  // Replacements are people (a guest needs its own task); the person on leave never.
  std::vector<std::string> excluded{request.person};
  for (const auto& g : roster.guests) excluded.push_back(std::string(guest_prefix) + g.id);
  std::vector<std::size_t> affected;
  for (std::size_t i = 0; i < book.placements().size(); ++i) {
    const Placement& p = book.at(i);
    if (p.date < request.from || p.date > request.to || !tasks[i].is_open()) continue;
    if (std::find(p.assignees.begin(), p.assignees.end(), request.person) == p.assignees.end())
      continue;
    affected.push_back(i);
  }
  std::sort(affected.begin(), affected.end(),
            [&](auto x, auto y) { return book.at(x).start < book.at(y).start; });
  RosterChange change;
  json payload{{"roster", roster.id},
               {"person", request.person},
               {"from", format_date(request.from)},
               {"to", format_date(request.to)}};
  change.events.push_back(
      EventWriter(writer).write(EventRecord{0, stored_time(now), actor, "", "", roster_leave_event,
                                            payload.dump(), request.reason, "", ""}));
  for (std::size_t index : affected) {
    book.unassign(index, request.person);
    // Unplaced from the others' point of view while choosing (ignore = index).
    if (auto failure = fill_placement(roster, book, index, excluded)) {
      // Events were written: the caller drops the transaction, so nothing stays.
      return Refusal{"cannot give " + who(org, roster, request.person) +
                     "'s shift away: " + failure->message(roster, org)};
    }
    std::string replaced;
    for (const auto& p : book.at(index).assignees) {
      const auto& before = task_assignees(tasks[index]);
      if (std::find(before.begin(), before.end(), p) == before.end()) replaced += p;
    }
    const std::string why = "leave " + format_date(request.from) + ".." + format_date(request.to) +
                            ": " + request.person + " → " + replaced +
                            (request.reason.empty() ? "" : " (" + request.reason + ")");
    Task& task = tasks[index];
    change.events.push_back(
        reassign(writer, org, task, owners_of(roster, book.at(index).assignees), now, actor, why));
    change.changed.push_back(task);
  }
  return change;
}

}  // namespace duban
