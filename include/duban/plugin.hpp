#pragma once
/// @file
/// The entry point of a plugin. A plugin is a shared library exporting two
/// plain C symbols, both made by DUBAN_PLUGIN:
///
///   * `duban_plugin_handshake`: a C struct the host reads before any C++
///     call, to refuse a plugin built for another ABI, SDK or standard library;
///   * `duban_plugin_create`: returns a new duban::sdk::Plugin.
///
/// @code
/// class MyPlugin final : public duban::sdk::Plugin {
///   void register_extensions(duban::sdk::Registry& registry) override { … }
/// };
/// DUBAN_PLUGIN("my-plugin", "1.0.0", MyPlugin)
/// @endcode

#include "duban/extensions.hpp"
#include "duban/version.hpp"

/// The handshake; a plain C struct so that its layout never depends on C++.
extern "C" struct duban_plugin_handshake {
  int abi_version;         ///< DUBAN_PLUGIN_ABI_VERSION the plugin was built with
  int sdk_major;           ///< DUBAN_SDK_VERSION_MAJOR the plugin was built with
  int sdk_minor;           ///< DUBAN_SDK_VERSION_MINOR the plugin was built with
  const char* name;        ///< plugin name: lowercase, digits and '-'; the command prefix
  const char* version;     ///< the plugin's own version
  const char* stdlib_key;  ///< DUBAN_STDLIB_KEY the plugin was built with
};

namespace duban::sdk {

/// A plugin: registers its extensions once, when it is loaded.
class Plugin {
 public:
  virtual ~Plugin() = default;
  /// Registers everything the plugin adds. Throwing refuses the plugin
  /// (nothing it registered is kept); the others and the core go on.
  virtual void register_extensions(Registry& registry) = 0;
};

}  // namespace duban::sdk

/// Makes the symbols visible from the plugin library (which is built with
/// hidden visibility).
#define DUBAN_PLUGIN_EXPORT __attribute__((visibility("default")))

/// Defines the handshake and the factory for plugin class `CLASS`, named
/// NAME (a string literal) at VERSION (a string literal).
#define DUBAN_PLUGIN(NAME, VERSION, CLASS)                                                       \
  extern "C" DUBAN_PLUGIN_EXPORT const duban_plugin_handshake duban_plugin_handshake{            \
      DUBAN_PLUGIN_ABI_VERSION, DUBAN_SDK_VERSION_MAJOR, DUBAN_SDK_VERSION_MINOR, NAME, VERSION, \
      DUBAN_STDLIB_KEY};                                                                         \
  extern "C" DUBAN_PLUGIN_EXPORT duban::sdk::Plugin* duban_plugin_create() {                     \
    return new CLASS(); /* NOLINT(cppcoreguidelines-owning-memory): C factory */                 \
  }
