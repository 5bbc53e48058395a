#include "calendar/calendar_loader.hpp"

#include <map>

#include "toml/toml_reader.hpp"

namespace duban {

namespace {

struct DayOrigin {
  DayKind kind;
  SourcePosition where;
};

// Records `date` as `kind`, reporting a clash with an earlier entry of this file.
void add_day(std::vector<CalendarDay>& days, std::map<Date, DayOrigin>& seen,
             const CalendarDay& day, const SourcePosition& where, int year,
             Diagnostics& diagnostics) {
  if (year != 0 && year_of(day.date) != year) {
    diagnostics.error(
        where, format_date(day.date) + " is outside the file's year " + std::to_string(year));
    return;
  }
  if (auto it = seen.find(day.date); it != seen.end()) {
    const bool clash = it->second.kind != day.kind;
    diagnostics.error(
        where, format_date(day.date) +
                   (clash ? " is both a holiday and a make-up workday" : " is listed twice") +
                   " (first at line " + std::to_string(it->second.where.line) + ")");
    return;
  }
  if (day.kind == DayKind::makeup && iso_weekday(day.date) < 6) {
    diagnostics.warning(where, "make-up workday " + format_date(day.date) + " is a " +
                                   std::string(weekday_name(iso_weekday(day.date))) +
                                   ", already a workday");
  }
  seen.emplace(day.date, DayOrigin{day.kind, where});
  days.push_back(day);
}

void read_makeup_days(TableReader& entry, const std::string& name, int year,
                      std::vector<CalendarDay>& days, std::map<Date, DayOrigin>& seen) {
  const toml::array* makeup = entry.array("makeup");
  if (!makeup) return;
  for (const toml::node& node : *makeup) {
    const SourcePosition where = position_of(node, entry.path());
    if (auto date = date_from_node(node)) {
      add_day(days, seen, {*date, DayKind::makeup, name}, where, year, entry.diagnostics());
    } else {
      entry.diagnostics().error(where, "make-up workday in " + entry.what() +
                                           " must be a date (YYYY-MM-DD), not " +
                                           std::string(describe_type(node)));
    }
  }
}

void read_holiday(TableReader entry, int year, std::vector<CalendarDay>& days,
                  std::map<Date, DayOrigin>& seen) {
  const std::string name = entry.string("name", Need::required).value_or("");
  auto from = entry.date("from", Need::required);
  auto to = entry.date("to");
  if (from) {
    const Date last = to.value_or(*from);
    if (last < *from) {
      entry.error("to", entry.what() + ": 'to' (" + format_date(last) + ") is before 'from' (" +
                            format_date(*from) + ")");
    } else if ((last - *from).count() > 60) {
      entry.error("to", entry.what() + " is longer than 60 days; check 'from' and 'to'");
    } else {
      for (Date d = *from; d <= last; d += std::chrono::days{1}) {
        add_day(days, seen, {d, DayKind::holiday, name}, entry.position("from"), year,
                entry.diagnostics());
      }
    }
  }
  read_makeup_days(entry, name, year, days, seen);
  entry.finish();
}

}  // namespace

std::vector<CalendarDay> read_calendar_file(const std::string& path, Diagnostics& diagnostics,
                                            int& covered_year) {
  std::vector<CalendarDay> days;
  auto table = parse_toml_file(path, diagnostics);
  if (!table) return days;
  TableReader root(*table, path, diagnostics, "calendar file");
  covered_year = static_cast<int>(root.integer("year").value_or(0));
  root.string("source");
  std::map<Date, DayOrigin> seen;
  int index = 0;
  for (const toml::table* holiday : root.tables("holiday")) {
    read_holiday(TableReader(*holiday, path, diagnostics, "holiday #" + std::to_string(++index)),
                 covered_year, days, seen);
  }
  root.finish();
  return days;
}

WorkingCalendar load_calendar(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
  std::vector<CalendarDay> all;
  std::set<int> years;
  for (const auto& path : paths) {
    int year = 0;
    auto days = read_calendar_file(path, diagnostics, year);
    if (year != 0) years.insert(year);
    all.insert(all.end(), days.begin(), days.end());
  }
  return WorkingCalendar(all, std::move(years));
}

}  // namespace duban
