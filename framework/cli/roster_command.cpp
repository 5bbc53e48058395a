// duban roster generate|show|swap|leave|export: duty rosters whose shifts are tasks.

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/task_views.hpp"
#include "diagnostics/suggest.hpp"
#include "engine/engine.hpp"
#include "roster/ical.hpp"
#include "roster/roster_store.hpp"

namespace duban::cli {

namespace {

using nlohmann::json;

struct RosterOptions {
  std::string roster;
  std::string period;
  std::string from;
  std::string to;
  std::string person;
  std::string reason;
  std::string a;
  std::string b;
  std::string by = "person";
  std::string out;
  bool dry_run = false;
};

const RosterDefinition& find_roster(CommandContext& ctx, const std::string& id) {
  const Workspace& ws = ctx.workspace();
  const RosterDefinition* roster = ws.roster(id);
  if (!roster) {
    std::string known;
    for (const auto& r : ws.roster_ids()) known += (known.empty() ? "" : ", ") + r;
    ctx.fail("unknown roster '" + id + "'" + did_you_mean(id, ws.roster_ids()) +
             (known.empty() ? " (no rosters: add [rosters] dirs to duban.toml)"
                            : " (rosters: " + known + ")"));
  }
  return *roster;
}

// --period P, or --from D --to D; `required` when neither may be left out.
std::optional<RosterRange> range_of(CommandContext& ctx, const RosterOptions& o, bool required) {
  std::string text = o.period;
  if (text.empty() && (!o.from.empty() || !o.to.empty())) {
    if (o.from.empty() || o.to.empty()) ctx.fail("give both --from and --to");
    text = o.from + ".." + o.to;
  }
  if (text.empty()) {
    if (required) ctx.fail("give --period (2026-W11, 2026-03) or --from DATE --to DATE");
    return std::nullopt;
  }
  auto range = parse_roster_range(text);
  if (!range)
    ctx.fail("'" + text + "' is not a period (2026-W11, 2026-03, 2026-Q1, a date, or FROM..TO)");
  return range;
}

std::string actor_or_system(CommandContext& ctx) {
  return ctx.options().as.empty() ? "system" : ctx.actor();
}

std::string names(const RosterDefinition& roster, const Organisation& org,
                  const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : "、") + assignee_name(roster, org, id);
  return out;
}

// One shown shift: from a generated assignment or a stored task.
struct ShiftLine {
  Date date{};
  const RosterShift* shift = nullptr;
  const RosterPost* post = nullptr;
  std::vector<std::string> assignees;
  std::string task;   ///< task id, "" in a preview
  std::string state;  ///< task state, "" in a preview
};

std::vector<ShiftLine> lines_of(const RosterDefinition& roster, const std::vector<Task>& tasks,
                                const std::optional<RosterRange>& range,
                                const std::string& person) {
  std::vector<ShiftLine> lines;
  for (const auto& t : tasks) {
    const auto first = t.key.find('.');
    const auto second = t.key.find('.', first + 1);
    if (second == std::string::npos) continue;
    auto date = parse_date(t.key.substr(0, first));
    const RosterShift* shift = roster.shift(t.key.substr(first + 1, second - first - 1));
    const RosterPost* post = roster.post(t.key.substr(second + 1));
    if (!date || !shift || !post) continue;
    if (range && (*date < range->from || *date > range->to)) continue;
    auto assignees = task_assignees(t);
    if (!person.empty() &&
        std::find(assignees.begin(), assignees.end(), person) == assignees.end() &&
        std::find(t.owners.begin(), t.owners.end(), person) == t.owners.end())
      continue;
    lines.push_back({*date, shift, post, assignees, t.id, std::string(state_name(t.state))});
  }
  std::stable_sort(lines.begin(), lines.end(), [](const ShiftLine& a, const ShiftLine& b) {
    return a.date != b.date ? a.date < b.date : a.shift->start < b.shift->start;
  });
  return lines;
}

Rows rows_of(const std::vector<ShiftLine>& lines, const RosterDefinition& roster,
             const Organisation& org, const Messages& m) {
  Rows rows;
  for (const auto& l : lines) {
    rows.push_back({format_date(l.date), m[weekday_key(iso_weekday(l.date))], l.shift->name,
                    format_time_of_day(l.shift->start) + "–" + format_time_of_day(l.shift->end),
                    l.post->name, names(roster, org, l.assignees), l.state, l.task});
  }
  return rows;
}

json lines_json(const std::vector<ShiftLine>& lines, const Workspace& ws) {
  json out = json::array();
  for (const auto& l : lines) {
    out.push_back({{"date", format_date(l.date)},
                   {"shift", l.shift->id},
                   {"post", l.post->id},
                   {"start", format_iso8601({l.date, l.shift->start}, ws.config.zone)},
                   {"end", format_iso8601({l.date, l.shift->end}, ws.config.zone)},
                   {"people", l.assignees},
                   {"task", l.task},
                   {"state", l.state}});
  }
  return out;
}

// Shifts per person over every stored period and this one: the fairness a chief checks.
std::string load_summary(const RosterDefinition& roster, const Organisation& org,
                         const std::vector<ShiftLine>& lines) {
  std::map<std::string, int> count;
  for (const auto& l : lines)
    for (const auto& p : l.assignees) ++count[p];
  std::string out;
  for (const auto& team : roster.teams) {
    int lo = 1 << 30;
    int hi = 0;
    for (const auto& m : team.members) {
      lo = std::min(lo, count[m]);
      hi = std::max(hi, count[m]);
    }
    if (!team.members.empty())
      out += "  " + team.name + ": " + std::to_string(lo) + "–" + std::to_string(hi) +
             " shifts a person\n";
  }
  (void)org;
  return out;
}

Row shift_header(const Messages& m) {
  return headings(m, {Msg::date, Msg::weekday, Msg::shift, Msg::time, Msg::post, Msg::people,
                      Msg::status, Msg::task});
}

int run_generate(CommandContext& ctx, const RosterOptions& o) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const Workspace& ws = ctx.workspace();
  const RosterDefinition& roster = find_roster(ctx, o.roster);
  const RosterRange range = *range_of(ctx, o, true);
  Store& store = ctx.store();
  const std::string run_id = roster.id + "/" + range.key;
  const auto runs = store.runs();
  for (const auto& run : runs) {
    if (run.workflow != roster.id || run.id == run_id) continue;
    auto other = parse_roster_range(run.period);
    if (other && other->from <= range.to && range.from <= other->to)
      ctx.fail(range.key + " overlaps the generated run " + run.id + "; nothing changed");
  }
  auto tasks = roster_tasks(store, roster);
  const bool exists =
      std::any_of(tasks.begin(), tasks.end(), [&](const Task& t) { return t.run == run_id; });
  std::vector<ShiftLine> lines;
  bool created = false;
  if (exists ||
      std::any_of(runs.begin(), runs.end(), [&](const Run& r) { return r.id == run_id; })) {
    lines = lines_of(roster, tasks, range, "");
  } else {
    RosterBook book(roster, ws.org);
    for (const auto& l : recorded_leave(store, roster)) book.add_leave(l);
    place_tasks(book, tasks, true);
    auto result = generate_roster(roster, ws.org, ws.calendar, range.from, range.to, book);
    if (result.failure) {
      ctx.fail(result.failure->message(roster, ws.org) + "\nnothing was written");
    }
    for (const auto& a : result.assignments)
      lines.push_back({a.slot.date, a.slot.shift, a.slot.post, a.assignees, "", ""});
    if (!o.dry_run) {
      const PlannedRun run = roster_run(roster, ws.org, range, result.assignments);
      Engine engine(ws.definitions(), ctx.now());
      auto writer = store.write();
      created = engine.create_run(*writer, run, actor_or_system(ctx)).created;
      writer->commit();
      for (auto& l : lines) {
        l.task = run_id + "/" + format_date(l.date) + "." + l.shift->id + "." + l.post->id;
        l.state = "ready";
      }
    }
  }
  if (format == "json") {
    ctx.out() << json{{"run", run_id},
                      {"roster", roster.id},
                      {"period", range.key},
                      {"from", format_date(range.from)},
                      {"to", format_date(range.to)},
                      {"created", created},
                      {"dry_run", o.dry_run},
                      {"shifts", lines_json(lines, ws)}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }
  if (format == "table") {
    ctx.out() << roster.name << " · " << range.key << " (" << format_date(range.from) << " – "
              << format_date(range.to) << "): " << lines.size() << " shifts — "
              << (o.dry_run ? "dry run, nothing written"
                  : created ? "created run " + run_id
                            : "already generated as " + run_id + "; nothing changed")
              << '\n';
  }
  print_rows(ctx, format, shift_header(ctx.messages()),
             rows_of(lines, roster, ws.org, ctx.messages()));
  if (format == "table") {
    auto all = lines_of(roster, roster_tasks(store, roster), std::nullopt, "");
    if (o.dry_run) all.insert(all.end(), lines.begin(), lines.end());
    ctx.out() << "load, all periods:\n" << load_summary(roster, ws.org, all);
  }
  return exit_ok;
}

int run_show(CommandContext& ctx, const RosterOptions& o) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const Workspace& ws = ctx.workspace();
  const RosterDefinition& roster = find_roster(ctx, o.roster);
  const auto range = range_of(ctx, o, false);
  if (!o.person.empty() && !ws.org.person(o.person) && !o.person.starts_with(guest_prefix))
    ctx.fail("unknown person '" + o.person + "'" + did_you_mean(o.person, ws.org.person_ids()));
  const auto lines = lines_of(roster, roster_tasks(ctx.store(), roster), range, o.person);
  if (format == "json") {
    ctx.out() << json{{"roster", roster.id}, {"shifts", lines_json(lines, ws)}}.dump(2) << '\n';
    return exit_ok;
  }
  if (format == "table") {
    ctx.out() << roster.name << (range ? " · " + range->key : std::string()) << ": " << lines.size()
              << " shifts\n";
  }
  print_rows(ctx, format, shift_header(ctx.messages()),
             rows_of(lines, roster, ws.org, ctx.messages()));
  return exit_ok;
}

int print_change(CommandContext& ctx, const RosterChange& change, const std::string& what) {
  const Workspace& ws = ctx.workspace();
  if (ctx.options().format == "json") {
    json tasks = json::array();
    for (const auto& t : change.changed) tasks.push_back(task_json(t, ws.definitions()));
    ctx.out() << json{{"changed", tasks}, {"events", change.events.size()}}.dump(2) << '\n';
    return exit_ok;
  }
  ctx.out() << what << ": " << change.changed.size() << " shift(s) changed, "
            << change.events.size() << " event(s)\n";
  for (const auto& t : change.changed)
    ctx.out() << "  " << t.id << " → " << names_of(t.owners, ws.org) << '\n';
  return exit_ok;
}

int run_swap(CommandContext& ctx, const RosterOptions& o) {
  ctx.format({"table", "json"});
  const Workspace& ws = ctx.workspace();
  const RosterDefinition& roster = find_roster(ctx, o.roster);
  const std::string actor = ctx.actor();
  auto a = parse_shift_ref(o.a);
  auto b = parse_shift_ref(o.b);
  if (!a || !b) ctx.fail("give each shift as PERSON@DATE (or PERSON@DATE.SHIFT.POST)");
  Store& store = ctx.store();
  const auto leave = recorded_leave(store, roster);
  auto writer = store.write();
  auto change = swap_shifts(*writer, ws.org, roster, leave, ctx.now(), actor, *a, *b, o.reason);
  if (!change) ctx.fail(change.refusal().message + "\nnothing changed");
  writer->commit();
  return print_change(ctx, change.value(), "swapped");
}

int run_leave(CommandContext& ctx, const RosterOptions& o) {
  ctx.format({"table", "json"});
  const Workspace& ws = ctx.workspace();
  const RosterDefinition& roster = find_roster(ctx, o.roster);
  const std::string actor = ctx.actor();
  auto from = parse_date(o.from);
  auto to = o.to.empty() ? from : parse_date(o.to);
  if (!from || !to || *to < *from) ctx.fail("--from/--to must be dates, --to not before --from");
  if (!ws.org.person(o.person))
    ctx.fail("unknown person '" + o.person + "'" + did_you_mean(o.person, ws.org.person_ids()));
  Store& store = ctx.store();
  const auto leave = recorded_leave(store, roster);
  auto writer = store.write();
  auto change = record_leave(*writer, ws.org, roster, leave, ctx.now(), actor,
                             RosterLeave{o.person, *from, *to, o.reason});
  if (!change)
    ctx.fail(change.refusal().message + "\nnothing changed");  // writer dropped: rolled back
  writer->commit();
  return print_change(ctx, change.value(), "leave recorded for " + o.person);
}

// The calendars of an export: one per person, or one per team (the post's team).
std::map<std::string, std::vector<const ShiftLine*>> calendars_of(
    const std::vector<ShiftLine>& lines, const RosterDefinition& roster, bool by_team) {
  std::map<std::string, std::vector<const ShiftLine*>> out;
  for (const auto& l : lines) {
    if (by_team) {
      out[l.post->team].push_back(&l);
    } else {
      for (const auto& p : l.assignees) out[p].push_back(&l);
    }
  }
  (void)roster;
  return out;
}

int run_export(CommandContext& ctx, const RosterOptions& o) {
  const std::string format = ctx.format({"table", "csv", "md", "json", "ics"});
  if (format != "ics") return run_show(ctx, o);
  if (o.by != "person" && o.by != "team") ctx.fail("--by must be person or team");
  const Workspace& ws = ctx.workspace();
  const RosterDefinition& roster = find_roster(ctx, o.roster);
  const auto range = range_of(ctx, o, false);
  const auto lines = lines_of(roster, roster_tasks(ctx.store(), roster), range, o.person);
  const bool by_team = o.by == "team";
  std::string written;
  int count = 0;
  for (const auto& [id, shifts] : calendars_of(lines, roster, by_team)) {
    if (!by_team && !o.person.empty() && id != o.person) continue;  // only the person asked for
    std::vector<IcsEvent> events;
    for (const ShiftLine* l : shifts) {
      IcsEvent e;
      e.uid = l->task + (by_team ? "" : "/" + id) + "@duban";
      e.summary = l->shift->name + " · " + l->post->name;
      e.location = l->post->name;
      e.description = roster.name + "\n" + names(roster, ws.org, l->assignees) + "\n" + l->task;
      e.start = {l->date, l->shift->start};
      e.end = {l->date, l->shift->end};
      events.push_back(std::move(e));
    }
    const RosterTeam* team = by_team ? roster.team(id) : nullptr;
    const std::string name =
        roster.name + " · " + (team ? team->name : assignee_name(roster, ws.org, id));
    const std::string text = ics_calendar(name, events, ctx.now(), ws.config.zone, "Asia/Shanghai");
    ++count;
    if (o.out.empty()) {
      ctx.out() << text;
      continue;
    }
    std::error_code ec;
    std::filesystem::create_directories(o.out, ec);
    std::string file_id = id;
    std::replace(file_id.begin(), file_id.end(), ':', '-');
    const auto path = std::filesystem::path(o.out) / (file_id + ".ics");
    std::ofstream file(path, std::ios::binary);
    file << text;
    if (!file) ctx.fail("cannot write " + path.string(), exit_failure);
    written += "  " + path.string() + " (" + std::to_string(events.size()) + " events)\n";
  }
  if (!o.out.empty())
    ctx.out() << "wrote " << count << " calendar(s) to " << o.out << ":\n" << written;
  return exit_ok;
}

void add_range_options(CLI::App* sub, RosterOptions& o) {
  sub->add_option("--period", o.period, "2026-W11, 2026-03, 2026-Q1, a date, or FROM..TO");
  sub->add_option("--from", o.from, "First date (with --to)");
  sub->add_option("--to", o.to, "Last date, included (with --from)");
}

}  // namespace

CommandSpec roster_command() {
  return {
      "roster", "Generate, show, swap, record leave on and export duty rosters", [](CLI::App& app) {
        app.require_subcommand(1);
        auto o = std::make_shared<RosterOptions>();
        auto runners = std::make_shared<std::vector<Runner>>();
        CLI::App* gen = app.add_subcommand("generate", "Assign every shift of a period fairly");
        gen->add_option("ROSTER", o->roster, "Roster id")->required();
        add_range_options(gen, *o);
        gen->add_flag("--dry-run", o->dry_run, "Only show the roster; write nothing");
        runners->emplace_back(gen, [o](CommandContext& c) { return run_generate(c, *o); });
        CLI::App* show = app.add_subcommand("show", "The generated shifts");
        show->add_option("ROSTER", o->roster, "Roster id")->required();
        add_range_options(show, *o);
        show->add_option("--person", o->person, "Only this person's shifts");
        runners->emplace_back(show, [o](CommandContext& c) { return run_show(c, *o); });
        CLI::App* swap = app.add_subcommand("swap", "Two people exchange shifts (--as PERSON)");
        swap->add_option("ROSTER", o->roster, "Roster id")->required();
        swap->add_option("A", o->a, "PERSON@DATE: the first person's shift")->required();
        swap->add_option("B", o->b, "PERSON@DATE: the second person's shift")->required();
        swap->add_option("--reason", o->reason, "Why (optional)");
        runners->emplace_back(swap, [o](CommandContext& c) { return run_swap(c, *o); });
        CLI::App* leave =
            app.add_subcommand("leave", "Record leave; the person's shifts go to replacements");
        leave->add_option("ROSTER", o->roster, "Roster id")->required();
        leave->add_option("PERSON", o->person, "Person id")->required();
        leave->add_option("--from", o->from, "First day of leave")->required();
        leave->add_option("--to", o->to, "Last day of leave (default: --from)");
        leave->add_option("--reason", o->reason, "Why (optional)");
        runners->emplace_back(leave, [o](CommandContext& c) { return run_leave(c, *o); });
        CLI::App* ex = app.add_subcommand(
            "export", "Shifts as table, csv, md, json or iCalendar (--format ics)");
        ex->add_option("ROSTER", o->roster, "Roster id")->required();
        add_range_options(ex, *o);
        ex->add_option("--person", o->person, "Only this person's shifts");
        ex->add_option("--by", o->by, "ics: one calendar per person (default) or per team");
        ex->add_option("--out", o->out, "ics: write one .ics file per calendar into this folder");
        runners->emplace_back(ex, [o](CommandContext& c) { return run_export(c, *o); });
        return [runners](CommandContext& ctx) {
          for (auto& [sub, runner] : *runners) {
            if (sub->parsed()) return runner(ctx);
          }
          return static_cast<int>(exit_bad_input);
        };
      }};
}

}  // namespace duban::cli
