#pragma once
// GitHub-flavoured Markdown tables, for reports pasted into issues and wikis.

#include <string>
#include <vector>

#include "text/text_table.hpp"  // Align

namespace duban {

/// A GitHub pipe table: header line, alignment line ("---", ":---" or "---:"),
/// one line per row, each ending in '\n'. In cells, '|' and '\' are escaped
/// with a backslash and line breaks (LF, CR or CRLF) become "<br>". `align`
/// may be empty (no alignment marks) or give one entry per column. Short rows
/// get empty cells; a row longer than the header or an `align` of the wrong
/// size throws std::invalid_argument. An empty header gives "".
[[nodiscard]] std::string to_markdown_table(const std::vector<std::string>& header,
                                            const std::vector<std::vector<std::string>>& rows,
                                            const std::vector<Align>& align = {});

}  // namespace duban
