#pragma once
// Calendar months ("YYYY-MM") and the few date facts the village plugin needs:
// incomes are entered per month, visits are planned per month, and the
// risk-cleared rule looks back over consecutive months.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duban::village {

/// A calendar month. Invariant once parsed: 1 <= month <= 12.
struct Month {
  int year = 0;
  int month = 0;
  friend auto operator<=>(const Month&, const Month&) = default;
};

/// Parses "YYYY-MM"; nullopt for anything else (including month 13).
std::optional<Month> parse_month(std::string_view text);
/// The month of a date or time ("YYYY-MM-DD…"); nullopt if it does not start with one.
std::optional<Month> month_of(std::string_view date_or_time);
/// "YYYY-MM".
std::string format_month(Month month);
/// "2026年3月", for people.
std::string month_title(Month month);
/// `month` moved by `count` months (negative: back).
Month add_months(Month month, int count);
/// The `count` months ending with `last`, oldest first.
std::vector<Month> months_ending(Month last, int count);
/// Days in the month (leap years included).
int days_in_month(Month month);
/// "YYYY-MM-DD" of day `day` of the month, clamped to its last day.
std::string day_of_month(Month month, int day);
/// True if `text` is a real calendar date "YYYY-MM-DD".
bool is_date(std::string_view text);

}  // namespace duban::village
