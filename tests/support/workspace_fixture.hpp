#pragma once
// Helpers shared by tests: temporary folders, files, the shipped examples.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace duban::test {

/// A fresh folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir() {
    std::random_device seed;
    path_ = std::filesystem::temp_directory_path() /
            ("duban-test-" + std::to_string(seed()) + std::to_string(seed()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The shipped examples folder in the source tree.
inline std::filesystem::path examples_dir() {
  return std::filesystem::path(DUBAN_TEST_SOURCE_DIR) / "workflows";
}

/// Copies the shipped example workspace (as `duban init` lays it out) into `dir`.
inline void copy_example_workspace(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  fs::copy(examples_dir() / "workspace", dir, fs::copy_options::recursive);
  fs::create_directories(dir / "workflows");
  for (const auto& entry : fs::directory_iterator(examples_dir())) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") {
      fs::copy_file(entry.path(), dir / "workflows" / entry.path().filename());
    }
  }
  fs::create_directories(dir / "rosters");
  for (const auto& entry : fs::directory_iterator(examples_dir() / "rosters")) {
    if (entry.path().extension() == ".toml")
      fs::copy_file(entry.path(), dir / "rosters" / entry.path().filename());
  }
}

}  // namespace duban::test
