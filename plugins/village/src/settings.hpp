#pragma once
// The plugin's configuration table, [plugins.village] in duban.toml.

#include <duban/sdk.hpp>
#include <string>
#include <vector>

#include "catalogue.hpp"
#include "pairings.hpp"
#include "risk_rule.hpp"

namespace duban::village {

/// [plugins.village], read once per call from Context::config().
struct Settings {
  RiskRule rule;                 ///< monitoring line and months of stable income
  std::vector<Term> categories;  ///< category ids with their configured names
  ParsedPairings pairings;       ///< leader ↔ village pairings from `pairings`
  int visit_due_day = 25;        ///< day of the month a leadership visit is due
  std::string visit_policy;      ///< deadline policy of visit tasks ("" = workspace default)
  std::string measure_policy;    ///< deadline policy of measure tasks ("" = workspace default)
};

/// The schema the core checks [plugins.village] against.
sdk::Schema settings_schema();
/// The settings from the (already checked) config JSON; missing keys take defaults.
Settings read_settings(const nlohmann::json& config);
/// The configured name of category `id` (the id itself if unknown).
std::string category_name(const Settings& settings, const std::string& id);

}  // namespace duban::village
