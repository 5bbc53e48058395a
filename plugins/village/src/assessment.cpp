#include "assessment.hpp"

#include "cli_support.hpp"
#include "record_types.hpp"
#include "risk_rule.hpp"
#include "settings.hpp"

namespace duban::village {
namespace {

using nlohmann::json;

MonthlyIncome incomes_of(sdk::Context& context, const std::string& household) {
  MonthlyIncome income;
  for (const auto& r : context.records().find({type::income, {{"household", household}}, 0})) {
    income[r.data.value("month", "")] = r.data.value("amount", 0.0);
  }
  return income;
}

HouseholdFacts facts_of(const json& data) {
  return {data.value("labour", true), data.value("guarantees", false),
          !data.value("large_costs", false)};
}

void keep_record(sdk::Context& context, Month month,
                 const std::vector<HouseholdVerdict>& verdicts) {
  json cleared = json::array();
  json kept = json::array();
  for (const auto& v : verdicts) {
    if (v.cleared) cleared.push_back(v.household);
    if (!v.cleared && !v.already_cleared) {
      std::string line = v.household + "：";
      for (std::size_t i = 0; i < v.reasons.size(); ++i) line += (i ? "；" : "") + v.reasons[i];
      kept.push_back(line);
    }
  }
  context.records().put(type::assessment, format_month(month),
                        {{"month", format_month(month)},
                         {"by", context.actor()},
                         {"at", context.now()},
                         {"cleared", cleared},
                         {"kept", kept}});
}

}  // namespace

std::vector<HouseholdVerdict> assess_month(sdk::Context& context, Month month, bool apply) {
  const Settings settings = read_settings(context.config());
  std::vector<HouseholdVerdict> verdicts;
  for (auto& household : context.records().find({type::household, {}, 0})) {
    HouseholdVerdict verdict;
    verdict.household = household.id;
    verdict.head = household.data.value("head", "");
    verdict.village = household.data.value("village", "");
    if (household.data.value("state", "monitored") == "cleared") {
      verdict.already_cleared = true;
      verdicts.push_back(verdict);
      continue;
    }
    const auto decision = assess_risk(facts_of(household.data), incomes_of(context, household.id),
                                      month, settings.rule);
    verdict.cleared = decision.cleared;
    verdict.reasons = decision.reasons;
    if (apply && decision.cleared) {
      household.data["state"] = "cleared";
      household.data["cleared_on"] = today(context);
      context.records().put(type::household, household.id, household.data);
    }
    verdicts.push_back(std::move(verdict));
  }
  if (apply) keep_record(context, month, verdicts);
  return verdicts;
}

json verdicts_json(Month month, const std::vector<HouseholdVerdict>& verdicts) {
  json cleared = json::array();
  json kept = json::array();
  json earlier = json::array();
  for (const auto& v : verdicts) {
    if (v.already_cleared) {
      earlier.push_back(v.household);
    } else if (v.cleared) {
      cleared.push_back(v.household);
    } else {
      kept.push_back({{"household", v.household}, {"head", v.head}, {"reasons", v.reasons}});
    }
  }
  return {{"month", format_month(month)},
          {"cleared", cleared},
          {"kept", kept},
          {"cleared_before", earlier}};
}

std::string verdicts_summary(Month month, const std::vector<HouseholdVerdict>& verdicts) {
  int cleared = 0;
  int kept = 0;
  for (const auto& v : verdicts) {
    if (v.cleared) ++cleared;
    if (!v.cleared && !v.already_cleared) ++kept;
  }
  return month_title(month) + "风险消除评估：消除 " + std::to_string(cleared) + " 户，继续监测 " +
         std::to_string(kept) + " 户";
}

}  // namespace duban::village
