// The risk-cleared rule (风险消除) and its edge cases.

#include "risk_rule.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace duban::village {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr RiskRule rule{8050, 6};  // the line of 8050 is 670.83 a month
constexpr Month march{2026, 3};
constexpr HouseholdFacts able{true, true, true};

// Six months ending with March, each at `amount`.
MonthlyIncome six_months_at(double amount) {
  MonthlyIncome income;
  for (const Month m : months_ending(march, 6)) income[format_month(m)] = amount;
  return income;
}

TEST(RiskRule, ClearsSixMonthsAboveTheLineWithGuarantees) {
  const auto decision = assess_risk(able, six_months_at(900), march, rule);
  EXPECT_TRUE(decision.cleared);
  EXPECT_TRUE(decision.reasons.empty());
}

TEST(RiskRule, NeverClearsAHouseholdWithoutLabourCapacity) {
  HouseholdFacts no_labour = able;
  no_labour.labour_capacity = false;
  const auto decision = assess_risk(no_labour, six_months_at(5000), march, rule);
  EXPECT_FALSE(decision.cleared);
  EXPECT_THAT(decision.reasons, ElementsAre(HasSubstr("无劳动能力")));
}

TEST(RiskRule, GuaranteesNotMetKeepsItMonitored) {
  HouseholdFacts unmet = able;
  unmet.guarantees_met = false;
  const auto decision = assess_risk(unmet, six_months_at(900), march, rule);
  EXPECT_FALSE(decision.cleared);
  EXPECT_THAT(decision.reasons, ElementsAre(HasSubstr("两不愁三保障")));
}

TEST(RiskRule, UnresolvedLargeCostsKeepItMonitored) {
  HouseholdFacts costs = able;
  costs.large_costs_resolved = false;
  EXPECT_FALSE(assess_risk(costs, six_months_at(900), march, rule).cleared);
}

TEST(RiskRule, FiveMonthsAreNotEnough) {
  auto income = six_months_at(900);
  income.erase("2025-10");
  const auto decision = assess_risk(able, income, march, rule);
  EXPECT_FALSE(decision.cleared);
  EXPECT_THAT(decision.reasons, ElementsAre("2025-10 无人均收入记录"));
}

TEST(RiskRule, OneMonthBelowTheLineBreaksTheRun) {
  auto income = six_months_at(900);
  income["2026-01"] = 600;
  const auto decision = assess_risk(able, income, march, rule);
  EXPECT_FALSE(decision.cleared);
  EXPECT_THAT(decision.reasons, ElementsAre(HasSubstr("2026-01 人均收入600元")));
}

TEST(RiskRule, ExactlyOnTheLineIsNotAbove) {
  const MonthlyIncome on_the_line = six_months_at(12000.0 / 12.0);
  EXPECT_FALSE(assess_risk(able, on_the_line, march, RiskRule{12000, 6}).cleared);
  EXPECT_TRUE(assess_risk(able, six_months_at(1000.5), march, RiskRule{12000, 6}).cleared);
}

TEST(RiskRule, MonthsAfterTheAssessedMonthDoNotCount) {
  // Incomes of April to September would make six months, but only the six
  // months up to the assessment month count.
  MonthlyIncome income;
  for (const Month m : months_ending({2026, 9}, 6)) income[format_month(m)] = 900;
  EXPECT_FALSE(assess_risk(able, income, march, rule).cleared);
}

TEST(RiskRule, OlderMonthsBelowTheLineDoNotMatter) {
  auto income = six_months_at(900);
  income["2025-09"] = 100;  // the seventh month back
  EXPECT_TRUE(assess_risk(able, income, march, rule).cleared);
}

TEST(RiskRule, EveryReasonIsReported) {
  HouseholdFacts nothing{false, false, false};
  const auto decision = assess_risk(nothing, {}, march, rule);
  EXPECT_EQ(decision.reasons.size(), 3U + 6U);
}

TEST(RiskRule, StableMonthsComeFromTheRule) {
  MonthlyIncome income{{"2026-02", 900}, {"2026-03", 900}};
  EXPECT_TRUE(assess_risk(able, income, march, RiskRule{8050, 2}).cleared);
  EXPECT_FALSE(assess_risk(able, income, march, RiskRule{8050, 3}).cleared);
}

TEST(RiskRule, YuanAreShownWithoutNeedlessDecimals) {
  EXPECT_EQ(format_yuan(8050), "8050");
  EXPECT_EQ(format_yuan(8050.0 / 12.0), "670.8");
}

}  // namespace
}  // namespace duban::village
