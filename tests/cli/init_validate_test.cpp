// End-to-end: duban init, workspace discovery and validate, on the real binary.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_duban.hpp"

namespace duban {
namespace {

using test::run_duban;
using ::testing::HasSubstr;

TEST(InitCommand, CreatesAWorkspaceThatValidates) {
  test::TempDir dir;
  auto init = run_duban(dir.path(), {"init", "ws"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  for (const char* f : {"duban.toml", "org.toml", "policies.toml", "calendars/2026.toml",
                        "workflows/weekly-planning.toml"}) {
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "ws" / f)) << f;
  }
  auto validate = run_duban(dir.path() / "ws", {"validate"});
  EXPECT_EQ(validate.exit_code, 0) << validate.err;
  EXPECT_THAT(validate.out, HasSubstr("ok: 6 workflows, 30 people"));
}

TEST(InitCommand, RefusesAnExistingWorkspaceAndChangesNothing) {
  test::TempDir dir;
  ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
  test::write_file(dir.path() / "ws/org.toml", "# mine\n");
  auto again = run_duban(dir.path(), {"init", "ws"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_THAT(again.err, HasSubstr("already a workspace"));
  EXPECT_EQ(test::read_file(dir.path() / "ws/org.toml"), "# mine\n");
}

TEST(Workspace, IsFoundFromASubfolder) {
  test::TempDir dir;
  ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
  auto r = run_duban(dir.path() / "ws/workflows", {"validate"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(Workspace, WorkspaceOptionOverridesTheSearch) {
  test::TempDir dir;
  ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
  auto r = run_duban(dir.path(), {"--workspace", "ws", "validate"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto none = run_duban(dir.path(), {"validate"});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_THAT(none.err, HasSubstr("no workspace"));
}

TEST(ValidateCommand, ReportsEveryErrorSortedWithExitCode2) {
  test::TempDir dir;
  ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
  test::write_file(dir.path() / "ws/workflows/broken.toml",
                   "[workflow]\nid = \"broken\"\nname = \"坏\"\n[[task]]\nid = \"a\"\ntitle = "
                   "\"甲\"\nowner = \"zhang-jiangguo\"\n"
                   "[[task]]\nid = \"b\"\ntitle = \"乙\"\nowner = "
                   "\"role:office-chief\"\ndepends_on = [\"c\"]\nwieght = 2\n");
  auto r = run_duban(dir.path() / "ws", {"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("workflows/broken.toml:7:9: error: task 'a': owner: unknown person "
                               "'zhang-jiangguo' (did you mean 'zhang-jianguo'?)"));
  EXPECT_THAT(
      r.err, HasSubstr("workflows/broken.toml:12:14: error: task 'b' depends on unknown task 'c'"));
  EXPECT_THAT(r.err, HasSubstr("workflows/broken.toml:13:1: error: unknown key 'wieght' in task "
                               "'b' (did you mean 'weight'?)"));
  EXPECT_LT(r.err.find(":7:9:"), r.err.find(":12:14:"));
}

TEST(ValidateCommand, ChecksOnlyTheGivenFiles) {
  test::TempDir dir;
  ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
  test::write_file(dir.path() / "ws/bad-calendar.toml",
                   "year = 2026\n[[holiday]]\nname = \"x\"\nfrom = 2026-02-29\n");
  auto r = run_duban(dir.path() / "ws",
                     {"validate", "bad-calendar.toml", "workflows/weekly-planning.toml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("bad-calendar.toml:4:18: error: impossible date"));
  auto good =
      run_duban(dir.path() / "ws", {"validate", "workflows/weekly-planning.toml", "org.toml"});
  EXPECT_EQ(good.exit_code, 0) << good.err;
  EXPECT_THAT(good.out, HasSubstr("2 file(s) checked"));
}

TEST(ValidateCommand, JsonListsDiagnostics) {
  test::TempDir dir;
  ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
  test::write_file(dir.path() / "ws/calendars/local.toml",
                   "[[holiday]]\nname = \"x\"\nfrom = \"2026-02-30\"\n");
  auto r = run_duban(dir.path() / "ws", {"--format", "json", "validate"});
  EXPECT_EQ(r.exit_code, 2);
  auto json = nlohmann::json::parse(r.out);
  EXPECT_FALSE(json["ok"].get<bool>());
  ASSERT_EQ(json["diagnostics"].size(), 1u);
  EXPECT_EQ(json["diagnostics"][0]["line"], 3);
  EXPECT_EQ(json["diagnostics"][0]["severity"], "error");
}

TEST(ValidateCommand, MissingReferencedFileIsNamed) {
  test::TempDir dir;
  ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
  std::filesystem::remove(dir.path() / "ws/calendars/local.toml");
  auto r = run_duban(dir.path() / "ws", {"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("calendars/local.toml: error: cannot read file"));
}

TEST(Cli, UnknownCommandIsBadInput) {
  test::TempDir dir;
  auto r = run_duban(dir.path(), {"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace duban
