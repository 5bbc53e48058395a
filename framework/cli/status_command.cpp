// duban status --day [DATE] | --week [YYYY-Www]: the team lead's view.

#include <cmath>
#include <nlohmann/json.hpp>
#include <span>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/task_views.hpp"
#include "engine/engine.hpp"
#include "status/status_report.hpp"
#include "text/csv.hpp"
#include "views/status_json.hpp"

namespace duban::cli {

namespace {

using nlohmann::json;

struct StatusOptions {
  std::optional<std::string> day;
  std::optional<std::string> week;
  StatusFilter filter;
  std::optional<std::size_t> limit;  ///< rows per list; 0 = all
};

// A team lead reads the worst twenty; the counts above them are complete.
// JSON is for programs and lists everything unless --limit is given.
constexpr std::size_t kTableListLimit = 20;

std::size_t list_limit(const StatusOptions& o, const std::string& format) {
  if (o.limit) return *o.limit;
  return format == "json" ? 0 : kTableListLimit;
}

std::string percent(double rate) {
  return std::to_string(static_cast<int>(std::lround(rate * 100))) + "%";
}

// "02-13 12:00", or "" without a time.
std::string short_time(const std::optional<LocalDateTime>& when) {
  return when ? format_month_day_time(*when) : std::string();
}

Row counts_row(const std::string& name, const StatusCounts& c) {
  return {name,
          std::to_string(c.due),
          std::to_string(c.done),
          std::to_string(c.done_on_time),
          std::to_string(c.overdue),
          std::to_string(c.red),
          std::to_string(c.yellow),
          std::to_string(c.green),
          percent(c.closure_rate()),
          percent(c.on_time_rate())};
}

Row counts_header(const Messages& m) {
  return headings(m, {"", Msg::count_due, Msg::count_done, Msg::count_on_time, Msg::count_overdue,
                      Msg::count_red, Msg::count_yellow, Msg::count_green, Msg::closure_rate,
                      Msg::on_time_rate});
}

// The totals first, then each unit.
Rows summary_rows(const StatusReport& r, const Workspace& ws, const Messages& m) {
  Rows rows{counts_row(m[Msg::totals], r.totals)};
  for (const auto& [id, c] : r.by_unit) {
    const Unit* u = ws.org.unit(id);
    rows.push_back(counts_row(u ? u->name : id, c));
  }
  return rows;
}

Rows people_rows(const StatusReport& r, const Workspace& ws) {
  Rows rows;
  for (const auto& [id, c] : r.by_person) rows.push_back(counts_row(names_of({id}, ws.org), c));
  return rows;
}

Rows item_rows(std::span<const StatusItem> items, const Workspace& ws, bool lights,
               const Messages& m) {
  Rows rows;
  for (const auto& i : items) {
    Row row{i.task.title, names_of(i.task.owners, ws.org), short_time(i.task.due)};
    if (lights) {
      row.push_back(milestone_label(i.light, m) + " " + short_time(i.light.milestone_at));
      row.push_back(i.light.days_late > 0 ? std::to_string(i.light.days_late) : "");
      row.push_back(std::to_string(i.task.chases));
    }
    row.push_back(i.task.id);
    rows.push_back(std::move(row));
  }
  return rows;
}

// One titled list: its first `limit` rows and a line saying how many more.
struct Section {
  std::string title;
  const Row& header;
  const std::vector<StatusItem>& items;
  bool lights = false;
  Color color = Color::none;
};

void print_section(CommandContext& ctx, const std::string& format, const Section& s,
                   const Workspace& ws, std::size_t limit) {
  if (s.items.empty()) return;
  const bool md = format == "md";
  ctx.out() << (md ? "\n### " : "\n") << s.title << " (" << s.items.size() << ")\n";
  if (md) ctx.out() << '\n';
  const Rows rows = item_rows(first(s.items, limit), ws, s.lights, ctx.messages());
  print_rows(ctx, format, s.header, rows, std::vector<Color>(rows.size(), s.color));
  if (rows.size() < s.items.size()) {
    ctx.out() << (md ? "\n" : "")
              << ctx.messages()(Msg::more_not_listed,
                                {std::to_string(s.items.size() - rows.size())})
              << "\n";
  }
}

void print_report(CommandContext& ctx, const std::string& format, const StatusReport& r,
                  const Workspace& ws, std::size_t limit) {
  const Messages& m = ctx.messages();
  const Msg what = r.period.kind == PeriodKind::day ? Msg::day_report : Msg::week_report;
  ctx.out() << (format == "md" ? "## " : "")
            << m(Msg::report_title,
                 {ws.config.name, m[what], r.period.key(), format_date(r.period.start),
                  format_date(r.period.end), short_time(r.now)})
            << "\n";
  if (format == "md") ctx.out() << '\n';
  print_rows(ctx, format, counts_header(m), summary_rows(r, ws, m));
  const Rows people = people_rows(r, ws);
  if (!people.empty()) {
    ctx.out() << (format == "md" ? "\n### " : "\n") << m[Msg::by_person] << "\n";
    if (format == "md") ctx.out() << '\n';
    print_rows(ctx, format, counts_header(m), people);
  }
  const Row light_header = headings(
      m, {Msg::task, Msg::owners, Msg::due, Msg::milestone, Msg::days_late, Msg::chases, "id"});
  const Row plain_header = headings(m, {Msg::task, Msg::owners, Msg::due, "id"});
  for (const Section& s :
       {Section{m[Msg::light_red], light_header, r.red, true, Color::red},
        Section{m[Msg::light_yellow], light_header, r.yellow, true, Color::yellow},
        Section{m[Msg::done_in_period], plain_header, r.done},
        Section{m[Msg::due_next_period], plain_header, r.due_next}}) {
    print_section(ctx, format, s, ws, limit);
  }
}

// A plugin's section: its title, its lines and its tables, or its error.
void print_plugin_sections(CommandContext& ctx, const std::string& format,
                           const std::vector<PluginSection>& sections) {
  const Messages& m = ctx.messages();
  const bool md = format == "md";
  for (const auto& s : sections) {
    ctx.out() << "\n"
              << (md ? "### " + s.section.title : m(Msg::section_heading, {s.section.title}))
              << "\n";
    if (md) ctx.out() << '\n';
    if (!s.error.empty()) {
      ctx.out() << m(Msg::section_failed, {s.plugin, s.error}) << "\n";
      continue;
    }
    for (const auto& line : s.section.lines) ctx.out() << (md ? "- " : "  ") << line << '\n';
    for (const auto& t : s.section.tables) {
      if (!t.title.empty()) ctx.out() << (md ? "\n**" : "\n") << t.title << (md ? "**\n\n" : "\n");
      if (t.rows.empty()) {
        ctx.out() << m[Msg::nothing] << "\n";
        continue;
      }
      print_rows(ctx, format, t.columns, t.rows);
    }
  }
}

// CSV: each section table after a blank line, with the section and table
// title in front of its header.
void print_plugin_csv(CommandContext& ctx, const std::vector<PluginSection>& sections) {
  for (const auto& s : sections) {
    for (const auto& t : s.section.tables) {
      ctx.out() << "\r\n";
      Row header = t.columns;
      header.insert(header.begin(), std::string(ctx.messages()[Msg::csv_section]));
      Rows rows;
      for (auto row : t.rows) {
        row.insert(row.begin(), s.section.title + (t.title.empty() ? "" : " · " + t.title));
        rows.push_back(std::move(row));
      }
      ctx.out() << to_csv(header, rows, false);  // one BOM, at the top
    }
  }
}

// CSV for Excel: one sheet of counts, the totals first, then units and people.
void print_csv(CommandContext& ctx, const StatusReport& r, const Workspace& ws) {
  const Messages& m = ctx.messages();
  Rows rows;
  for (auto row : summary_rows(r, ws, m)) {
    row.insert(row.begin(), m[rows.empty() ? Msg::totals : Msg::unit]);
    rows.push_back(std::move(row));
  }
  for (auto row : people_rows(r, ws)) {
    row.insert(row.begin(), m[Msg::csv_person]);
    rows.push_back(std::move(row));
  }
  Row header = counts_header(m);
  header[0] = m[Msg::label_name];
  header.insert(header.begin(), m[Msg::csv_level]);
  print_rows(ctx, "csv", header, rows);
}

Period resolve_period(CommandContext& ctx, const StatusOptions& o, LocalDateTime now) {
  auto period = status_period(o.day, o.week, now.date);
  if (!period) ctx.fail(period.refusal().message);
  return period.value();
}

int run_status(CommandContext& ctx, const StatusOptions& o) {
  const std::string format = ctx.format({"table", "json", "csv", "md"});
  const Workspace& ws = ctx.workspace();
  const LocalDateTime now = ctx.now();
  if (!o.filter.person.empty() && !ws.org.person(o.filter.person))
    ctx.fail("unknown person '" + o.filter.person + "'");
  if (!o.filter.unit.empty() && !ws.org.unit(o.filter.unit))
    ctx.fail("unknown unit '" + o.filter.unit + "'");
  const Period period = resolve_period(ctx, o, now);
  const StatusReport report = build_status(ws.definitions(), ctx.store(), period, now, o.filter);
  const std::size_t limit = list_limit(o, format);
  const auto sections = build_plugin_sections(ws.definitions(), ctx.store(), period, now, o.filter);
  if (format == "json") {
    json out = report_json(report, ws.definitions(), limit);
    out["sections"] = sections_json(sections);
    ctx.out() << out.dump(2) << '\n';
  } else if (format == "csv") {
    print_csv(ctx, report, ws);
    print_plugin_csv(ctx, sections);
  } else {
    print_report(ctx, format, report, ws, limit);
    print_plugin_sections(ctx, format, sections);
  }
  return exit_ok;
}

}  // namespace

CommandSpec status_command() {
  return {
      "status", "What is due, done, late and red today (--day) or this week (--week)",
      [](CLI::App& app) {
        auto o = std::make_shared<StatusOptions>();
        app.add_option("--day", o->day, "A day, YYYY-MM-DD (default: today)")->expected(0, 1);
        app.add_option("--week", o->week, "A week, YYYY-Www (default: this week)")->expected(0, 1);
        app.add_option("--unit", o->filter.unit, "Only this unit");
        app.add_option("--person", o->filter.person, "Only this person's tasks");
        app.add_option("--workflow", o->filter.workflow, "Only this workflow");
        app.add_option("--tag", o->filter.tag, "Only tasks with this tag");
        app.add_option("--limit", o->limit,
                       "Rows per list (red, yellow, done, due next); 0 shows all. Default: 20 "
                       "in table and md, all in json");
        return [o](CommandContext& ctx) { return run_status(ctx, *o); };
      }};
}

}  // namespace duban::cli
