#pragma once
// Terminal column widths of UTF-8 text, so that tables with Chinese names,
// accented letters and emoji line up.

#include <cstddef>
#include <string>
#include <string_view>

namespace duban {

/// Columns `utf8` takes in a terminal. Counted per grapheme cluster: CJK and
/// emoji are 2, combining marks and control characters 0, ambiguous-width
/// characters 1, an invalid byte 1 (it shows as U+FFFD).
/// "编译项目" → 8, "é" (composed or decomposed) → 1, "🇨🇳" → 2.
[[nodiscard]] std::size_t display_width(std::string_view utf8);

/// `utf8` followed by spaces up to `width` columns; unchanged when already as wide.
[[nodiscard]] std::string pad_right(std::string_view utf8, std::size_t width);

/// Spaces then `utf8`, `width` columns in all; unchanged when already as wide.
[[nodiscard]] std::string pad_left(std::string_view utf8, std::size_t width);

/// `utf8` unchanged when it fits in `width` columns; otherwise its longest
/// prefix of whole grapheme clusters followed by "…" (1 column), never wider
/// than `width`. A width of 0 gives "".
[[nodiscard]] std::string truncate_to_width(std::string_view utf8, std::size_t width);

}  // namespace duban
