#include "text/terminal.hpp"

#include <cstdlib>

#include <unistd.h>

namespace duban {

bool stdout_is_terminal() {
  return isatty(STDOUT_FILENO) == 1;
}

bool decide_color(bool no_color_flag, const char* no_color_env, bool is_terminal) {
  if (no_color_flag) return false;
  // NO_COLOR set to an empty string does not count, as the convention says.
  if (no_color_env != nullptr && no_color_env[0] != '\0') return false;
  return is_terminal;
}

bool color_wanted(bool no_color_flag) {
  return decide_color(no_color_flag, std::getenv("NO_COLOR"), stdout_is_terminal());
}

}  // namespace duban
