#pragma once
// Reads a roster definition from TOML, strictly: every problem (unknown key,
// wrong type, unknown person, team, post, tag or role, impossible times) is
// recorded with its position, all at once. See docs/roster-schema.md.

#include <duban/diagnostic.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "org/organisation.hpp"
#include "roster/roster_definition.hpp"

namespace duban {

/// Loads the roster file at `path`; nullopt when the file cannot be parsed.
/// References are checked against `org`. Check diagnostics for errors.
std::optional<RosterDefinition> load_roster(const std::string& path, const Organisation& org,
                                            Diagnostics& diagnostics);
/// The same from text that claims to come from `path` (tests).
std::optional<RosterDefinition> load_roster_text(std::string_view text, const std::string& path,
                                                 const Organisation& org, Diagnostics& diagnostics);

}  // namespace duban
