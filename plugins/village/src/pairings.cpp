#include "pairings.hpp"

#include <algorithm>

namespace duban::village {
namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

ParsedPairings parse_pairings(const std::vector<std::string>& entries) {
  ParsedPairings parsed;
  for (const auto& entry : entries) {
    const auto colon = entry.find(':');
    Pairing pairing;
    if (colon != std::string::npos) {
      pairing = {trim(std::string_view(entry).substr(0, colon)),
                 trim(std::string_view(entry).substr(colon + 1))};
    }
    if (pairing.leader.empty() || pairing.village.empty() ||
        pairing.village.find(':') != std::string::npos) {
      parsed.errors.push_back("pairing '" + entry +
                              "' is not LEADER:VILLAGE (e.g. li-wenhua:xiaohe)");
      continue;
    }
    parsed.pairings.push_back(std::move(pairing));
  }
  return parsed;
}

std::vector<Pairing> merge_pairings(std::vector<Pairing> first, const std::vector<Pairing>& more) {
  for (const auto& pairing : more) {
    if (std::find(first.begin(), first.end(), pairing) == first.end()) first.push_back(pairing);
  }
  return first;
}

std::string visit_task_key(const Pairing& pairing) {
  return "visit-" + pairing.leader + "-" + pairing.village;
}

}  // namespace duban::village
