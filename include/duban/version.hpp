#pragma once
/// @file
/// Versions of the duban SDK, and the key of the C++ standard library a
/// plugin was built with. The plugin host compares all three before it calls
/// any C++ function of a plugin.

#include <cstddef>  // defines _GLIBCXX_RELEASE, read below

/// Expands to its argument as a string literal (after macro expansion).
#define DUBAN_STRINGIFY(x) DUBAN_STRINGIFY_IMPL(x)
/// Helper of DUBAN_STRINGIFY.
#define DUBAN_STRINGIFY_IMPL(x) #x

/// SDK major version: changes when a plugin must be rebuilt.
#define DUBAN_SDK_VERSION_MAJOR 0
/// SDK minor version: changes when the SDK gains backward-compatible features.
#define DUBAN_SDK_VERSION_MINOR 2
/// "MAJOR.MINOR", as shown in `duban plugins info`.
#define DUBAN_SDK_VERSION_STRING \
  DUBAN_STRINGIFY(DUBAN_SDK_VERSION_MAJOR) "." DUBAN_STRINGIFY(DUBAN_SDK_VERSION_MINOR)

/// The layout of the plain-C handshake (duban_plugin_handshake). It changes
/// only if that struct changes; the host reads nothing else before checking it.
#define DUBAN_PLUGIN_ABI_VERSION 1

/// The standard library the SDK's types (std::string, std::function, …)
/// come from: plugins and the host must agree on it, since they pass those
/// types to each other. GCC and clang on the same Debian share libstdc++.
#if defined(_GLIBCXX_RELEASE)
#define DUBAN_STDLIB_KEY                                                         \
  "libstdc++ " DUBAN_STRINGIFY(_GLIBCXX_RELEASE) ", cxx11-abi " DUBAN_STRINGIFY( \
      _GLIBCXX_USE_CXX11_ABI)
#elif defined(_LIBCPP_VERSION)
#define DUBAN_STDLIB_KEY "libc++ " DUBAN_STRINGIFY(_LIBCPP_VERSION)
#else
#define DUBAN_STDLIB_KEY "unknown standard library"
#endif

namespace duban {

/// SDK major version (see DUBAN_SDK_VERSION_MAJOR).
inline constexpr int sdk_version_major = DUBAN_SDK_VERSION_MAJOR;
/// SDK minor version (see DUBAN_SDK_VERSION_MINOR).
inline constexpr int sdk_version_minor = DUBAN_SDK_VERSION_MINOR;

}  // namespace duban
