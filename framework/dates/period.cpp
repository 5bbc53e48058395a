#include "dates/period.hpp"

#include <cstdio>

namespace duban {

namespace {
using namespace std::chrono;

Date iso_week_start(int iso_year, int week) {
  // ISO week 1 holds January 4th; weeks start on Monday.
  const Date jan4 = make_date(iso_year, 1, 4);
  const Date week1_monday = jan4 - days{iso_weekday(jan4) - 1};
  return week1_monday + days{7 * (week - 1)};
}

int iso_week_year(Date date) {
  const Date thursday = date + days{4} - days{iso_weekday(date)};  // the week's Thursday
  return year_of(thursday);
}

int weeks_in_iso_year(int iso_year) {
  return iso_week_year(iso_week_start(iso_year, 53)) == iso_year ? 53 : 52;
}

Period month_period(int y, unsigned m) {
  const Date first = make_date(y, m, 1);
  const year_month_day_last last{year{y} / month{m} / std::chrono::last};
  return {PeriodKind::month, first, sys_days{last}, y, static_cast<int>(m)};
}

Period quarter_period(int y, int q) {
  const auto first_month = static_cast<unsigned>(3 * q - 2);
  Period p = month_period(y, first_month);
  p.end = month_period(y, first_month + 2).end;
  p.kind = PeriodKind::quarter;
  p.number = q;
  return p;
}

Period week_period(int iso_year, int week) {
  const Date start = iso_week_start(iso_year, week);
  return {PeriodKind::week, start, start + days{6}, iso_year, week};
}

std::optional<int> number(std::string_view text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}
}  // namespace

std::string Period::key() const {
  char buffer[24];
  switch (kind) {
    case PeriodKind::day: return format_date(start);
    case PeriodKind::week: std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, number); break;
    case PeriodKind::month: std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, number); break;
    case PeriodKind::quarter: std::snprintf(buffer, sizeof buffer, "%04d-Q%d", year, number); break;
    case PeriodKind::year: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
  }
  return buffer;
}

std::optional<Period> parse_period(std::string_view key) {
  if (auto date = parse_date(key)) return Period{PeriodKind::day, *date, *date, year_of(*date), 0};
  if (key.size() < 4) return std::nullopt;
  auto y = number(key.substr(0, 4));
  if (!y || *y < 1900 || *y > 2999) return std::nullopt;
  if (key.size() == 4) {
    return Period{PeriodKind::year, make_date(*y, 1, 1), make_date(*y, 12, 31), *y, 0};
  }
  if (key[4] != '-') return std::nullopt;
  std::string_view rest = key.substr(5);
  if (rest.size() == 3 && (rest[0] == 'W' || rest[0] == 'w')) {
    auto week = number(rest.substr(1));
    if (!week || *week < 1 || *week > weeks_in_iso_year(*y)) return std::nullopt;
    return week_period(*y, *week);
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    auto quarter = number(rest.substr(1));
    if (!quarter || *quarter < 1 || *quarter > 4) return std::nullopt;
    return quarter_period(*y, *quarter);
  }
  if (rest.size() == 2) {
    auto m = number(rest);
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    return month_period(*y, static_cast<unsigned>(*m));
  }
  return std::nullopt;
}

Period period_containing(Date date, PeriodKind kind) {
  const year_month_day ymd{date};
  const int y = static_cast<int>(ymd.year());
  const auto m = static_cast<unsigned>(ymd.month());
  switch (kind) {
    case PeriodKind::day: return {PeriodKind::day, date, date, y, 0};
    case PeriodKind::week: {
      const int iso_year = iso_week_year(date);
      const int week = static_cast<int>((date - iso_week_start(iso_year, 1)).count() / 7) + 1;
      return week_period(iso_year, week);
    }
    case PeriodKind::month: return month_period(y, m);
    case PeriodKind::quarter: return quarter_period(y, static_cast<int>((m - 1) / 3 + 1));
    case PeriodKind::year:
      return {PeriodKind::year, make_date(y, 1, 1), make_date(y, 12, 31), y, 0};
  }
  return {};
}

Period next_period(const Period& period) {
  return period_containing(period.end + days{1}, period.kind);
}

std::string_view period_kind_name(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::day: return "day";
    case PeriodKind::week: return "week";
    case PeriodKind::month: return "month";
    case PeriodKind::quarter: return "quarter";
    case PeriodKind::year: return "year";
  }
  return "day";
}

std::vector<Period> periods_starting_in(const Period& outer, PeriodKind kind) {
  std::vector<Period> out;
  Period p = period_containing(outer.start, kind);
  if (p.start < outer.start) p = next_period(p);
  for (; p.start <= outer.end; p = next_period(p)) out.push_back(p);
  return out;
}

}  // namespace duban
