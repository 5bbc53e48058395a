#pragma once
// `{{name}}` placeholders in titles, owners and dates.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace duban {

struct PlaceholderUse {
  std::string name;        ///< trimmed text between the braces, e.g. "unit.name"
  std::size_t offset = 0;  ///< byte offset of "{{" in the text
};

/// Every placeholder in `text`. An unclosed "{{" sets `error`.
std::vector<PlaceholderUse> find_placeholders(std::string_view text, std::string& error);

/// Replaces each placeholder with its value; names without a value are left
/// as written and added to `missing`.
std::string render_placeholders(std::string_view text,
                                const std::map<std::string, std::string, std::less<>>& values,
                                std::vector<std::string>& missing);

}  // namespace duban
