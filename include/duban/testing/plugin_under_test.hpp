#pragma once
/// @file
/// The plugin a test is about, created as the host creates it. Compile the
/// plugin's sources (the one with DUBAN_PLUGIN among them) into the test
/// executable, not its shared library, and install what this returns into
/// a FakeContext: the test then runs exactly what duban would load.

#include <memory>

#include "duban/plugin.hpp"

/// The factory DUBAN_PLUGIN defines in the plugin's sources.
extern "C" duban::sdk::Plugin* duban_plugin_create();

namespace duban::testing {

/// A new instance of the plugin compiled into this test executable. A link
/// error naming duban_plugin_create means the source holding DUBAN_PLUGIN
/// is not among the test's sources.
inline std::unique_ptr<sdk::Plugin> create_plugin_under_test() {
  return std::unique_ptr<sdk::Plugin>(duban_plugin_create());
}

}  // namespace duban::testing
