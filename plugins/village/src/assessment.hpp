#pragma once
// Applying the risk-cleared rule to every monitored household for a month:
// shared by `duban village assess` and the automatic kind village.risk-review.

#include <duban/sdk.hpp>
#include <string>
#include <vector>

#include "month.hpp"

namespace duban::village {

/// The verdict for one household.
struct HouseholdVerdict {
  std::string household;
  std::string head;
  std::string village;
  bool cleared = false;          ///< cleared by this assessment
  bool already_cleared = false;  ///< cleared before; not assessed again
  std::vector<std::string> reasons;
};

/// Assesses every household for `month`. When `apply`, marks the newly
/// cleared ones (state cleared, cleared_on today) and keeps an assessment
/// record; otherwise only reports.
std::vector<HouseholdVerdict> assess_month(sdk::Context& context, Month month, bool apply);

/// The verdicts as JSON: {"month", "cleared": [...], "kept": [{id, reasons}], ...}.
nlohmann::json verdicts_json(Month month, const std::vector<HouseholdVerdict>& verdicts);

/// "消除 2 户，继续监测 3 户" for a task's message.
std::string verdicts_summary(Month month, const std::vector<HouseholdVerdict>& verdicts);

}  // namespace duban::village
