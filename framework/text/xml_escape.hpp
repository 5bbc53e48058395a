#pragma once
// Text made safe inside XML and HTML elements and quoted attributes.

#include <string>
#include <string_view>

namespace duban {

/// & < > " ' as entities; everything else (UTF-8 included) unchanged.
std::string xml_escaped(std::string_view text);

}  // namespace duban
