#pragma once
// CSV export meant to be opened in Excel by office staff.

#include <string>
#include <vector>

namespace duban {

/// RFC 4180 CSV: fields holding a comma, quote, CR or LF are quoted (quotes
/// doubled), every record ends in CRLF. With `excel_bom` the text starts with
/// a UTF-8 byte order mark, without which Excel reads Chinese as mojibake.
/// An empty `header` writes no header record.
///
/// Against formula injection, a field starting with '=', '+', '-', '@', tab or
/// CR gets a leading apostrophe so Excel shows it as text; plain numbers such
/// as "-3", "+2" or "-0.5" are left untouched.
[[nodiscard]] std::string to_csv(const std::vector<std::string>& header,
                                 const std::vector<std::vector<std::string>>& rows,
                                 bool excel_bom = true);

}  // namespace duban
