#pragma once
// Runs the real duban program, as a user would, and captures what it says.

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/workspace_fixture.hpp"

namespace duban::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// Runs `duban ARGS` in folder `cwd` (args are shell-quoted one by one).
inline RunResult run_duban(const std::filesystem::path& cwd, const std::vector<std::string>& args,
                           const std::string& env = "") {
  TempDir capture;
  const auto out = capture.path() / "out";
  const auto err = capture.path() / "err";
  std::string command = "cd " + shell_quote(cwd.string()) + " && env NO_COLOR=1 DUBAN_EXAMPLES=" +
                        shell_quote(examples_dir().string()) + " " + env + " " +
                        shell_quote(DUBAN_TEST_BINARY);
  for (const auto& a : args) command += " " + shell_quote(a);
  command += " >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string()) + " </dev/null";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
}

}  // namespace duban::test
