#pragma once
// Leader ↔ village pairings (包村领导): who visits which village each month.
// The configuration gives them as text ("li-wenhua:xiaohe") because a plugin
// config schema has no nested tables; a village record may name its leaders too.

#include <string>
#include <string_view>
#include <vector>

namespace duban::village {

/// One leader who visits one village every month.
struct Pairing {
  std::string leader;   ///< person id
  std::string village;  ///< village record id
  friend bool operator==(const Pairing&, const Pairing&) = default;
};

/// The pairings of `entries` ("leader:village"), plus a message per malformed entry.
struct ParsedPairings {
  std::vector<Pairing> pairings;
  std::vector<std::string> errors;
};

/// Parses "leader:village" entries; blanks around either part are trimmed.
ParsedPairings parse_pairings(const std::vector<std::string>& entries);

/// `first` then those of `more` not already in it, in order.
std::vector<Pairing> merge_pairings(std::vector<Pairing> first, const std::vector<Pairing>& more);

/// The task key of a pairing's visit in a month's run: "visit-LEADER-VILLAGE".
std::string visit_task_key(const Pairing& pairing);

}  // namespace duban::village
