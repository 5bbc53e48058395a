// duban init DIR: a new workspace from the shipped examples.

#include <cstdlib>
#include <fstream>

#include "cli/command.hpp"

namespace duban::cli {

namespace fs = std::filesystem;

namespace {

// The shipped examples: $DUBAN_EXAMPLES, next to an installed program
// (share/duban/workflows), or the source tree this program was built from.
fs::path examples_dir() {
  // NOLINTNEXTLINE(concurrency-mt-unsafe): read once, before any thread exists.
  if (const char* env = std::getenv("DUBAN_EXAMPLES"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "duban" / "workflows";
    if (fs::is_directory(installed, ec)) return installed;
  }
  return DUBAN_SOURCE_EXAMPLES;
}

// Copies into a staging folder first and renames it into place, so a failure
// half-way leaves nothing behind.
void copy_examples(const fs::path& from, const fs::path& staging) {
  fs::create_directories(staging / "workflows");
  fs::copy(from / "workspace", staging, fs::copy_options::recursive);
  for (const auto& entry : fs::directory_iterator(from)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") {
      fs::copy_file(entry.path(), staging / "workflows" / entry.path().filename());
    }
  }
  // Rosters live beside the workflows in the sources, in their own folder in a
  // workspace (the workflow folder must hold only workflows).
  if (fs::is_directory(from / "rosters")) {
    fs::create_directories(staging / "rosters");
    for (const auto& entry : fs::directory_iterator(from / "rosters")) {
      if (entry.is_regular_file() && entry.path().extension() == ".toml")
        fs::copy_file(entry.path(), staging / "rosters" / entry.path().filename());
    }
  }
}

int run_init(CommandContext& ctx, const std::string& dir) {
  const fs::path target(dir);
  std::error_code ec;
  if (fs::exists(target / workspace_file_name, ec)) {
    ctx.fail(dir + " is already a workspace (it has duban.toml); nothing changed");
  }
  if (fs::exists(target, ec) && !fs::is_empty(target, ec)) {
    ctx.fail(dir + " exists and is not empty; give a new or empty folder");
  }
  const fs::path source = examples_dir();
  if (!fs::is_directory(source / "workspace", ec)) {
    ctx.fail(
        "the shipped examples are missing (looked in " + source.string() + "; set DUBAN_EXAMPLES)",
        exit_failure);
  }
  const fs::path staging =
      target.parent_path().empty()
          ? fs::path("." + target.filename().string() + ".init-tmp")
          : target.parent_path() / ("." + target.filename().string() + ".init-tmp");
  try {
    fs::remove_all(staging);
    copy_examples(source, staging);
    if (fs::exists(target)) fs::remove(target);  // empty, checked above
    fs::rename(staging, target);
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(staging, ec);
    ctx.fail(std::string("cannot create the workspace: ") + e.what(), exit_failure);
  }
  ctx.out() << "created workspace " << dir
            << " (duban.toml, org.toml, policies.toml, calendars/, workflows/, rosters/)\n"
            << "next: cd " << dir << " && duban validate\n";
  return exit_ok;
}

}  // namespace

CommandSpec init_command() {
  return {"init", "Create a workspace from the shipped examples", [](CLI::App& app) {
            auto dir = std::make_shared<std::string>();
            app.add_option("DIR", *dir, "Folder to create (new or empty)")->required();
            return [dir](CommandContext& ctx) { return run_init(ctx, *dir); };
          }};
}

}  // namespace duban::cli
