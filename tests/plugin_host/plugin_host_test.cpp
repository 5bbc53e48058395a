// The plugin host refuses each kind of bad library with a message naming
// the reason, keeps nothing of a refused plugin, and goes on loading the
// others. The libraries are the fixture plugins of ./plugins.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <duban/version.hpp>

#include "plugin_host/plugin_host.hpp"
#include "test_plugins.hpp"

namespace duban {
namespace {

namespace fs = std::filesystem;
using test::copy_test_plugin;
using ::testing::HasSubstr;

std::string version(int major, int minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

class PluginHost : public ::testing::Test {
 protected:
  PluginInfo load(const std::string& target, const std::string& file_name = "") {
    return load_file(copy_test_plugin(folder(), target, file_name));
  }
  PluginInfo load_file(const fs::path& file) {
    return load_plugin_file(file, registry_, reserved_);
  }
  [[nodiscard]] fs::path folder() const { return dir_.path() / "plugins"; }

  test::TempDir dir_;
  ExtensionRegistry registry_;
  std::set<std::string, std::less<>> reserved_{"status", "task", "plugins"};
};

TEST_F(PluginHost, ATextFileNamedLikeALibraryIsRefusedWithTheLoadersReason) {
  const fs::path file = folder() / "bad.so";
  test::write_file(file, "This is a text file that only looks like a library by its name.\n");
  const PluginInfo info = load_file(file);
  EXPECT_FALSE(info.loaded);
  EXPECT_EQ(info.error, "cannot load it as a library: invalid ELF header");
  ASSERT_EQ(registry_.plugins().size(), 1u);
  EXPECT_EQ(registry_.plugins()[0].path, file.string());
}

TEST_F(PluginHost, AnEmptyFileIsTooShortToBeALibrary) {
  const fs::path file = folder() / "empty.so";
  test::write_file(file, "");
  EXPECT_EQ(load_file(file).error, "cannot load it as a library: file too short");
}

TEST_F(PluginHost, ALibraryWithoutTheEntryPointIsNotADubanPlugin) {
  const PluginInfo info = load("test_plugin_no_entry");
  EXPECT_FALSE(info.loaded);
  EXPECT_EQ(info.error,
            "not a duban plugin: it exports no 'duban_plugin_handshake' (build it with "
            "DUBAN_PLUGIN from <duban/plugin.hpp>)");
}

TEST_F(PluginHost, AnotherAbiIsRefusedNamingBothVersions) {
  const PluginInfo info = load("test_plugin_abi");
  EXPECT_FALSE(info.loaded);
  EXPECT_EQ(info.error, "built for plugin ABI " + std::to_string(DUBAN_PLUGIN_ABI_VERSION + 1) +
                            ", but this duban speaks ABI " +
                            std::to_string(DUBAN_PLUGIN_ABI_VERSION) + " (rebuild the plugin)");
}

TEST_F(PluginHost, ANewerSdkMajorIsRefusedNamingBothVersions) {
  const PluginInfo info = load("test_plugin_sdk_major");
  EXPECT_FALSE(info.loaded);
  EXPECT_EQ(info.name, "sdk-major");
  EXPECT_EQ(info.error, "built with SDK " +
                            version(DUBAN_SDK_VERSION_MAJOR + 1, DUBAN_SDK_VERSION_MINOR) +
                            ", but this duban provides SDK " + DUBAN_SDK_VERSION_STRING +
                            " (rebuild the plugin against it)");
}

TEST_F(PluginHost, ANewerSdkMinorIsRefused) {
  const PluginInfo info = load("test_plugin_sdk_minor");
  EXPECT_FALSE(info.loaded);
  EXPECT_THAT(info.error, HasSubstr("built with SDK " +
                                    version(DUBAN_SDK_VERSION_MAJOR, DUBAN_SDK_VERSION_MINOR + 1) +
                                    ", but this duban provides SDK " DUBAN_SDK_VERSION_STRING));
}

TEST_F(PluginHost, AnOlderSdkMinorIsAccepted) {
  if (DUBAN_SDK_VERSION_MINOR == 0) GTEST_SKIP() << "no older minor version of SDK x.0";
  const PluginInfo info = load("test_plugin_sdk_older");
  EXPECT_TRUE(info.loaded) << info.error;
  EXPECT_EQ(info.sdk_version, version(DUBAN_SDK_VERSION_MAJOR, DUBAN_SDK_VERSION_MINOR - 1));
}

TEST_F(PluginHost, AnotherStandardLibraryIsRefusedNamingBoth) {
  const PluginInfo info = load("test_plugin_stdlib");
  EXPECT_FALSE(info.loaded);
  EXPECT_EQ(info.error, "built with the standard library 'libc++ 15000', but this duban uses '" +
                            std::string(DUBAN_STDLIB_KEY) + "'");
}

TEST_F(PluginHost, ANameThatIsACoreCommandIsRefused) {
  EXPECT_EQ(load("test_plugin_reserved").error, "its name 'status' is a duban command");
}

TEST_F(PluginHost, APluginThatThrowsWhileRegisteringKeepsNothing) {
  const PluginInfo info = load("test_plugin_thrower");
  EXPECT_FALSE(info.loaded);
  EXPECT_EQ(info.error, "it threw while registering: its settings service is unreachable");
  EXPECT_EQ(registry_.task_kind("thrower.kind"), nullptr);
}

TEST_F(PluginHost, ASecondPluginWithTheSameKindIsRefusedWholeAndTheFirstKeepsIt) {
  ASSERT_TRUE(load("test_plugin_good").loaded);
  const PluginInfo twin = load("test_plugin_twin");
  EXPECT_FALSE(twin.loaded);
  EXPECT_EQ(twin.error, "task kind 'good.echo' is already registered by plugin 'good'");
  EXPECT_EQ(registry_.task_kind("good.echo")->plugin, "good");
  EXPECT_EQ(registry_.command("twin", "hello"), nullptr);
}

TEST_F(PluginHost, TwoPluginsMayEachHaveACommandOfTheSameName) {
  ASSERT_TRUE(load("test_plugin_good").loaded);
  ASSERT_TRUE(load("test_plugin_faulty").loaded);
  EXPECT_NE(registry_.command("good", "hello"), nullptr);
  EXPECT_NE(registry_.command("faulty", "hello"), nullptr);
}

// Two libraries both called "good" would both own `duban good …`.
TEST_F(PluginHost, TheSamePluginNameTwiceIsRefusedNamingTheFirstFile) {
  const PluginInfo first = load("test_plugin_good", "libgood-a.so");
  ASSERT_TRUE(first.loaded);
  const PluginInfo second = load("test_plugin_good", "libgood-b.so");
  EXPECT_FALSE(second.loaded);
  EXPECT_EQ(second.error, "a plugin named 'good' is already loaded from " + first.path);
}

TEST_F(PluginHost, AFolderOfBadLibrariesStillLoadsItsGoodPlugin) {
  test::write_file(folder() / "bad.so", "not a library, not at all, not even a little bit...\n");
  copy_test_plugin(folder(), "test_plugin_no_entry");
  copy_test_plugin(folder(), "test_plugin_thrower");
  copy_test_plugin(folder(), "test_plugin_good");
  PluginSearch search;
  search.folders = {folder()};
  search.shown_as = {"plugins"};
  search.where = {"duban.toml", 30, 1};
  Diagnostics diagnostics;
  load_plugins(search, registry_, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  ASSERT_EQ(diagnostics.warning_count(), 3);
  const auto warnings = diagnostics.sorted();
  EXPECT_THAT(warnings[0].message, HasSubstr("bad.so was not loaded: cannot load it as a library"));
  EXPECT_THAT(warnings[1].message, HasSubstr("libtest_plugin_no_entry.so was not loaded"));
  EXPECT_THAT(warnings[2].message, HasSubstr("libtest_plugin_thrower.so was not loaded"));
  ASSERT_NE(registry_.plugin("good"), nullptr);
  EXPECT_TRUE(registry_.plugin("good")->loaded);
  EXPECT_NE(registry_.task_kind("good.echo"), nullptr);
}

TEST_F(PluginHost, AMissingFolderIsAnErrorAtTheDirsEntry) {
  PluginSearch search;
  search.folders = {dir_.path() / "nowhere"};
  search.shown_as = {"nowhere"};
  search.where = {"duban.toml", 30, 1};
  Diagnostics diagnostics;
  load_plugins(search, registry_, diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 1);
  EXPECT_EQ(format_diagnostic(diagnostics.sorted()[0]),
            "duban.toml:30:1: error: plugin folder 'nowhere' does not exist");
}

}  // namespace
}  // namespace duban
