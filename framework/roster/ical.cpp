#include "roster/ical.hpp"

#include <fmt/format.h>

namespace duban {

namespace {

std::string basic_local(LocalDateTime when) {
  const std::chrono::year_month_day ymd(when.date);
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}00", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     when.time.count() / 60, when.time.count() % 60);
}

std::string basic_utc(LocalDateTime when, UtcOffset zone) {
  std::int64_t minutes = static_cast<std::int64_t>(when.date.time_since_epoch().count()) * 1440 +
                         when.time.count() - zone.minutes;
  const auto days = static_cast<int>(minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440);
  LocalDateTime utc;
  utc.date = Date(std::chrono::days(days));
  utc.time = TimeOfDay(minutes - std::int64_t{days} * 1440);
  return basic_local(utc) + "Z";
}

std::string offset_text(UtcOffset zone) {
  const int m = zone.minutes < 0 ? -zone.minutes : zone.minutes;
  return fmt::format("{}{:02}{:02}", zone.minutes < 0 ? '-' : '+', m / 60, m % 60);
}

void line(std::string& out, std::string_view text) {
  out += ics_fold(text);
  out += "\r\n";
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    // The length of the UTF-8 character starting at i.
    const auto lead = static_cast<unsigned char>(line[i]);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    n = std::min(n, line.size() - i);
    if (width + n > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, n));
    width += n;
    i += n;
  }
  return out;
}

std::string ics_calendar(const std::string& name, const std::vector<IcsEvent>& events,
                         LocalDateTime stamp, UtcOffset zone, const std::string& zone_name) {
  std::string out;
  line(out, "BEGIN:VCALENDAR");
  line(out, "VERSION:2.0");
  line(out, "PRODID:-//duban//roster//ZH");
  line(out, "CALSCALE:GREGORIAN");
  line(out, "METHOD:PUBLISH");
  line(out, "X-WR-CALNAME:" + ics_escape(name));
  line(out, "BEGIN:VTIMEZONE");
  line(out, "TZID:" + zone_name);
  line(out, "BEGIN:STANDARD");
  line(out, "DTSTART:19700101T000000");
  line(out, "TZOFFSETFROM:" + offset_text(zone));
  line(out, "TZOFFSETTO:" + offset_text(zone));
  line(out, "END:STANDARD");
  line(out, "END:VTIMEZONE");
  const std::string dtstamp = basic_utc(stamp, zone);
  for (const auto& e : events) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + e.uid);
    line(out, "DTSTAMP:" + dtstamp);
    line(out, "DTSTART;TZID=" + zone_name + ":" + basic_local(e.start));
    line(out, "DTEND;TZID=" + zone_name + ":" + basic_local(e.end));
    line(out, "SUMMARY:" + ics_escape(e.summary));
    if (!e.location.empty()) line(out, "LOCATION:" + ics_escape(e.location));
    if (!e.description.empty()) line(out, "DESCRIPTION:" + ics_escape(e.description));
    line(out, "END:VEVENT");
  }
  line(out, "END:VCALENDAR");
  return out;
}

}  // namespace duban
