#pragma once
// The task metrics a score formula can read: one set per person for one
// week, computed from the store (tasks and the event log) at "now".
//
// A task counts for each of its owners. Tasks are judged once due: those due
// in the week and before now (all of the week once it is over); cancelled
// tasks are left out. Rates are 1 when nothing was due (nothing was missed).

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dates/period.hpp"
#include "messages/message_keys.hpp"
#include "store/store.hpp"

namespace duban {

/// One metric: its name in formulas, what it means, and for a rate the
/// counts it divides (so an explanation can show "3/4").
struct MetricInfo {
  std::string_view name;
  Msg label;                     ///< the short label reports show
  std::string_view description;  ///< one line for docs and messages
  std::string_view numerator;    ///< for rates: the metric counted, else ""
  std::string_view denominator;  ///< for rates: the metric counted against
};

/// Every metric, in the order reports list them.
const std::vector<MetricInfo>& metric_infos();
const MetricInfo* metric_info(std::string_view name);
std::vector<std::string> metric_names();

using MetricValues = std::map<std::string, double, std::less<>>;

/// Metrics of each person in `people` for `week` as seen at `now`. Every
/// person gets every metric.
std::map<std::string, MetricValues> week_metrics(Store& store, const Period& week,
                                                 LocalDateTime now,
                                                 const std::vector<std::string>& people);

}  // namespace duban
