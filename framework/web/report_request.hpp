#pragma once
// The period, filters and list length of a status or sections request,
// from the query: day or week (as `status --day/--week`), unit, person,
// workflow, tag, limit.

#include <cstddef>

#include "status/status_report.hpp"
#include "web/http.hpp"

namespace duban::web {

class WebApp;

/// Lists in an answer hold this many items unless `limit` says otherwise
/// (0: all), as a team lead reads the worst first; counts are always whole.
inline constexpr std::size_t kDefaultListLimit = 20;

struct ReportRequest {
  Period period;
  StatusFilter filter;
  LocalDateTime now;
  std::size_t limit = kDefaultListLimit;
};

/// Throws RuleError (invalid) for a bad day, week, limit, person or unit.
ReportRequest report_request(const WebApp& app, const Request& request);

}  // namespace duban::web
