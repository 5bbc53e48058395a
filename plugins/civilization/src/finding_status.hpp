#pragma once
// The life of a finding: open → rectified → checked → closed (销号), and the
// deadline and age rules around it. Pure functions on model.hpp's structs.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace civilization {

/// The statuses in order; a finding only moves one step forward.
inline const std::vector<std::string>& finding_statuses() {
  static const std::vector<std::string> statuses{"open", "rectified", "checked", "closed"};
  return statuses;
}
/// 待整改, 已整改待回头看, 已回头看, 已销号.
std::string finding_status_label(std::string_view status);

/// Moves `finding` to `status` at `at` (a datetime), setting that step's
/// time. Returns "" on success, else why the move is refused (a skipped or
/// backward step, an unknown status); the finding is then unchanged.
std::string advance_finding(Finding& finding, std::string_view status, const std::string& at);

/// A follow-up check that failed (回头看不合格): a rectified finding goes
/// back to open for another round; its check task and rectification time
/// are cleared and the overdue flag starts afresh. Returns "" or why not.
std::string reopen_finding(Finding& finding);

/// Flags an open finding's rectification as overdue at `at`. Returns false
/// (and changes nothing) when already flagged or no longer open.
bool flag_overdue(Finding& finding, const std::string& at);

/// Adds working days to a date: the core's calendar in the plugin, a fake in tests.
using AddWorkdays = std::function<std::string(const std::string& date, int days)>;

/// The rectification deadline of a finding found on `found_date`: the
/// explicit `requested` date when given (it must be a real date not before
/// the finding), else `workdays` working days later. Throws
/// std::invalid_argument with a message for people on a bad date.
std::string rectify_deadline(const std::string& found_date, const std::string& requested,
                             int workdays, const AddWorkdays& add_workdays);

/// Age classes of open problems in the report.
enum class AgeBucket { up_to_3_days, days_4_to_7, over_7_days };
/// The class of a problem `days` days old.
AgeBucket age_bucket(int days);
/// "≤3天", "4–7天", ">7天".
const char* age_bucket_label(AgeBucket bucket);
/// "le3", "4to7", "gt7": keys of the JSON figures.
const char* age_bucket_key(AgeBucket bucket);

/// Whether `finding` was still open (not closed) at the end of `date`, and
/// had been found by then.
bool open_on(const Finding& finding, const std::string& date);

/// Whether `finding` was overdue at the end of `date`: not yet rectified
/// then, and past its deadline (or flagged by tick by then). Reads the
/// times, not the current status, so past periods count as they were.
bool overdue_on(const Finding& finding, const std::string& date);

}  // namespace civilization
