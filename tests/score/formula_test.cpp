// The formula language: precedence, functions, division by zero, errors with offsets.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "score/formula.hpp"

namespace duban {
namespace {

using ::testing::HasSubstr;

double eval(const std::string& text, std::map<std::string, double> values = {}) {
  Formula f = parse_formula(text);
  EXPECT_FALSE(f.error) << text << ": " << f.error->message;
  if (!f.root) return -1;
  return evaluate(*f.root, [&](const std::string& name) { return values.at(name); });
}

TEST(Formula, PrecedenceAndParentheses) {
  EXPECT_DOUBLE_EQ(eval("1 + 2 * 3"), 7);
  EXPECT_DOUBLE_EQ(eval("(1 + 2) * 3"), 9);
  EXPECT_DOUBLE_EQ(eval("10 - 4 - 3"), 3);
  EXPECT_DOUBLE_EQ(eval("-2 * -3"), 6);
  EXPECT_DOUBLE_EQ(eval("20 * attendance / 100 - 5 * late", {{"attendance", 95}, {"late", 1}}), 14);
}

TEST(Formula, FunctionsMinMaxClamp) {
  EXPECT_DOUBLE_EQ(eval("min(3, 1, 2)"), 1);
  EXPECT_DOUBLE_EQ(eval("max(3, 1, 7.5)"), 7.5);
  EXPECT_DOUBLE_EQ(eval("clamp(12, 0, 10)"), 10);
  EXPECT_DOUBLE_EQ(eval("clamp(-1, 0, 10)"), 0);
  EXPECT_DOUBLE_EQ(eval("clamp(4, 0, 10)"), 4);
}

TEST(Formula, DivisionByZeroGivesZero) {
  EXPECT_DOUBLE_EQ(eval("5 / 0"), 0);
  EXPECT_DOUBLE_EQ(eval("1 + a / b", {{"a", 3}, {"b", 0}}), 1);
}

TEST(Formula, NamesInOrderEachOnce) {
  Formula f = parse_formula("30 * closure_rate + 20 * on_time_rate - closure_rate");
  auto names = f.names();
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].name, "closure_rate");
  EXPECT_EQ(names[0].offset, 5u);
  EXPECT_EQ(names[1].name, "on_time_rate");
  EXPECT_EQ(names[1].offset, 25u);
}

TEST(Formula, ErrorsNameWhatAndWhere) {
  auto unknown = parse_formula("1 + sqrt(4)");
  ASSERT_TRUE(unknown.error);
  EXPECT_THAT(unknown.error->message, HasSubstr("unknown function 'sqrt'"));
  EXPECT_EQ(unknown.error->offset, 4u);

  auto dangling = parse_formula("30 * ");
  ASSERT_TRUE(dangling.error);
  EXPECT_THAT(dangling.error->message, HasSubstr("ends where a value is expected"));

  auto arity = parse_formula("clamp(1, 2)");
  ASSERT_TRUE(arity.error);
  EXPECT_THAT(arity.error->message, HasSubstr("clamp takes 3 arguments, not 2"));

  auto stray = parse_formula("a $ b");
  ASSERT_TRUE(stray.error);
  EXPECT_EQ(stray.error->offset, 2u);

  auto unclosed = parse_formula("(1 + 2");
  ASSERT_TRUE(unclosed.error);
  EXPECT_THAT(unclosed.error->message, HasSubstr("expected ')'"));
}

}  // namespace
}  // namespace duban
