#pragma once
// A temporary workspace (the shipped example) that loads the built village
// plugin and holds its monthly workflow, for end-to-end tests of the real binary.

#include <string>

#include "support/run_duban.hpp"

namespace duban::village::test {

namespace fs = std::filesystem;

/// The example workspace with [plugins] dirs naming the built plugin folder
/// (DUBAN_VILLAGE_PLUGIN_DIR) and `config` as its [plugins.village] table.
class VillageWorkspace {
 public:
  explicit VillageWorkspace(const std::string& config = "") {
    duban::test::copy_example_workspace(dir_.path());
    fs::copy_file(
        fs::path(DUBAN_TEST_SOURCE_DIR) / "plugins/village/workflows/village-monthly.toml",
        dir_.path() / "workflows/village-monthly.toml");
    std::string toml = duban::test::read_file(dir_.path() / "duban.toml");
    const std::string empty = "dirs = []";
    toml.replace(toml.find(empty), empty.size(),
                 "dirs = [\"" + std::string(DUBAN_VILLAGE_PLUGIN_DIR) + "\"]");
    if (!config.empty()) toml += "\n[plugins.village]\n" + config + "\n";
    duban::test::write_file(dir_.path() / "duban.toml", toml);
  }

  /// Runs duban in the workspace.
  duban::test::RunResult run(const std::vector<std::string>& args) const {
    return duban::test::run_duban(dir_.path(), args);
  }
  /// Runs a command as `person` at `now`; fails the test unless it exits 0.
  duban::test::RunResult at(const std::string& person, const std::string& now,
                            std::vector<std::string> args) const {
    args.insert(args.begin(), {"--as", person, "--now", now});
    return run(args);
  }

  [[nodiscard]] const fs::path& path() const { return dir_.path(); }

 private:
  duban::test::TempDir dir_;
};

}  // namespace duban::village::test
