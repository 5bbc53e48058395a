#pragma once
// Whether to colour output: the terminal check and the user's wishes.

namespace duban {

/// True when standard output is a terminal (not a pipe or a file).
[[nodiscard]] bool stdout_is_terminal();

/// The decision itself, without touching the environment (testable):
/// no colour with --no-color, with a non-empty NO_COLOR (https://no-color.org;
/// `no_color_env` is its value or nullptr when unset), or off a terminal.
[[nodiscard]] bool decide_color(bool no_color_flag, const char* no_color_env, bool is_terminal);

/// decide_color() fed with NO_COLOR and stdout_is_terminal(). The only place
/// that reads the environment for colour.
[[nodiscard]] bool color_wanted(bool no_color_flag);

}  // namespace duban
