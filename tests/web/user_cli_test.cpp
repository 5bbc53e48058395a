// duban user passwd / user list on the real binary, the password on stdin.

#include <gmock/gmock.h>

#include <nlohmann/json.hpp>

#include "support/run_duban.hpp"

namespace duban::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class UserCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0); }

  /// `duban ARGS` in the workspace with `input` on standard input.
  RunResult with_input(const std::string& input, const std::vector<std::string>& args) {
    const auto in = dir.path() / "stdin";
    write_file(in, input);
    const auto out = dir.path() / "out";
    const auto err = dir.path() / "err";
    std::string command =
        "cd " + shell_quote((dir.path() / "ws").string()) + " && " + shell_quote(DUBAN_TEST_BINARY);
    for (const auto& a : args) command += " " + shell_quote(a);
    command += " <" + shell_quote(in.string()) + " >" + shell_quote(out.string()) + " 2>" +
               shell_quote(err.string());
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
  }
  RunResult duban(const std::vector<std::string>& args) {
    return run_duban(dir.path() / "ws", args);
  }

  TempDir dir;
};

TEST_F(UserCli, PasswdReadsStdinStoresArgon2idAndLogsOnlyThatItWasSet) {
  auto r = with_input("a long password\n", {"--now", "2026-03-02T09:00", "--as", "liu-xiaoyan",
                                            "user", "passwd", "yang-fan", "--password-stdin"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "password set for 杨帆 (yang-fan)\n");
  auto list = nlohmann::json::parse(duban({"--format", "json", "user", "list"}).out);
  ASSERT_EQ(list["accounts"].size(), 1u);
  EXPECT_EQ(list["accounts"][0]["person"], "yang-fan");
  EXPECT_EQ(list["accounts"][0]["set_by"], "liu-xiaoyan");
  auto log = duban({"--format", "json", "log"});
  EXPECT_THAT(log.out, HasSubstr("account.password_set"));
  EXPECT_THAT(log.out, Not(HasSubstr("argon2")));
  EXPECT_THAT(log.out, Not(HasSubstr("a long password")));
  EXPECT_EQ(duban({"log", "--verify"}).exit_code, 0);
}

TEST_F(UserCli, PasswdRefusesShortPasswordsUnknownPeopleAndArgv) {
  auto short_one = with_input("short\n", {"user", "passwd", "yang-fan", "--password-stdin"});
  EXPECT_EQ(short_one.exit_code, 2);
  EXPECT_THAT(short_one.err, HasSubstr("at least 8 characters"));
  auto nobody = with_input("a long password\n", {"user", "passwd", "yang-fen", "--password-stdin"});
  EXPECT_EQ(nobody.exit_code, 2);
  EXPECT_THAT(nobody.err, HasSubstr("did you mean 'yang-fan'"));
  auto no_tty = with_input("a long password\n", {"user", "passwd", "yang-fan"});
  EXPECT_EQ(no_tty.exit_code, 2);
  EXPECT_THAT(no_tty.err, HasSubstr("--password-stdin"));
  auto in_argv = with_input("", {"user", "passwd", "yang-fan", "a long password"});
  EXPECT_EQ(in_argv.exit_code, 2);
  EXPECT_EQ(
      nlohmann::json::parse(duban({"--format", "json", "user", "list"}).out)["accounts"].size(),
      0u);
}

}  // namespace
}  // namespace duban::test
