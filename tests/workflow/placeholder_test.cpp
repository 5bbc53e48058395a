#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "diagnostics/suggest.hpp"
#include "workflow/placeholder.hpp"

namespace duban {
namespace {

TEST(Placeholder, RendersKnownValuesAndReportsMissingOnes) {
  std::vector<std::string> missing;
  const std::map<std::string, std::string, std::less<>> values{{"unit.name", "办公室"},
                                                               {"period.week", "7"}};
  EXPECT_EQ(render_placeholders("{{unit.name}}第{{ period.week }}周{{x}}", values, missing),
            "办公室第7周{{x}}");
  EXPECT_THAT(missing, ::testing::ElementsAre("x"));
}

TEST(Placeholder, FindsUsesAndUnclosedBraces) {
  std::string error;
  auto uses = find_placeholders("a {{b}} c {{d", error);
  ASSERT_EQ(uses.size(), 1u);
  EXPECT_EQ(uses[0].name, "b");
  EXPECT_NE(error.find("unclosed"), std::string::npos);
}

TEST(Suggest, EditDistanceCountsCodePoints) {
  EXPECT_EQ(edit_distance("办公室", "办公厅"), 1);
  EXPECT_EQ(edit_distance("owner", "ownre"), 1);  // a transposition
  EXPECT_EQ(nearest_name("depend_on", {"depends_on", "due"}), "depends_on");
  EXPECT_FALSE(nearest_name("colour", {"title", "owner"}));
}

}  // namespace
}  // namespace duban
