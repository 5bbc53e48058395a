#pragma once
/// @file
/// The "(did you mean 'owner'?)" the core appends to a refused name, so that
/// the test double's messages read exactly like the core's. Not part of the
/// SDK's interface: only the double's headers use it.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duban::testing::detail {

/// Splits UTF-8 into code points; an invalid byte counts as one of its own.
inline std::vector<std::uint32_t> code_points(std::string_view text) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80           ? 1
                         : (lead >> 5) == 0x6  ? 2
                         : (lead >> 4) == 0xE  ? 3
                         : (lead >> 3) == 0x1E ? 4
                                               : 1;
    if (i + length > text.size()) length = 1;
    std::uint32_t value = 0;
    for (std::size_t k = 0; k < length; ++k) {
      value = (value << 8) | static_cast<unsigned char>(text[i + k]);
    }
    out.push_back(value);
    i += length;
  }
  return out;
}

/// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, by code point.
inline int edit_distance(std::string_view a, std::string_view b) {
  const auto x = code_points(a);
  const auto y = code_points(b);
  std::vector<std::vector<int>> d(x.size() + 1, std::vector<int>(y.size() + 1));
  for (std::size_t i = 0; i <= x.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= y.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[x.size()][y.size()];
}

/// " (did you mean 'X'?)" for the nearest candidate within a third of the
/// name's length, or "" (names shorter than three get no suggestion).
inline std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  const auto length = static_cast<int>(code_points(name).size());
  if (length < 3) return "";
  const int limit = std::max(1, length / 3);
  std::optional<std::string> best;
  int best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    const int distance = edit_distance(name, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best ? " (did you mean '" + *best + "'?)" : std::string();
}

}  // namespace duban::testing::detail
