// Vocabularies and leader ↔ village pairings.

#include <gtest/gtest.h>

#include "catalogue.hpp"
#include "pairings.hpp"

namespace duban::village {
namespace {

TEST(Catalogue, MeasureTypesAreFoundByIdOrChineseName) {
  EXPECT_EQ(find_measure_type("就业")->id, "employment");
  EXPECT_EQ(find_measure_type("employment")->group, MeasureGroup::job);
  EXPECT_EQ(find_measure_type("低保")->group, MeasureGroup::social_assistance);
  EXPECT_EQ(find_measure_type("教育")->id, "education");
  EXPECT_EQ(find_measure_type("教育(雨露计划)")->id, "education");
  EXPECT_FALSE(find_measure_type("旅游"));
}

TEST(Catalogue, CategoriesAndRisksByIdOrName) {
  EXPECT_EQ(find_term(default_categories(), "边缘易致贫户")->id, "marginal");
  EXPECT_EQ(find_term(risk_types(), "illness")->name, "因病");
  EXPECT_EQ(risk_types().size(), 10U);
  EXPECT_FALSE(find_term(risk_types(), "lottery"));
}

TEST(Pairings, ParsesLeaderColonVillage) {
  const auto parsed = parse_pairings({"li-wenhua:xiaohe", " zhao-liping : dashan "});
  EXPECT_TRUE(parsed.errors.empty());
  ASSERT_EQ(parsed.pairings.size(), 2U);
  EXPECT_EQ(parsed.pairings[1], (Pairing{"zhao-liping", "dashan"}));
}

TEST(Pairings, RefusesMalformedEntries) {
  const auto parsed = parse_pairings({"li-wenhua", ":xiaohe", "a:b:c", "li-wenhua:"});
  EXPECT_TRUE(parsed.pairings.empty());
  EXPECT_EQ(parsed.errors.size(), 4U);
}

TEST(Pairings, MergeKeepsOrderAndDropsDuplicates) {
  const auto merged = merge_pairings({{"a", "x"}}, {{"a", "x"}, {"b", "x"}});
  ASSERT_EQ(merged.size(), 2U);
  EXPECT_EQ(merged[1].leader, "b");
  EXPECT_EQ(visit_task_key(merged[1]), "visit-b-x");
}

}  // namespace
}  // namespace duban::village
