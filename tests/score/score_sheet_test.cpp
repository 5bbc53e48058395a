// Scoring a week from metrics and entries: caps, groups, missing entries, units.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "org/org_loader.hpp"
#include "score/score_sheet.hpp"
#include "support/workspace_fixture.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;

constexpr const char* kRules = R"toml([sheet]
unit_score = "average"

[[manual]]
id = "attendance"
min = 0
max = 100

[[manual]]
id = "late"
max = 10
optional = true

[[manual]]
id = "adopted"
max = 10
optional = true

[[item]]
id = "plan"
weight = 50
formula = "60 * on_time_rate"          # can exceed the weight

[[item]]
id = "discipline"
weight = 20
formula = "20 * attendance / 100 - 5 * late"   # can fall below zero

[bonus]
cap = 10
[[bonus.item]]
id = "info"
formula = "4 * adopted"
[[bonus.item]]
id = "small"
formula = "3 * adopted"
cap = 5

[deduction]
cap = 3
[[deduction.item]]
id = "chased"
formula = "2 * chases"
)toml";

class ScoreSheetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics d;
    rules = load_scoring_text(kRules, "scoring.toml", d);
    ASSERT_TRUE(d.empty()) << format_diagnostic(d.sorted().front());
    org = load_organisation((test::examples_dir() / "workspace" / "org.toml").string(), d);
    ASSERT_FALSE(d.has_errors());
  }
  static ScoreEntryRecord entry(const std::string& person, const std::string& item, double value) {
    ScoreEntryRecord e;
    e.id = "2026-W10/" + person + "/" + item;
    e.week = "2026-W10";
    e.person = person;
    e.item = item;
    e.value = value;
    e.entered_by = "liu-xiaoyan";
    e.entered_at = "2026-03-06T18:00";
    return e;
  }
  ScoreSheet score(const std::vector<std::string>& people,
                   const std::map<std::string, MetricValues>& m,
                   const std::vector<ScoreEntryRecord>& entries) {
    return score_week(rules, org, *parse_period("2026-W10"), "2026-03-06T18:00", people, m,
                      entries);
  }
  static MetricValues metrics(double on_time_rate, double chases) {
    return {{"on_time_rate", on_time_rate}, {"chases", chases}};
  }
  static const ScorePart& part(const PersonScore& p, const std::string& id) {
    for (const auto& part : p.parts) {
      if (part.item->id == id) return part;
    }
    throw std::out_of_range(id);
  }
  ScoringRules rules;
  Organisation org;
};

TEST_F(ScoreSheetTest, ItemPointsAreHeldBetweenZeroAndTheWeight) {
  auto sheet = score({"sun-hao"}, {{"sun-hao", metrics(1.0, 0)}},
                     {entry("sun-hao", "attendance", 50), entry("sun-hao", "late", 3)});
  const auto& p = sheet.people.at(0);
  EXPECT_DOUBLE_EQ(*part(p, "plan").raw, 60);
  EXPECT_DOUBLE_EQ(*part(p, "plan").points, 50);
  EXPECT_EQ(part(p, "plan").cap, CapApplied::at_most);
  EXPECT_DOUBLE_EQ(*part(p, "discipline").raw, -5);
  EXPECT_DOUBLE_EQ(*part(p, "discipline").points, 0);
  EXPECT_EQ(part(p, "discipline").cap, CapApplied::at_least_zero);
  EXPECT_DOUBLE_EQ(p.total, 50);
  EXPECT_TRUE(p.complete());
}

TEST_F(ScoreSheetTest, BonusLinesAndGroupsAreCapped) {
  auto sheet = score({"sun-hao"}, {{"sun-hao", metrics(0.5, 4)}},
                     {entry("sun-hao", "attendance", 100), entry("sun-hao", "adopted", 2)});
  const auto& p = sheet.people.at(0);
  EXPECT_DOUBLE_EQ(*part(p, "info").points, 8);
  EXPECT_DOUBLE_EQ(*part(p, "small").points, 5);  // 6, line cap 5
  EXPECT_EQ(part(p, "small").cap, CapApplied::at_most);
  EXPECT_DOUBLE_EQ(p.bonus.sum, 13);
  EXPECT_DOUBLE_EQ(p.bonus.points, 10);
  EXPECT_TRUE(p.bonus.capped);
  EXPECT_DOUBLE_EQ(p.deduction.sum, 8);
  EXPECT_DOUBLE_EQ(p.deduction.points, 3);
  EXPECT_TRUE(p.deduction.capped);
  EXPECT_DOUBLE_EQ(p.total, 30 + 20 + 10 - 3);
}

TEST_F(ScoreSheetTest, AMissingEntryIsMissingNotZero) {
  auto sheet = score({"sun-hao"}, {{"sun-hao", metrics(1.0, 0)}}, {});
  const auto& p = sheet.people.at(0);
  const auto& discipline = part(p, "discipline");
  EXPECT_FALSE(discipline.points.has_value());
  EXPECT_FALSE(discipline.raw.has_value());
  EXPECT_THAT(discipline.missing, ElementsAre("attendance"));
  // The optional input with no entry counts as 0, and says so.
  ASSERT_EQ(discipline.inputs.size(), 2u);
  EXPECT_FALSE(discipline.inputs[0].value.has_value());
  EXPECT_TRUE(discipline.inputs[1].defaulted);
  EXPECT_FALSE(p.complete());
  EXPECT_THAT(p.missing, ElementsAre("attendance"));
  EXPECT_DOUBLE_EQ(p.total, 50);  // the parts that have points
}

TEST_F(ScoreSheetTest, AUnitScoresTheAverageOfItsCompleteSheets) {
  auto sheet = score({"liu-xiaoyan", "sun-hao", "zhou-ting"},
                     {{"liu-xiaoyan", metrics(1.0, 0)},
                      {"sun-hao", metrics(0.5, 0)},
                      {"zhou-ting", metrics(1.0, 0)}},
                     {entry("liu-xiaoyan", "attendance", 100), entry("sun-hao", "attendance", 90)});
  ASSERT_EQ(sheet.units.size(), 1u);
  const auto& office = sheet.units[0];
  EXPECT_EQ(office.unit->id, "office");
  EXPECT_EQ(office.people, 3);
  EXPECT_EQ(office.complete, 2);
  EXPECT_DOUBLE_EQ(*office.score, (70.0 + 48.0) / 2);

  rules.unit_score = UnitScore::sum;
  auto summed = score(
      {"liu-xiaoyan", "sun-hao"}, {{"liu-xiaoyan", metrics(1.0, 0)}, {"sun-hao", metrics(0.5, 0)}},
      {entry("liu-xiaoyan", "attendance", 100), entry("sun-hao", "attendance", 90)});
  EXPECT_DOUBLE_EQ(*summed.units[0].score, 118);
}

TEST_F(ScoreSheetTest, AUnitWithNoCompleteSheetHasNoScore) {
  auto sheet = score({"sun-hao"}, {{"sun-hao", metrics(1.0, 0)}}, {});
  EXPECT_FALSE(sheet.units.at(0).score.has_value());
}

}  // namespace
}  // namespace duban
