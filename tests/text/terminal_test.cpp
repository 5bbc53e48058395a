#include "text/terminal.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace duban {
namespace {

TEST(ReportTerminal, DecideColor) {
  EXPECT_TRUE(decide_color(false, nullptr, true));
  EXPECT_FALSE(decide_color(false, nullptr, false));  // pipe or file
  EXPECT_FALSE(decide_color(true, nullptr, true));    // --no-color
  EXPECT_FALSE(decide_color(false, "1", true));       // NO_COLOR=1
  EXPECT_FALSE(decide_color(false, "false", true));   // any non-empty value
  EXPECT_TRUE(decide_color(false, "", true));         // empty NO_COLOR is ignored
}

// Sets NO_COLOR for one test and restores the previous value.
class NoColorEnv {
 public:
  explicit NoColorEnv(const char* value) {
    if (const char* old = std::getenv("NO_COLOR")) saved_ = old;
    setenv("NO_COLOR", value, 1);
  }
  ~NoColorEnv() {
    if (saved_) {
      setenv("NO_COLOR", saved_->c_str(), 1);
    } else {
      unsetenv("NO_COLOR");
    }
  }
  NoColorEnv(const NoColorEnv&) = delete;
  NoColorEnv& operator=(const NoColorEnv&) = delete;

 private:
  std::optional<std::string> saved_;
};

TEST(ReportTerminal, ColorWantedHonoursFlagAndEnvironment) {
  EXPECT_FALSE(color_wanted(true));
  {
    const NoColorEnv env("1");
    EXPECT_FALSE(color_wanted(false));
  }
  const NoColorEnv env("");
  EXPECT_EQ(color_wanted(false), stdout_is_terminal());
}

}  // namespace
}  // namespace duban
