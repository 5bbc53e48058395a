#include "dates/date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace duban {

namespace {
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

// Reads exactly `width` decimal digits at `pos`.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

constexpr std::array<std::string_view, 7> english_days = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 7> chinese_days = {"周一", "周二", "周三", "周四",
                                                          "周五", "周六", "周日"};
}  // namespace

Date make_date(int y, unsigned m, unsigned d) {
  return std::chrono::sys_days{year{y} / month{m} / day{d}};
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = digits(text, 0, 4);
  auto m = digits(text, 5, 2);
  auto d = digits(text, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::string format_date(Date date) {
  year_month_day ymd{date};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

unsigned iso_weekday(Date date) {
  return std::chrono::weekday{date}.iso_encoding();
}

unsigned parse_weekday(std::string_view name) {
  for (unsigned i = 0; i < 7; ++i) {
    if (name == english_days[i] || name == english_days[i].substr(0, 3) ||
        name == chinese_days[i]) {
      return i + 1;
    }
  }
  if (name == "周天" || name == "星期日" || name == "星期天") return 7;
  return 0;
}

std::string_view weekday_name(unsigned iso_day) {
  return english_days.at(iso_day - 1);
}
std::string_view weekday_name_zh(unsigned iso_day) {
  return chinese_days.at(iso_day - 1);
}

int year_of(Date date) {
  return static_cast<int>(year_month_day{date}.year());
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  auto h = digits(text, 0, 2);
  auto m = digits(text, 3, 2);
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return TimeOfDay{*h * 60 + *m};
}

std::string format_time_of_day(TimeOfDay time) {
  char buffer[16];
  const auto minutes = time.count();
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(minutes / 60),
                static_cast<int>(minutes % 60));
  return buffer;
}

std::optional<UtcOffset> parse_utc_offset(std::string_view text) {
  if (text == "Z" || text == "UTC" || text == "Etc/UTC") return UtcOffset{0};
  // Zones of mainland China, Hong Kong, Macao and Taiwan: fixed +08:00, no DST.
  if (text == "Asia/Shanghai" || text == "Asia/Chongqing" || text == "Asia/Urumqi" ||
      text == "Asia/Hong_Kong" || text == "Asia/Macau" || text == "Asia/Taipei" || text == "PRC") {
    return UtcOffset{8 * 60};
  }
  if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':') return std::nullopt;
  auto h = digits(text, 1, 2);
  auto m = digits(text, 4, 2);
  if (!h || !m || *h > 14 || *m > 59) return std::nullopt;
  const int minutes = *h * 60 + *m;
  return UtcOffset{text[0] == '-' ? -minutes : minutes};
}

std::string format_utc_offset(UtcOffset offset) {
  char buffer[16];
  const int minutes = offset.minutes < 0 ? -offset.minutes : offset.minutes;
  std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", offset.minutes < 0 ? '-' : '+', minutes / 60,
                minutes % 60);
  return buffer;
}

std::string format_iso8601(LocalDateTime when, UtcOffset offset) {
  return format_date(when.date) + 'T' + format_time_of_day(when.time) + ":00" +
         format_utc_offset(offset);
}

std::optional<LocalDateTime> parse_iso8601(std::string_view text, UtcOffset zone) {
  auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  LocalDateTime result{*date, TimeOfDay{0}};
  if (text.size() == 10) return result;
  if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
  auto time = parse_time_of_day(text.substr(11, 5));
  if (!time) return std::nullopt;
  result.time = *time;
  std::string_view rest = text.size() > 16 ? text.substr(16) : std::string_view{};
  if (rest.size() >= 3 && rest[0] == ':') {
    auto seconds = digits(rest, 1, 2);
    if (!seconds || *seconds > 60) return std::nullopt;
    rest.remove_prefix(3);
    if (!rest.empty() && rest[0] == '.') {  // fractions of a second are ignored
      rest.remove_prefix(1);
      while (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') rest.remove_prefix(1);
    }
  }
  if (rest.empty()) return result;
  auto offset = parse_utc_offset(rest);
  if (!offset || rest == "UTC") return std::nullopt;
  // Convert from the given offset to the workspace zone.
  auto minutes = std::chrono::sys_days{result.date}.time_since_epoch() + result.time -
                 std::chrono::minutes{offset->minutes} + std::chrono::minutes{zone.minutes};
  auto days = std::chrono::floor<std::chrono::days>(minutes);
  return LocalDateTime{Date{days}, std::chrono::duration_cast<TimeOfDay>(minutes - days)};
}

std::string format_month_day_time(LocalDateTime when) {
  return format_date(when.date).substr(5) + " " + format_time_of_day(when.time);
}

std::string stored_time(LocalDateTime when) {
  return format_date(when.date) + "T" + format_time_of_day(when.time);
}

std::optional<LocalDateTime> parse_stored_time(std::string_view text) {
  // Exactly "YYYY-MM-DDTHH:MM": anything else would not be written back the same.
  if (text.size() != 16 || text[10] != 'T') return std::nullopt;
  auto date = parse_date(text.substr(0, 10));
  auto time = parse_time_of_day(text.substr(11));
  if (!date || !time) return std::nullopt;
  return LocalDateTime{*date, *time};
}

}  // namespace duban
