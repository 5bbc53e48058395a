#pragma once
// Periods: the key of a run ("2026-W07", "2026-02", "2026-Q1", "2026", or a date).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date.hpp"

namespace duban {

enum class PeriodKind { day, week, month, quarter, year };

struct Period {
  PeriodKind kind = PeriodKind::day;
  Date start{};    ///< first day
  Date end{};      ///< last day, inclusive
  int year = 0;    ///< the ISO week-year for weeks, else the calendar year
  int number = 0;  ///< week 1–53, month 1–12, quarter 1–4; 0 for year and day

  /// "2026-W07", "2026-02", "2026-Q1", "2026" or "2026-02-13".
  [[nodiscard]] std::string key() const;
  [[nodiscard]] bool contains(Date date) const { return start <= date && date <= end; }
  friend bool operator==(const Period& a, const Period& b) {
    return a.kind == b.kind && a.start == b.start;
  }
};

/// Parses a period key; nullopt when malformed (the caller explains the forms).
std::optional<Period> parse_period(std::string_view key);
/// The period of `kind` that contains `date`.
Period period_containing(Date date, PeriodKind kind);
/// The period of the same kind right after `period`.
Period next_period(const Period& period);
/// "day", "week", "month", "quarter", "year".
std::string_view period_kind_name(PeriodKind kind);
/// Every period of `kind` whose first day lies in `outer` (weeks of a month…).
std::vector<Period> periods_starting_in(const Period& outer, PeriodKind kind);

}  // namespace duban
