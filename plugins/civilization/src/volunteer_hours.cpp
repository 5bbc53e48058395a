#include "volunteer_hours.hpp"

#include <cmath>

#include "dates.hpp"

namespace civilization {
namespace {

std::string format_hours(double hours) {
  const long hundredths = std::lround(hours * 100);
  return std::to_string(hundredths / 100) + "." + std::to_string(hundredths % 100 / 10) +
         std::to_string(hundredths % 10);
}

}  // namespace

HoursComputation compute_hours(const std::string& start, const std::string& end,
                               const std::string& now, double max_hours) {
  HoursComputation result;
  const auto from = minute_number(start);
  if (!from) {
    result.error = "开始时间 '" + start + "' 应为 YYYY-MM-DDTHH:MM";
    return result;
  }
  // "HH:MM" alone: the same day as the start, the common case on a sign-in sheet.
  const std::string full_end = end.size() == 5 ? start.substr(0, 10) + "T" + end : end;
  const auto to = minute_number(full_end);
  if (!to) {
    result.error = "结束时间 '" + end + "' 应为 YYYY-MM-DDTHH:MM 或 HH:MM";
    return result;
  }
  result.start = datetime_of_minute(*from);
  result.end = datetime_of_minute(*to);
  if (*to <= *from) {
    result.error = "结束时间 " + result.end + " 不晚于开始时间 " + result.start;
    return result;
  }
  const double hours = std::round(static_cast<double>(*to - *from) / 60.0 * 100.0) / 100.0;
  if (hours > max_hours) {
    result.error =
        "单次活动 " + format_hours(hours) + " 小时，超过上限 " + format_hours(max_hours) + " 小时";
    return result;
  }
  const auto current = minute_number(now);
  if (current && *to > *current) {
    result.error = "结束时间 " + result.end + " 晚于当前时间 " + datetime_of_minute(*current) +
                   "：时长应在活动结束后登记";
    return result;
  }
  result.hours = hours;
  return result;
}

}  // namespace civilization
