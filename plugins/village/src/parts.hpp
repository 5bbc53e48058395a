#pragma once
// Each file registers one part of the plugin; plugin.cpp calls them all.

#include <duban/sdk.hpp>

namespace duban::village {

/// Everything the plugin adds: config schema, record types, commands, kinds,
/// hooks and the report section.
void register_all(sdk::Registry& registry);

/// `village village add|list` and `village income`.
void add_village_commands(sdk::Registry& registry);
/// `village household add|set|list|show`.
void add_household_command(sdk::Registry& registry);
/// The monthly leadership visit: kind village.plan-visits and `village visit`.
void add_visit_parts(sdk::Registry& registry);
/// Assistance measures: `village measure add|done|list` and the task hooks.
void add_measure_parts(sdk::Registry& registry);
/// The risk-cleared rule: `village assess` and kind village.risk-review.
void add_assessment_parts(sdk::Registry& registry);
/// The report section of `duban status`.
void add_report_section(sdk::Registry& registry);

}  // namespace duban::village
