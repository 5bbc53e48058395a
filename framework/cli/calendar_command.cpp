// duban calendar show|add|between: the working calendar from the command line.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "dates/period.hpp"
#include "text/display_width.hpp"

namespace duban::cli {

namespace {

using std::chrono::days;

Date parse_date_argument(CommandContext& ctx, const std::string& text) {
  auto date = parse_date(text);
  if (!date) ctx.fail("'" + text + "' is not a date (YYYY-MM-DD) or does not exist");
  return *date;
}

// `text` (at most two columns wide) padded to two columns.
std::string two_columns(std::string_view text) {
  return std::string(text) +
         std::string(display_width(text) < 2 ? 2 - display_width(text) : 0, ' ');
}

// One cell of the month grid: the day number and a mark, five columns wide
// (休 a day off, 班 a make-up workday: two columns each, as in zh-CN).
std::string grid_cell(const WorkingCalendar& cal, Date date, const Messages& m) {
  const unsigned day = static_cast<unsigned>(std::chrono::year_month_day{date}.day());
  std::string cell = (day < 10 ? " " : "") + std::to_string(day);
  switch (cal.kind(date)) {
    case DayKind::holiday: cell += two_columns(m[Msg::calendar_holiday_mark]); break;
    case DayKind::makeup: cell += two_columns(m[Msg::calendar_makeup_mark]); break;
    case DayKind::weekend: cell += " ·"; break;
    case DayKind::workday: cell += "  "; break;
  }
  return cell + " ";
}

// A holiday's name, or what a make-up day is: "春节调休上班".
std::string day_name(const WorkingCalendar& cal, Date date, const Messages& m) {
  const std::string name = cal.name(date);
  return cal.kind(date) == DayKind::makeup ? m(Msg::calendar_makeup_day, {name}) : name;
}

void print_grid(std::ostream& out, const WorkingCalendar& cal, const Period& month,
                const Messages& m) {
  std::string head;
  for (unsigned d = 1; d <= 7; ++d) head += "  " + two_columns(m[weekday_short_key(d)]) + " ";
  while (!head.empty() && head.back() == ' ') head.pop_back();
  out << head << '\n';
  std::string line(std::size_t{5} * (iso_weekday(month.start) - 1), ' ');
  for (Date d = month.start; d <= month.end; d += days{1}) {
    line += grid_cell(cal, d, m);
    if (iso_weekday(d) == 7 || d == month.end) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << '\n';
      line.clear();
    }
  }
}

void print_legend(std::ostream& out, const WorkingCalendar& cal, const Period& month,
                  const Messages& m) {
  out << "\n" << m[Msg::calendar_legend] << "\n";
  for (Date d = month.start; d <= month.end; d += days{1}) {
    const DayKind kind = cal.kind(d);
    if (kind == DayKind::holiday || kind == DayKind::makeup) {
      out << format_date(d) << ' ' << m[weekday_key(iso_weekday(d))] << "  "
          << m[kind == DayKind::holiday ? Msg::calendar_holiday_mark : Msg::calendar_makeup_mark]
          << ' ' << day_name(cal, d, m) << '\n';
    }
  }
}

nlohmann::json month_json(const WorkingCalendar& cal, const Period& month, const Messages& m) {
  nlohmann::json days_json = nlohmann::json::array();
  for (Date d = month.start; d <= month.end; d += days{1}) {
    static const char* names[] = {"workday", "weekend", "holiday", "makeup"};
    days_json.push_back({{"date", format_date(d)},
                         {"weekday", iso_weekday(d)},
                         {"kind", names[static_cast<int>(cal.kind(d))]},
                         {"workday", cal.is_workday(d)},
                         {"name", day_name(cal, d, m)}});
  }
  return {{"month", month.key()},
          {"workdays", cal.workdays_between(month.start, month.end + days{1})},
          {"days", days_json}};
}

void warn_uncovered(CommandContext& ctx, const WorkingCalendar& cal, int year) {
  if (!cal.covers(year)) {
    ctx.err() << "duban: warning: no holiday data for " << year
              << ": only weekends are known (add calendars/" << year << ".toml)\n";
  }
}

int show(CommandContext& ctx, const std::string& key) {
  auto period = parse_period(key);
  if (!period || period->kind != PeriodKind::month)
    ctx.fail("'" + key + "' is not a month (YYYY-MM)");
  const std::string format = ctx.format({"table", "json"});
  const WorkingCalendar& cal = ctx.workspace().calendar;
  warn_uncovered(ctx, cal, period->year);
  if (format == "json") {
    ctx.out() << month_json(cal, *period, ctx.messages()).dump(2) << '\n';
    return exit_ok;
  }
  ctx.out() << period->key() << "  (" << cal.workdays_between(period->start, period->end + days{1})
            << " workdays)\n";
  print_grid(ctx.out(), cal, *period, ctx.messages());
  print_legend(ctx.out(), cal, *period, ctx.messages());
  return exit_ok;
}

int add(CommandContext& ctx, const std::string& from_text, int n) {
  const Date from = parse_date_argument(ctx, from_text);
  const WorkingCalendar& cal = ctx.workspace().calendar;
  const Date result = cal.add_workdays(from, n);
  warn_uncovered(ctx, cal, year_of(from));
  if (year_of(result) != year_of(from)) warn_uncovered(ctx, cal, year_of(result));
  ctx.out() << format_date(result) << '\n';
  return exit_ok;
}

int between(CommandContext& ctx, const std::string& from_text, const std::string& to_text) {
  const Date from = parse_date_argument(ctx, from_text);
  const Date to = parse_date_argument(ctx, to_text);
  ctx.out() << ctx.workspace().calendar.workdays_between(from, to + days{1}) << '\n';
  return exit_ok;
}

}  // namespace

CommandSpec calendar_command() {
  return {"calendar", "Show the working calendar and count workdays", [](CLI::App& app) {
            app.require_subcommand(1);
            auto month = std::make_shared<std::string>();
            auto from = std::make_shared<std::string>();
            auto to = std::make_shared<std::string>();
            auto n = std::make_shared<int>(0);
            CLI::App* show_app = app.add_subcommand(
                "show", "Print a month with holidays (休) and make-up workdays (班)");
            show_app->add_option("MONTH", *month, "YYYY-MM")->required();
            CLI::App* add_app = app.add_subcommand(
                "add", "Print the date N workdays after DATE (before it if N < 0)");
            add_app->add_option("DATE", *from, "YYYY-MM-DD")->required();
            add_app->add_option("N", *n, "Workdays to add")->required()->allow_extra_args(false);
            CLI::App* between_app =
                app.add_subcommand("between", "Count the workdays from FROM to TO, both included");
            between_app->add_option("FROM", *from, "YYYY-MM-DD")->required();
            between_app->add_option("TO", *to, "YYYY-MM-DD")->required();
            return [=](CommandContext& ctx) {
              if (show_app->parsed()) return show(ctx, *month);
              if (add_app->parsed()) return add(ctx, *from, *n);
              return between(ctx, *from, *to);
            };
          }};
}

}  // namespace duban::cli
