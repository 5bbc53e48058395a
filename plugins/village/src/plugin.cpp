// The plugin's entry point: 驻村帮扶 and 防止返贫监测 for the bureau's
// assisted villages. Each part registers itself (parts.hpp).

#include <duban/sdk.hpp>

#include "parts.hpp"
#include "record_types.hpp"
#include "settings.hpp"

namespace duban::village {

class VillagePlugin final : public sdk::Plugin {
 public:
  void register_extensions(sdk::Registry& registry) override {
    registry.config(settings_schema());
    for (auto& type : record_types()) registry.add_record_type(std::move(type));
    add_village_commands(registry);
    add_household_command(registry);
    add_visit_parts(registry);
    add_measure_parts(registry);
    add_assessment_parts(registry);
    add_report_section(registry);
  }
};

}  // namespace duban::village

DUBAN_PLUGIN("village", "1.0.0", duban::village::VillagePlugin)
