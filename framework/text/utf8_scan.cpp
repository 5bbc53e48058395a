#include "text/utf8_scan.hpp"

#include <algorithm>

#include <utf8proc.h>

namespace duban::report_detail {

namespace {

constexpr std::int32_t kVariationSelector16 = 0xFE0F;  // "show as emoji"

bool is_regional_indicator(std::int32_t cp) {
  return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

// Accumulates the width of one cluster from its code points.
class ClusterWidth {
 public:
  void add(std::int32_t cp) {
    // utf8proc gives 0 to controls and combining marks and 1 to ambiguous-width
    // characters, which is what we want; the widest code point wins.
    widest_ = std::max(widest_, utf8proc_charwidth(cp));
    emoji_presentation_ = emoji_presentation_ || cp == kVariationSelector16;
    if (is_regional_indicator(cp)) ++regional_indicators_;
  }
  [[nodiscard]] std::size_t columns() const {
    // Terminals draw a flag (two regional indicators) and any FE0F emoji in two
    // columns, although utf8proc rates their code points narrow.
    if (emoji_presentation_ || regional_indicators_ >= 2) return 2;
    return static_cast<std::size_t>(std::max(widest_, 0));
  }

 private:
  int widest_ = 0;
  bool emoji_presentation_ = false;
  int regional_indicators_ = 0;
};

}  // namespace

CodePoint decode_at(std::string_view text, std::size_t pos) {
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                       static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  // An invalid byte stands for itself as one replacement character, so that a
  // damaged string still renders and never stalls the scan.
  if (n <= 0) return {kReplacementChar, 1, false};
  return {cp, static_cast<std::size_t>(n), true};
}

std::optional<Cluster> ClusterCursor::next() {
  if (pos_ >= text_.size()) return std::nullopt;
  Cluster cluster{pos_, pos_, 0};
  ClusterWidth width;
  CodePoint previous = decode_at(text_, pos_);
  width.add(previous.value);
  pos_ += previous.length;
  while (pos_ < text_.size()) {
    const CodePoint current = decode_at(text_, pos_);
    if (utf8proc_grapheme_break_stateful(previous.value, current.value, &break_state_)) break;
    width.add(current.value);
    pos_ += current.length;
    previous = current;
  }
  cluster.end = pos_;
  cluster.width = width.columns();
  return cluster;
}

}  // namespace duban::report_detail
