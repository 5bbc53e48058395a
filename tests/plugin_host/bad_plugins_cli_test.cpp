// End to end: a workspace's plugin folder holds every kind of bad library
// beside a good plugin. Each refusal is listed with its file and reason,
// warned about on every command, and the good plugin and the core work.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <duban/version.hpp>
#include <nlohmann/json.hpp>

#include "test_plugins.hpp"

namespace duban::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class BadPluginsCli : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(ws_.plugins() / "bad.so",
               "This text file is named like a library, but it holds no ELF header, only words.\n");
    ws_.add("test_plugin_no_entry");
    ws_.add("test_plugin_abi");
    ws_.add("test_plugin_thrower");
    ws_.add("test_plugin_good");
    ws_.add("test_plugin_twin");
    // A second library named "good": it would own `duban good hello` too.
    ws_.add("test_plugin_good", "libtest_plugin_good_copy.so");
  }

  // The `plugins list` entry of the library file `file_name`.
  json entry(const std::string& file_name) {
    const auto r = ws_.duban({"plugins", "list", "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const json list = json::parse(r.out);
    for (const auto& p : list.at("plugins")) {
      if (p.at("path").get<std::string>().ends_with("/" + file_name)) return p;
    }
    ADD_FAILURE() << "no entry for " << file_name << " in " << r.out;
    return json::object();
  }

  std::string error_of(const std::string& file_name) {
    const json p = entry(file_name);
    EXPECT_EQ(p.value("loaded", true), false) << p;
    return p.value("error", "");
  }

  PluginWorkspace ws_;
};

TEST_F(BadPluginsCli, ATextFileIsListedAsRefusedByTheLoader) {
  EXPECT_EQ(error_of("bad.so"), "cannot load it as a library: invalid ELF header");
}

TEST_F(BadPluginsCli, ALibraryWithoutTheEntryPointIsListedAsNotAPlugin) {
  EXPECT_THAT(error_of("libtest_plugin_no_entry.so"),
              HasSubstr("not a duban plugin: it exports no 'duban_plugin_handshake'"));
}

TEST_F(BadPluginsCli, AnAbiMismatchIsListedNamingBothVersions) {
  EXPECT_EQ(error_of("libtest_plugin_abi.so"),
            "built for plugin ABI " + std::to_string(DUBAN_PLUGIN_ABI_VERSION + 1) +
                ", but this duban speaks ABI " + std::to_string(DUBAN_PLUGIN_ABI_VERSION) +
                " (rebuild the plugin)");
}

TEST_F(BadPluginsCli, APluginThatThrowsWhileRegisteringIsListedWithItsMessage) {
  EXPECT_EQ(error_of("libtest_plugin_thrower.so"),
            "it threw while registering: its settings service is unreachable");
}

TEST_F(BadPluginsCli, ASecondPluginRegisteringTheSameKindIsListedWithTheOwner) {
  EXPECT_EQ(error_of("libtest_plugin_twin.so"),
            "task kind 'good.echo' is already registered by plugin 'good'");
  EXPECT_EQ(ws_.duban({"twin", "hello"}).exit_code, 2);  // none of it was kept
}

TEST_F(BadPluginsCli, ASecondPluginOfTheSameNameIsListedWithTheFirstOnesFile) {
  EXPECT_EQ(error_of("libtest_plugin_good_copy.so"),
            "a plugin named 'good' is already loaded from " +
                (std::filesystem::canonical(ws_.plugins()) / "libtest_plugin_good.so").string());
}

TEST_F(BadPluginsCli, TheGoodPluginInTheSameFolderLoadsAndWorks) {
  const json good = entry("libtest_plugin_good.so");
  EXPECT_EQ(good.value("loaded", false), true) << good;
  EXPECT_EQ(good.value("task_kinds", json::array()), json::array({"good.echo"}));
  const auto hello = ws_.duban({"good", "hello"});
  EXPECT_EQ(hello.exit_code, 0) << hello.err;
  EXPECT_EQ(hello.out, "hello from good\n");
}

TEST_F(BadPluginsCli, EveryCommandWarnsAboutEachRefusedFileAndTheCoreWorks) {
  const auto status = ws_.duban({"status", "--day", "2026-03-09", "--now", "2026-03-09T10:00"});
  EXPECT_EQ(status.exit_code, 0) << status.err;
  for (const std::string file : {"bad.so", "libtest_plugin_no_entry.so", "libtest_plugin_abi.so",
                                 "libtest_plugin_thrower.so", "libtest_plugin_twin.so"}) {
    EXPECT_THAT(status.err, HasSubstr("warning: plugin " +
                                      (std::filesystem::canonical(ws_.plugins()) / file).string() +
                                      " was not loaded: "));
  }
  EXPECT_THAT(status.err, ::testing::Not(HasSubstr("libtest_plugin_good.so was not loaded")));
  EXPECT_EQ(ws_.duban({"validate"}).exit_code, 0);
  EXPECT_EQ(ws_.duban({"plan", "weekly-planning", "--period", "2026-W11", "--dry-run"}).exit_code,
            0);
}

TEST_F(BadPluginsCli, PluginsInfoOfARefusedFileSaysWhy) {
  const auto r = ws_.duban({"plugins", "info", "bad.so"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("cannot load it as a library: invalid ELF header"));
}

}  // namespace
}  // namespace duban::test
