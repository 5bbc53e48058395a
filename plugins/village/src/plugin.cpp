// The plugin's entry point: 驻村帮扶 and 防止返贫监测 for the bureau's
// assisted villages. Each part registers itself (parts.hpp).

#include <duban/sdk.hpp>

#include "parts.hpp"

namespace duban::village {

class VillagePlugin final : public sdk::Plugin {
 public:
  void register_extensions(sdk::Registry& registry) override { register_all(registry); }
};

}  // namespace duban::village

DUBAN_PLUGIN("village", "1.0.0", duban::village::VillagePlugin)
