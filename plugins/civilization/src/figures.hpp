#pragma once
// Gathers the roll-up figures of a period from the workspace (records and
// patrol tasks): shared by the weekly dispatch and the status section.

#include <duban/sdk.hpp>
#include <string>

#include "rollup.hpp"

namespace civilization {

/// The figures of [first, last], never looking past today (the context's
/// clock): open findings are aged at the earlier of `last` and today, and
/// volunteer hours count from the Monday of `first`'s week. With `person`
/// (status --person), only the areas that person patrols or leads (team
/// leader, member or cadre), their findings and patrols, and that person's
/// hours.
Figures gather_figures(duban::sdk::Context& context, const std::string& first,
                       const std::string& last, const std::string& person = "");

}  // namespace civilization
