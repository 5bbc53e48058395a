#include "finding_status.hpp"

#include <algorithm>
#include <stdexcept>

#include "dates.hpp"

namespace civilization {
namespace {

std::ptrdiff_t status_index(std::string_view status) {
  const auto& all = finding_statuses();
  const auto it = std::find(all.begin(), all.end(), status);
  return it == all.end() ? -1 : it - all.begin();
}

}  // namespace

std::string finding_status_label(std::string_view status) {
  if (status == "open") return "待整改";
  if (status == "rectified") return "已整改待回头看";
  if (status == "checked") return "已回头看";
  if (status == "closed") return "已销号";
  return std::string(status);
}

std::string advance_finding(Finding& finding, std::string_view status, const std::string& at) {
  const auto from = status_index(finding.status);
  const auto to = status_index(status);
  if (to < 0) return "unknown status '" + std::string(status) + "'";
  if (from < 0 || to != from + 1) {
    return "问题 " + finding.id + " 当前状态为“" + finding_status_label(finding.status) +
           "”，不能变为“" + finding_status_label(status) + "”";
  }
  finding.status = std::string(status);
  if (status == "rectified") finding.rectified_at = at;
  if (status == "checked") finding.checked_at = at;
  if (status == "closed") finding.closed_at = at;
  return "";
}

std::string reopen_finding(Finding& finding) {
  if (finding.status != "rectified") {
    return "问题 " + finding.id + " 当前状态为“" + finding_status_label(finding.status) +
           "”，只有已整改待回头看的问题可以判为不合格";
  }
  finding.status = "open";
  finding.rectified_at.clear();
  finding.check_task.clear();
  finding.overdue = false;
  finding.overdue_at.clear();
  ++finding.round;
  return "";
}

bool flag_overdue(Finding& finding, const std::string& at) {
  if (finding.overdue || finding.status != "open") return false;
  finding.overdue = true;
  finding.overdue_at = at;
  return true;
}

std::string rectify_deadline(const std::string& found_date, const std::string& requested,
                             int workdays, const AddWorkdays& add_workdays) {
  if (requested.empty()) return add_workdays(found_date, workdays);
  if (!day_number(requested)) {
    throw std::invalid_argument("整改期限 '" + requested + "' 不是日期（应为 YYYY-MM-DD）");
  }
  if (days_between(found_date, requested) < 0) {
    throw std::invalid_argument("整改期限 " + requested + " 早于发现日期 " + found_date);
  }
  return requested;
}

AgeBucket age_bucket(int days) {
  if (days <= 3) return AgeBucket::up_to_3_days;
  if (days <= 7) return AgeBucket::days_4_to_7;
  return AgeBucket::over_7_days;
}

const char* age_bucket_label(AgeBucket bucket) {
  switch (bucket) {
    case AgeBucket::up_to_3_days: return "≤3天";
    case AgeBucket::days_4_to_7: return "4–7天";
    case AgeBucket::over_7_days: return ">7天";
  }
  return "?";
}

const char* age_bucket_key(AgeBucket bucket) {
  switch (bucket) {
    case AgeBucket::up_to_3_days: return "le3";
    case AgeBucket::days_4_to_7: return "4to7";
    case AgeBucket::over_7_days: return "gt7";
  }
  return "?";
}

bool open_on(const Finding& finding, const std::string& date) {
  if (days_between(finding.found_at, date) < 0) return false;
  return finding.closed_at.empty() || days_between(finding.closed_at, date) < 0;
}

bool overdue_on(const Finding& finding, const std::string& date) {
  if (!open_on(finding, date)) return false;
  if (!finding.rectified_at.empty() && days_between(finding.rectified_at, date) >= 0) return false;
  const bool flagged = !finding.overdue_at.empty() && days_between(finding.overdue_at, date) >= 0;
  return flagged || days_between(finding.deadline, date) > 0;
}

}  // namespace civilization
