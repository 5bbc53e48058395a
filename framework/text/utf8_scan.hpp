#pragma once
// Internal to the report module (not installed, not included by callers):
// code-point decoding and grapheme-cluster splitting on top of utf8proc, shared
// by the width functions and the table's cell cleaning.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace duban::report_detail {

inline constexpr std::int32_t kReplacementChar = 0xFFFD;

struct CodePoint {
  std::int32_t value = 0;  ///< U+FFFD when the bytes were not valid UTF-8
  std::size_t length = 0;  ///< bytes consumed (1 for an invalid byte)
  bool valid = true;       ///< false when `value` replaces an invalid byte
};

/// Decodes the code point starting at byte `pos` (pos < text.size()).
CodePoint decode_at(std::string_view text, std::size_t pos);

/// One user-perceived character: bytes [begin, end) of the text and its columns.
struct Cluster {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t width = 0;
};

/// Walks a UTF-8 string one grapheme cluster at a time.
class ClusterCursor {
 public:
  explicit ClusterCursor(std::string_view text) : text_(text) {}
  /// The next cluster, or nullopt at the end of the text.
  std::optional<Cluster> next();

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  // utf8proc's break state must follow the whole string, not one cluster,
  // or emoji ZWJ sequences and regional-indicator pairs split wrongly.
  std::int32_t break_state_ = 0;
};

}  // namespace duban::report_detail
