// Every kind of workflow diagnostic, from inline TOML, with its exact text.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "workflow/workflow_fixture.hpp"

namespace duban {
namespace {

using test::check_workflow;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string wf(const std::string& tasks) {
  return std::string(test::header) + tasks;
}

TEST(WorkflowDiagnostics, ValidWorkflowHasNone) {
  EXPECT_THAT(check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\n")),
              ElementsAre());
}

TEST(WorkflowDiagnostics, TomlSyntaxErrorHasItsPosition) {
  EXPECT_THAT(check_workflow("[workflow]\nid = \"wf\nname = \"x\"\n"),
              ElementsAre(HasSubstr("wf.toml:2:")));
  auto lines = check_workflow("[workflow]\nid = \"wf\"\nname = \"x\"\n[[task]]\nid = = 3\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], HasSubstr("wf.toml:5:"));
  EXPECT_THAT(lines[0], HasSubstr("error: TOML syntax"));
}

TEST(WorkflowDiagnostics, UnknownKeySuggestsTheNearName) {
  EXPECT_THAT(
      check_workflow(
          wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\ndepend_on = []\n")),
      ElementsAre(
          "wf.toml:8:1: error: unknown key 'depend_on' in task 'a' (did you mean 'depends_on'?)"));
}

TEST(WorkflowDiagnostics, UnknownKeyFarFromAnyNameHasNoSuggestion) {
  EXPECT_THAT(check_workflow(wf(
                  "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\ncolour = \"red\"\n")),
              ElementsAre("wf.toml:8:1: error: unknown key 'colour' in task 'a'"));
}

TEST(WorkflowDiagnostics, WrongValueType) {
  EXPECT_THAT(
      check_workflow(wf("[[task]]\nid = \"a\"\ntitle = 3\nowner = \"chief\"\n")),
      ElementsAre("wf.toml:6:9: error: 'title' in task 'a' must be a string, not an integer"));
}

TEST(WorkflowDiagnostics, MissingRequiredKeys) {
  EXPECT_THAT(check_workflow("[workflow]\nid = \"wf\"\n[[task]]\nid = \"a\"\nowner = \"chief\"\n"),
              ElementsAre("wf.toml:1:1: error: [workflow] is missing required key 'name'",
                          "wf.toml:3:1: error: task 'a' is missing required key 'title'"));
}

TEST(WorkflowDiagnostics, DuplicateTaskId) {
  EXPECT_THAT(check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\n"
                                "[[task]]\nid = \"a\"\ntitle = \"乙\"\nowner = \"chief\"\n")),
              ElementsAre("wf.toml:9:6: error: duplicate task id 'a' (first defined at line 4)"));
}

TEST(WorkflowDiagnostics, OwnerReferencesThatDoNotResolve) {
  auto lines =
      check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chef\"\n"
                        "[[task]]\nid = \"b\"\ntitle = \"乙\"\nowner = \"role:office-chef\"\n"
                        "[[task]]\nid = \"c\"\ntitle = \"丙\"\nowner = \"team:team-b\"\n"
                        "[[task]]\nid = \"d\"\ntitle = \"丁\"\nowner = \"chief:ofice\"\n"));
  EXPECT_THAT(
      lines,
      ElementsAre(
          "wf.toml:7:9: error: task 'a': owner: unknown person 'chef' (did you mean 'chief'?)",
          "wf.toml:11:9: error: task 'b': owner: unknown role 'office-chef' (did you mean "
          "'office-chief'?)",
          "wf.toml:15:9: error: task 'c': owner: unknown team 'team-b' (did you mean 'team-a'?)",
          "wf.toml:19:9: error: task 'd': owner: unknown unit 'ofice' (did you mean 'office'?)"));
}

TEST(WorkflowDiagnostics, RoleNobodyHoldsIsAWarning) {
  EXPECT_THAT(
      check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"role:nobody-role\"\n")),
      ElementsAre("wf.toml:7:9: warning: task 'a': owner 'role:nobody-role' resolves to nobody"));
}

TEST(WorkflowDiagnostics, UnknownDependencyAndPolicy) {
  EXPECT_THAT(
      check_workflow(wf("[[task]]\nid = \"summary\"\ntitle = \"甲\"\nowner = \"chief\"\n"
                        "[[task]]\nid = \"plan\"\ntitle = \"乙\"\nowner = \"chief\"\n"
                        "depends_on = [\"sumary\"]\npolicy = \"1371\"\n")),
      ElementsAre(
          "wf.toml:12:14: error: task 'plan' depends on unknown task 'sumary' (did you mean "
          "'summary'?)",
          "wf.toml:13:10: error: task 'plan': unknown policy '1371' (did you mean '13710'?)"));
}

TEST(WorkflowDiagnostics, ForEachReferencesResolve) {
  auto lines =
      check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"{{unit.name}}\"\nowner = "
                        "\"{{unit.chief}}\"\nfor_each = \"units:sectoin\"\n"
                        "[[task]]\nid = \"b\"\ntitle = \"{{person.name}}\"\nowner = "
                        "\"{{person.id}}\"\nfor_each = \"people:party-membr\"\n"
                        "[[task]]\nid = \"c\"\ntitle = \"{{item}}\"\nowner = \"chief\"\nfor_each = "
                        "\"list:topcs\"\n"));
  EXPECT_THAT(lines,
              ElementsAre("wf.toml:8:12: error: task 'a': for_each 'units:sectoin': no unit has "
                          "kind 'sectoin' (did you mean 'section'?)",
                          "wf.toml:13:12: error: task 'b': for_each 'people:party-membr': no "
                          "person has tag 'party-membr' (did you mean 'party-member'?)",
                          "wf.toml:16:9: error: task 'c': unknown placeholder '{{item}}' in title",
                          "wf.toml:18:12: error: task 'c': for_each 'list:topcs': no list named "
                          "'topcs' in [lists]"));
}

TEST(WorkflowDiagnostics, UnknownPlaceholderSuggestsTheNearName) {
  EXPECT_THAT(check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"{{unit.nmae}}周总结\"\nowner = "
                                "\"{{unit.chief}}\"\nfor_each = \"units:section\"\n")),
              ElementsAre("wf.toml:6:9: error: task 'a': unknown placeholder '{{unit.nmae}}' in "
                          "title (did you mean 'unit.name'?)"));
}

TEST(WorkflowDiagnostics, CycleListsEveryTaskWithItsPosition) {
  auto lines = check_workflow(
      wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\ndepends_on = [\"c\"]\n"
         "[[task]]\nid = \"b\"\ntitle = \"乙\"\nowner = \"chief\"\ndepends_on = [\"a\"]\n"
         "[[task]]\nid = \"c\"\ntitle = \"丙\"\nowner = \"chief\"\ndepends_on = [\"b\"]\n"));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], HasSubstr("error: dependency cycle: "));
  EXPECT_THAT(lines[0], HasSubstr("'a' (line 4, column 1)"));
  EXPECT_THAT(lines[0], HasSubstr("'b' (line 9, column 1)"));
  EXPECT_THAT(lines[0], HasSubstr("'c' (line 14, column 1)"));
}

TEST(WorkflowDiagnostics, SelfDependency) {
  EXPECT_THAT(
      check_workflow(
          wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\ndepends_on = [\"a\"]\n")),
      ElementsAre("wf.toml:8:14: error: task 'a' depends on itself"));
}

TEST(WorkflowDiagnostics, DueRuleProblems) {
  auto lines = check_workflow(
      wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\ndue = { weekday = \"fryday\", "
         "time = \"25:00\" }\n"
         "[[task]]\nid = \"b\"\ntitle = \"乙\"\nowner = \"chief\"\ndue = { after = \"a\", workdays "
         "= 1 }\n"
         "[[task]]\nid = \"c\"\ntitle = \"丙\"\nowner = \"chief\"\ndue = { date = 2026-02-29 }\n"));
  ASSERT_EQ(lines.size(), 1u);  // the impossible date is a syntax error: the file stops there
  EXPECT_THAT(lines[0], HasSubstr("wf.toml:18:"));
  EXPECT_THAT(lines[0], HasSubstr("impossible date"));
  lines =
      check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\ndue = { weekday "
                        "= \"fryday\", time = \"25:00\" }\n"
                        "[[task]]\nid = \"b\"\ntitle = \"乙\"\nowner = \"chief\"\ndue = { after = "
                        "\"a\", workdays = 1 }\n"
                        "[[task]]\nid = \"c\"\ntitle = \"丙\"\nowner = \"chief\"\ndue = { date = "
                        "\"2026-02-30\" }\n"));
  EXPECT_THAT(
      lines,
      ElementsAre("wf.toml:8:19: error: 'fryday' is not a weekday (monday … sunday)",
                  "wf.toml:8:36: error: '25:00' is not a time of day (HH:MM)",
                  "wf.toml:13:7: error: task 'b': due after 'a', which is not in its depends_on",
                  "wf.toml:18:16: error: 'date' in a due rule must be a date (YYYY-MM-DD) or a "
                  "placeholder such as \"{{item.deadline}}\""));
}

TEST(WorkflowDiagnostics, UnknownKindAndClass) {
  EXPECT_THAT(check_workflow(wf("[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\nkind = "
                                "\"humn\"\nclass = \"majr\"\n")),
              ElementsAre("wf.toml:8:8: error: task 'a': unknown task kind 'humn' (known: human) "
                          "(did you mean 'human'?)",
                          "wf.toml:9:9: error: task 'a': policy '13710' has no milestones for "
                          "class 'majr' (did you mean 'major'?)"));
}

TEST(WorkflowDiagnostics, BadRecurrenceAndForEachForm) {
  EXPECT_THAT(check_workflow(
                  "[workflow]\nid = \"wf\"\nname = \"x\"\nrecurrence = { every = \"wek\" }\n"
                  "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\nfor_each = \"unit\"\n"),
              ElementsAre("wf.toml:4:24: error: unknown recurrence 'wek' (did you mean 'week'?)",
                          "wf.toml:9:12: error: for_each 'unit' must be units, units:KIND, teams, "
                          "teams:TAG, people:TAG or list:NAME (did you mean 'units'?)"));
}

TEST(WorkflowDiagnostics, AllProblemsAreReportedSortedByPosition) {
  auto lines = check_workflow(
      wf("[[task]]\nid = \"b\"\ntitle = 1\nowner = \"nobody\"\nwieght = 2\n"
         "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\ndepends_on = [\"zzz\"]\n"));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_THAT(lines[0], HasSubstr("wf.toml:6:9:"));
  EXPECT_THAT(lines[1], HasSubstr("wf.toml:7:9:"));
  EXPECT_THAT(
      lines[2],
      HasSubstr("wf.toml:8:1: error: unknown key 'wieght' in task 'b' (did you mean 'weight'?)"));
  EXPECT_THAT(lines[3], HasSubstr("wf.toml:13:14:"));
}

}  // namespace
}  // namespace duban

namespace duban {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using test::check_workflow;

TEST(WorkflowDiagnostics, DuplicateListItemIds) {
  EXPECT_THAT(check_workflow(std::string(test::header) +
                             "[lists]\nitems = [{ id = \"x\", o = \"chief\" }, { id = \"x\", o = \"head\" }]\n"
                             "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"{{item.o}}\"\nfor_each = \"list:items\"\n"),
              ElementsAre("wf.toml:5:37: error: list 'items': duplicate item id 'x' (first at line 5)"));
}

TEST(WorkflowDiagnostics, PersonParameterDefaultMustExist) {
  EXPECT_THAT(check_workflow(std::string(test::header) + "[parameters.speaker]\ntype = \"person\"\ndefault = \"chef\"\n"
                             "[[task]]\nid = \"a\"\ntitle = \"{{param.speaker}}\"\nowner = \"{{param.speaker}}\"\n"),
              ElementsAre("wf.toml:4:1: error: default of parameter 'speaker': unknown person 'chef' (did you mean 'chief'?)"));
}

TEST(WorkflowDiagnostics, PlaceholdersInChecklistAreChecked) {
  EXPECT_THAT(check_workflow(std::string(test::header) +
                             "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\nchecklist = [\"{{period.kye}}\"]\n"),
              ElementsAre("wf.toml:8:13: error: task 'a': unknown placeholder '{{period.kye}}' in checklist (did you mean 'period.key'?)"));
}

TEST(WorkflowDiagnostics, LocalPolicyEscalationStepsMustResolve) {
  auto lines = check_workflow(std::string(test::header) +
                              "[policy.p]\nmilestones = [{ at = \"1d\", action = \"a\" }]\nescalate = [\"owner\", \"role:bos\"]\n"
                              "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief\"\npolicy = \"p\"\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], HasSubstr("wf.toml:6:12: error: escalation step of policy 'p': unknown role 'bos'"));
}

}  // namespace
}  // namespace duban

namespace duban {
namespace {

TEST(WorkflowDiagnostics, OwnersBuiltFromListItemsAreCheckedPerItem) {
  EXPECT_THAT(test::check_workflow(std::string(test::header) +
                                   "[lists]\nsections = [{ id = \"office\" }, { id = \"ofice\" }]\n"
                                   "[[task]]\nid = \"a\"\ntitle = \"甲\"\nowner = \"chief:{{item.id}}\"\nfor_each = \"list:sections\"\n"),
              ::testing::ElementsAre("wf.toml:9:9: error: task 'a': owner for list item ofice: unknown unit 'ofice' (did you mean 'office'?)"));
}

}  // namespace
}  // namespace duban
