#pragma once
// The risk-cleared rule (风险消除) of return-to-poverty monitoring, as a pure
// function so that every edge case is unit-tested without a database.
//
// Basis (DOMAIN.md §3, 中农组发〔2021〕7号): income stable for at least half a
// year and above the monitoring line, large essential costs resolved, the
// basic guarantees (两不愁三保障及饮水) secure; a household without labour
// capacity is never marked as cleared (it stays monitored and is supported by
// social guarantees instead).

#include <map>
#include <string>
#include <vector>

#include "month.hpp"

namespace duban::village {

/// What the rule needs to know about a household besides its incomes.
struct HouseholdFacts {
  bool labour_capacity = true;       ///< 有劳动能力
  bool guarantees_met = false;       ///< 两不愁三保障及饮水安全 all secure
  bool large_costs_resolved = true;  ///< no unresolved large essential spending (大额刚性支出)
};

/// The rule's settings, from the plugin's configuration.
struct RiskRule {
  double line = 8050;     ///< monitoring line, yuan per person per year
  int stable_months = 6;  ///< consecutive months above the line required
};

/// Per-person income by month ("YYYY-MM" → yuan per person in that month).
using MonthlyIncome = std::map<std::string, double>;

/// The rule's verdict for one household, with every reason it fails (in Chinese).
struct RiskDecision {
  bool cleared = false;
  std::vector<std::string> reasons;  ///< empty when cleared
};

/// Whether one month's per-person income is above the (yearly) line: the
/// month's income annualised (×12) must exceed it strictly.
bool above_line(double monthly_income, double yearly_line);

/// Applies the rule for the assessment month `assessed`: the
/// `rule.stable_months` months ending with it must each have an income entry
/// above the line, and the facts must hold.
RiskDecision assess_risk(const HouseholdFacts& facts, const MonthlyIncome& income, Month assessed,
                         const RiskRule& rule);

/// A yuan amount for people: "8050", "670.8".
std::string format_yuan(double amount);

}  // namespace duban::village
