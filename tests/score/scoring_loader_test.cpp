// scoring.toml: strict reading, every error with its position, all at once.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "score/scoring_rules.hpp"
#include "support/workspace_fixture.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> errors_of(const std::string& text, ScoringRules* out = nullptr) {
  Diagnostics d;
  ScoringRules rules = load_scoring_text(text, "scoring.toml", d);
  if (out) *out = std::move(rules);
  std::vector<std::string> lines;
  for (const auto& diagnostic : d.sorted()) lines.push_back(format_diagnostic(diagnostic));
  return lines;
}

TEST(ScoringLoader, ShippedDefaultLoadsCleanAndFollowsTheDomainWeights) {
  Diagnostics d;
  ScoringRules rules =
      load_scoring((test::examples_dir() / "workspace" / "scoring.toml").string(), d);
  EXPECT_TRUE(d.empty());
  ASSERT_EQ(rules.items.size(), 5u);
  std::vector<double> weights;
  for (const auto& item : rules.items) weights.push_back(*item.cap);
  EXPECT_THAT(weights, ElementsAre(50, 15, 20, 10, 5));
  EXPECT_EQ(rules.bonus.cap, 10);
  EXPECT_TRUE(rules.deduction.cap.has_value());
  ASSERT_NE(rules.manual_input("attendance"), nullptr);
  EXPECT_FALSE(rules.manual_input("attendance")->optional);
}

TEST(ScoringLoader, UnknownMetricIsPlacedOnItsNameWithASuggestion) {
  const auto errors = errors_of(R"toml([[item]]
id = "plan"
weight = 50
formula = "30 * closure_rate + 20 * on_time_rat"
)toml");
  EXPECT_THAT(errors, ElementsAre("scoring.toml:4:37: error: unknown metric or manual input "
                                  "'on_time_rat' (did you mean 'on_time_rate'?)"));
}

TEST(ScoringLoader, EveryProblemIsReportedAtOnce) {
  const auto errors = errors_of(R"toml([sheet]
full_marks = 100
unit_score = "median"

[[manual]]
id = "attendance"
min = 0
max = 100
maxx = 3

[[item]]
id = "plan"
weight = 50
formula = "30 * closure_rate +"

[[item]]
id = "discipline"
weight = 20
formula = "20 * attendence / 100"

[[item]]
id = "plan"
weight = "ten"
formula = "1"

[bonus]
cap = 10
[[bonus.item]]
id = "extra"
formula = "sqrt(chases)"
)toml");
  ASSERT_EQ(errors.size(), 8u) << ::testing::PrintToString(errors);
  EXPECT_THAT(errors[0], HasSubstr("scoring.toml:1:1: error: the item weights add up to 70, not "
                                   "full_marks = 100"));
  EXPECT_THAT(errors[1], HasSubstr("scoring.toml:3:14: error: unit_score is \"average\" or "
                                   "\"sum\", not \"median\""));
  EXPECT_THAT(
      errors[2],
      HasSubstr("scoring.toml:9:1: error: unknown key 'maxx' in [[manual]] (did you mean 'max'?)"));
  EXPECT_THAT(errors[3], HasSubstr("scoring.toml:14:31: error: formula: the formula ends"));
  EXPECT_THAT(errors[4], HasSubstr("scoring.toml:19:17: error: unknown metric or manual input "
                                   "'attendence' (did you mean 'attendance'?)"));
  EXPECT_THAT(errors[5], HasSubstr("scoring.toml:22:6: error: duplicate id 'plan'"));
  EXPECT_THAT(errors[6], HasSubstr("scoring.toml:23:10: error:"));
  EXPECT_THAT(errors[7], HasSubstr("scoring.toml:30:12: error: formula: unknown function 'sqrt'"));
}

TEST(ScoringLoader, IdsThatClashWithMetricsOrAreNotNamesAreRefused) {
  const auto errors = errors_of(R"toml([[manual]]
id = "chases"

[[manual]]
id = "出勤"

[[item]]
id = "a"
weight = 1
formula = "1"
)toml");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_THAT(errors[0], HasSubstr("scoring.toml:2:6: error: id 'chases' is the name of a task "
                                   "metric"));
  EXPECT_THAT(errors[1], HasSubstr("scoring.toml:5:6: error: id '出勤' must be letters"));
}

TEST(ScoringLoader, ManualInputsMayBeUsedBeforeTheyAreDeclared) {
  ScoringRules rules;
  EXPECT_TRUE(errors_of(R"toml([[item]]
id = "style"
weight = 10
formula = "study"

[[manual]]
id = "study"
max = 10
)toml",
                        &rules)
                  .empty());
  EXPECT_EQ(rules.manual.front().max, 10);
}

}  // namespace
}  // namespace duban
