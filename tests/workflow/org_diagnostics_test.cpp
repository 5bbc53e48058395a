// Organisation file diagnostics, from inline TOML.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "org/org_loader.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> check_org(const std::string& text) {
  Diagnostics diagnostics;
  load_organisation_text(text, "org.toml", diagnostics);
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.sorted()) lines.push_back(format_diagnostic(d));
  return lines;
}

const char* two_people =
    "[[unit]]\nid = \"bureau\"\nname = \"局\"\nchief = \"a\"\n"
    "[[person]]\nid = \"a\"\nname = \"甲\"\nunit = \"bureau\"\n";

TEST(OrgDiagnostics, ValidFileHasNone) {
  EXPECT_THAT(check_org(two_people), ElementsAre());
}

TEST(OrgDiagnostics, DuplicatePersonId) {
  EXPECT_THAT(
      check_org(std::string(two_people) +
                "[[person]]\nid = \"a\"\nname = \"乙\"\nunit = \"bureau\"\n"),
      ElementsAre("org.toml:9:1: error: duplicate person id 'a' (first defined at line 5)"));
}

TEST(OrgDiagnostics, UnknownUnitRoleAndPerson) {
  auto lines = check_org(std::string(two_people) +
                         "[[person]]\nid = \"b\"\nname = \"乙\"\nunit = \"bureu\"\nroles = "
                         "[\"chief\"]\nreports_to = \"aa\"\n");
  EXPECT_THAT(
      lines, ElementsAre(
                 "org.toml:12:8: error: unit of 'b': unknown unit 'bureu' (did you mean 'bureau'?)",
                 "org.toml:13:9: error: role of 'b': unknown role 'chief'",
                 "org.toml:14:14: error: 'b' reports_to: unknown person 'aa'"));
}

TEST(OrgDiagnostics, ReportingLineLoop) {
  auto lines = check_org(
      "[[unit]]\nid = \"u\"\nname = \"局\"\n"
      "[[person]]\nid = \"a\"\nname = \"甲\"\nunit = \"u\"\nreports_to = \"b\"\n"
      "[[person]]\nid = \"b\"\nname = \"乙\"\nunit = \"u\"\nreports_to = \"a\"\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], HasSubstr("error: reporting line loops: a → b → a"));
}

TEST(OrgDiagnostics, TeamWithUnknownMember) {
  EXPECT_THAT(check_org(std::string(two_people) +
                        "[[team]]\nid = \"t\"\nname = \"队\"\nleader = \"a\"\nmembers = [\"x\"]\n"),
              ElementsAre("org.toml:13:11: error: member of team 't': unknown person 'x'"));
}

TEST(OrgDiagnostics, LeaveThatEndsBeforeItStarts) {
  EXPECT_THAT(
      check_org(std::string(two_people) + "leave = [{ from = 2026-02-10, to = 2026-02-01 }]\n"),
      ElementsAre(HasSubstr("error: leave ends (2026-02-01) before it starts (2026-02-10)")));
}

TEST(OrgDiagnostics, EveryUnitHavingAParentIsAnError) {
  EXPECT_THAT(check_org("[[unit]]\nid = \"a\"\nname = \"甲\"\nparent = \"b\"\n[[unit]]\nid = "
                        "\"b\"\nname = \"乙\"\nparent = \"a\"\n"),
              ElementsAre(HasSubstr("error: no top unit: every unit has a parent")));
}

}  // namespace
}  // namespace duban
