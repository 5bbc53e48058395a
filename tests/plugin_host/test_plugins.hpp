#pragma once
// Where the fixture plugins of tests/plugin_host/plugins are built, and a
// workspace whose plugin folder the tests fill with copies of them.

#include <filesystem>
#include <string>

#include "support/run_duban.hpp"

namespace duban::test {

/// The built library of fixture plugin `target` (e.g. "test_plugin_good").
inline std::filesystem::path test_plugin(const std::string& target) {
  return std::filesystem::path(TEST_PLUGIN_DIR) / target / ("lib" + target + ".so");
}

/// Copies fixture plugin `target` into `folder`, as `file_name` if given.
inline std::filesystem::path copy_test_plugin(const std::filesystem::path& folder,
                                              const std::string& target,
                                              const std::string& file_name = "") {
  std::filesystem::create_directories(folder);
  const auto from = test_plugin(target);
  const auto to = folder / (file_name.empty() ? from.filename().string() : file_name);
  std::filesystem::copy_file(from, to);
  return std::filesystem::canonical(to);
}

/// A copy of the shipped workspace whose duban.toml names its folder
/// `plugins` under [plugins] dirs; tests copy plugins into it.
class PluginWorkspace {
 public:
  PluginWorkspace() {
    copy_example_workspace(dir_.path());
    const auto toml = dir_.path() / "duban.toml";
    std::string text = read_file(toml);
    const std::string empty = "[plugins]\ndirs = []";
    text.replace(text.find(empty), empty.size(), "[plugins]\ndirs = [\"plugins\"]");
    write_file(toml, text);
    std::filesystem::create_directories(plugins());
  }

  [[nodiscard]] std::filesystem::path root() const { return dir_.path(); }
  [[nodiscard]] std::filesystem::path plugins() const { return dir_.path() / "plugins"; }
  void add(const std::string& target, const std::string& file_name = "") {
    copy_test_plugin(plugins(), target, file_name);
  }
  RunResult duban(const std::vector<std::string>& args) const { return run_duban(root(), args); }

 private:
  TempDir dir_;
};

}  // namespace duban::test
