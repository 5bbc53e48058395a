#pragma once
// What the catalogue files define, and the check each makes of itself when
// it compiles: every key once, none empty. (tests/messages checks the same
// at run time, and that the languages agree on their placeholders.)

#include <span>

#include "messages/messages.hpp"

namespace duban {

std::span<const MessageEntry> zh_cn_catalogue();
std::span<const MessageEntry> en_catalogue();

/// True when `entries` give every key exactly one non-empty text.
template <std::size_t N>
constexpr bool covers_every_key_once(const MessageEntry (&entries)[N]) {
  std::array<int, kMessageCount> seen{};
  for (const MessageEntry& e : entries) {
    const auto i = static_cast<std::size_t>(e.key);
    if (i >= kMessageCount || e.text.empty() || seen[i]++ > 0) return false;
  }
  return N == kMessageCount;
}

}  // namespace duban
