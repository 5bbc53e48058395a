#include "risk_rule.hpp"

#include <cmath>
#include <cstdio>

namespace duban::village {

bool above_line(double monthly_income, double yearly_line) {
  return monthly_income * 12.0 > yearly_line;
}

std::string format_yuan(double amount) {
  char buffer[32];
  if (std::nearbyint(amount) == amount) {
    std::snprintf(buffer, sizeof buffer, "%.0f", amount);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f", amount);
  }
  return buffer;
}

namespace {

// The income reasons: one per month missing or at/below the line.
void check_incomes(const MonthlyIncome& income, Month assessed, const RiskRule& rule,
                   std::vector<std::string>& reasons) {
  for (const Month month : months_ending(assessed, rule.stable_months)) {
    const std::string key = format_month(month);
    const auto entry = income.find(key);
    if (entry == income.end()) {
      reasons.push_back(key + " 无人均收入记录");
    } else if (!above_line(entry->second, rule.line)) {
      reasons.push_back(key + " 人均收入" + format_yuan(entry->second) + "元，未高于监测线（月均" +
                        format_yuan(rule.line / 12.0) + "元）");
    }
  }
}

}  // namespace

RiskDecision assess_risk(const HouseholdFacts& facts, const MonthlyIncome& income, Month assessed,
                         const RiskRule& rule) {
  RiskDecision decision;
  // Checked first and always reported: no income record can outweigh it.
  if (!facts.labour_capacity) decision.reasons.emplace_back("无劳动能力，不标注风险消除");
  if (!facts.guarantees_met) decision.reasons.emplace_back("两不愁三保障及饮水安全未全部保障");
  if (!facts.large_costs_resolved) decision.reasons.emplace_back("大额刚性支出尚未解决");
  check_incomes(income, assessed, rule, decision.reasons);
  decision.cleared = decision.reasons.empty();
  return decision;
}

}  // namespace duban::village
