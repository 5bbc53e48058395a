// Boost.DLL, and nothing else of the plugin host.

#include "plugin_host/plugin_library.hpp"

// Boost.DLL with std::filesystem (no Boost.Filesystem to link); in 1.74
// library_info.hpp then needs <vector> first.
#define BOOST_DLL_USE_STD_FS
#include <boost/dll/shared_library.hpp>
#include <vector>

namespace duban {

namespace dll = boost::dll;

namespace {

// Boost wraps dlerror's text as "… failed (dlerror system message: PATH:
// REASON): …"; people need REASON ("file too short", "undefined symbol: x").
std::string loader_reason(const std::string& what, const std::filesystem::path& file) {
  const std::string marker = "dlerror system message: ";
  const auto start = what.find(marker);
  if (start == std::string::npos) return what;
  std::string reason = what.substr(start + marker.size());
  if (const auto end = reason.rfind("): "); end != std::string::npos) reason.resize(end);
  const std::string prefix = file.string() + ": ";
  if (reason.starts_with(prefix)) reason.erase(0, prefix.size());
  return reason;
}

}  // namespace

constexpr const char* kHandshakeSymbol = "duban_plugin_handshake";
constexpr const char* kFactorySymbol = "duban_plugin_create";

struct PluginLibrary::Impl {
  dll::shared_library library;
};

PluginLibrary::PluginLibrary(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PluginLibrary::~PluginLibrary() = default;

std::shared_ptr<PluginLibrary> PluginLibrary::open(const std::filesystem::path& canonical) {
  auto impl = std::make_unique<Impl>();
  try {
    // rtld_now: a missing symbol fails here, not at the first call; the
    // default local mode keeps one plugin from binding to another's symbols.
    impl->library.load(canonical, dll::load_mode::rtld_now);
  } catch (const std::exception& error) {
    throw PluginLoadError("cannot load it as a library: " + loader_reason(error.what(), canonical));
  }
  return std::shared_ptr<PluginLibrary>(new PluginLibrary(std::move(impl)));
}

Handshake PluginLibrary::handshake() const {
  if (!impl_->library.has(kHandshakeSymbol)) {
    throw PluginLoadError(std::string("not a duban plugin: it exports no '") + kHandshakeSymbol +
                          "' (build it with DUBAN_PLUGIN from <duban/plugin.hpp>)");
  }
  const auto& raw = impl_->library.get<const duban_plugin_handshake>(kHandshakeSymbol);
  Handshake out;
  out.abi_version = raw.abi_version;
  if (out.abi_version != DUBAN_PLUGIN_ABI_VERSION)
    return out;  // the rest may be laid out otherwise
  out.sdk_major = raw.sdk_major;
  out.sdk_minor = raw.sdk_minor;
  out.name = raw.name ? raw.name : "";
  out.version = raw.version ? raw.version : "";
  out.stdlib_key = raw.stdlib_key ? raw.stdlib_key : "";
  return out;
}

sdk::Plugin* PluginLibrary::create() const {
  if (!impl_->library.has(kFactorySymbol)) {
    throw PluginLoadError(std::string("not a duban plugin: it exports no '") + kFactorySymbol +
                          "'");
  }
  auto& factory = impl_->library.get<sdk::Plugin*()>(kFactorySymbol);
  return factory();
}

}  // namespace duban
