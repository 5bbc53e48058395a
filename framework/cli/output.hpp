#pragma once
// Printing rows of a report in the format the user asked for.

#include <string>
#include <vector>

#include "cli/command.hpp"
#include "text/text_table.hpp"

namespace duban::cli {

using Row = std::vector<std::string>;
using Rows = std::vector<Row>;

/// Prints rows as an aligned table (by display width), CSV with a BOM, or Markdown.
/// `colors`, when given, colours whole rows in a terminal table (one per row).
void print_rows(CommandContext& ctx, const std::string& format, const Row& header, const Rows& rows,
                const std::vector<Color>& colors = {});

}  // namespace duban::cli
