// The outcome of a measure, read from what the cadre wrote when closing its task.

#include "task_outcome.hpp"

#include <gtest/gtest.h>

namespace duban::village {
namespace {

using nlohmann::json;

TEST(TaskOutcome, TheReasonOfTheLastDoneWins) {
  const json detail = json::parse(R"({
    "reasons": [{"state": "done", "reason": "old"}, {"state": "returned", "reason": "no"},
                {"state": "done", "reason": "已在县城物流园就业"}],
    "notes": [{"text": "a note"}]})");
  EXPECT_EQ(outcome_from_detail(detail), "已在县城物流园就业");
}

TEST(TaskOutcome, FallsBackToTheLastNote) {
  const json detail = json::parse(R"({"reasons": [{"state": "blocked", "reason": "wait"}],
                                      "notes": [{"text": "first"}, {"text": "纳入低保"}]})");
  EXPECT_EQ(outcome_from_detail(detail), "纳入低保");
}

TEST(TaskOutcome, EmptyWhenNothingWasWritten) {
  EXPECT_EQ(outcome_from_detail(json::object()), "");
  EXPECT_EQ(outcome_from_detail(nullptr), "");
  EXPECT_EQ(outcome_from_detail(json::parse(R"({"notes": "not a list"})")), "");
}

}  // namespace
}  // namespace duban::village
