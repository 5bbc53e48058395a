#pragma once
// "Did you mean …?" suggestions for misspelt names.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duban {

/// Optimal-string-alignment edit distance between two UTF-8 strings, counted
/// in code points so that a mistyped Chinese character counts once.
int edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `name`, if one is close enough to be a likely typo.
std::optional<std::string> nearest_name(std::string_view name,
                                        const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "" when nothing is near.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace duban
