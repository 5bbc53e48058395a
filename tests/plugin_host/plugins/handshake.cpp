// A plugin whose handshake is written by hand, shifted from what this SDK
// says, to be refused (or, for an older minor version, accepted). The
// build gives HANDSHAKE_NAME and the shifts; the tests compute the expected
// messages from the same SDK macros.

#include <duban/plugin.hpp>

#ifndef HANDSHAKE_ABI_SHIFT
#define HANDSHAKE_ABI_SHIFT 0
#endif
#ifndef HANDSHAKE_SDK_MAJOR_SHIFT
#define HANDSHAKE_SDK_MAJOR_SHIFT 0
#endif
#ifndef HANDSHAKE_SDK_MINOR_SHIFT
#define HANDSHAKE_SDK_MINOR_SHIFT 0
#endif
#ifndef HANDSHAKE_STDLIB_KEY
#define HANDSHAKE_STDLIB_KEY DUBAN_STDLIB_KEY
#endif

namespace {

class EmptyPlugin final : public duban::sdk::Plugin {
 public:
  void register_extensions(duban::sdk::Registry&) override {}
};

}  // namespace

extern "C" DUBAN_PLUGIN_EXPORT const duban_plugin_handshake duban_plugin_handshake{
    DUBAN_PLUGIN_ABI_VERSION + HANDSHAKE_ABI_SHIFT,
    DUBAN_SDK_VERSION_MAJOR + HANDSHAKE_SDK_MAJOR_SHIFT,
    DUBAN_SDK_VERSION_MINOR + HANDSHAKE_SDK_MINOR_SHIFT,
    HANDSHAKE_NAME,
    "1.0.0",
    HANDSHAKE_STDLIB_KEY};

extern "C" DUBAN_PLUGIN_EXPORT duban::sdk::Plugin* duban_plugin_create() {
  return new EmptyPlugin();  // NOLINT(cppcoreguidelines-owning-memory): C factory
}
