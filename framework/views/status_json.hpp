#pragma once
// The documented JSON of `status` (docs/json-output.md), shared by the
// command line and the web API.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

#include "status/status_report.hpp"

namespace duban {

/// Counts with both rates, rounded to four decimals.
nlohmann::json counts_json(const StatusCounts& counts);
/// Tasks of a status list, each with its live light and milestone when open.
nlohmann::json items_json(std::span<const StatusItem> items, const Definitions& defs);
/// The whole report; each list holds its first `limit` items (0: all).
nlohmann::json report_json(const StatusReport& r, const Definitions& defs, std::size_t limit);
/// The plugins' report sections, each with its error ("" when built).
nlohmann::json sections_json(const std::vector<PluginSection>& sections);

/// The first `limit` items (all of them for 0).
std::span<const StatusItem> first(const std::vector<StatusItem>& items, std::size_t limit);

}  // namespace duban
