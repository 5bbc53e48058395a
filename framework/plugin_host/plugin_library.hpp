#pragma once
// One plugin library opened with Boost.DLL. Every Boost.DLL call of the
// program is in plugin_library.cpp (TECH-NOTES: keep them in one file).

#include <filesystem>
#include <memory>
#include <string>

#include <duban/plugin.hpp>

namespace duban {

/// Why a library was refused, as a message for people.
class PluginLoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The handshake's fields, copied out of the library.
struct Handshake {
  int abi_version = 0;
  int sdk_major = 0;
  int sdk_minor = 0;
  std::string name;
  std::string version;
  std::string stdlib_key;
};

class PluginLibrary {
 public:
  /// Opens the library (RTLD_NOW, local): throws PluginLoadError with the
  /// loader's own reason ("invalid ELF header", "undefined symbol: …").
  static std::shared_ptr<PluginLibrary> open(const std::filesystem::path& canonical);
  ~PluginLibrary();
  PluginLibrary(const PluginLibrary&) = delete;
  PluginLibrary& operator=(const PluginLibrary&) = delete;

  /// Reads the plain-C handshake; throws PluginLoadError if it is missing.
  [[nodiscard]] Handshake handshake() const;
  /// Calls the factory. Only after the handshake was accepted.
  [[nodiscard]] sdk::Plugin* create() const;

 private:
  struct Impl;
  explicit PluginLibrary(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace duban
