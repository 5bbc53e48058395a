#pragma once
// Reads one `[[task]]` table of a workflow file.

#include <toml++/toml.h>

#include <duban/diagnostic.hpp>

#include "workflow/workflow_definition.hpp"

namespace duban {

/// `index` is the task's 1-based position in the file, used in messages
/// when its id is missing.
TaskTemplate read_task_template(const toml::table& table, const std::string& path,
                                Diagnostics& diagnostics, int index);

/// Parses a `for_each` text: "units", "units:KIND", "teams", "teams:TAG",
/// "people:TAG" or "list:NAME". Returns Over::none and sets `error` if malformed.
FanOut parse_fan_out(std::string_view text, std::string& error);

}  // namespace duban
