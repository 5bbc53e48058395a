#pragma once
// Building HTML text: every piece of data goes through esc(), and the
// small pieces every page repeats (lights, links, count tables) live here.

#include <string>
#include <string_view>
#include <vector>

namespace duban::web::html {

/// Text made safe inside elements and quoted attributes.
std::string esc(std::string_view text);

/// `<tag attrs>inner</tag>`; `attrs` is written as given (already escaped).
std::string element(std::string_view tag, std::string_view attrs, std::string_view inner);

/// A table: header cells, then rows of cells, each already HTML.
std::string table(std::string_view css_class, const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows);

}  // namespace duban::web::html
