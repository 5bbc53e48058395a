#include "task_outcome.hpp"

namespace duban::village {
namespace {

// The last entry of detail[list] for which `pick` gives a non-empty text.
template <typename Pick>
std::string last_text(const nlohmann::json& detail, const char* list, Pick pick) {
  if (!detail.is_object() || !detail.contains(list) || !detail.at(list).is_array()) return {};
  const auto& entries = detail.at(list);
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (!it->is_object()) continue;
    std::string text = pick(*it);
    if (!text.empty()) return text;
  }
  return {};
}

}  // namespace

std::string outcome_from_detail(const nlohmann::json& detail) {
  std::string reason = last_text(detail, "reasons", [](const nlohmann::json& entry) {
    return entry.value("state", "") == "done" ? entry.value("reason", "") : std::string{};
  });
  if (!reason.empty()) return reason;
  return last_text(detail, "notes",
                   [](const nlohmann::json& entry) { return entry.value("text", ""); });
}

}  // namespace duban::village
