// The civilized-city campaign plugin (创文创卫): responsibility areas,
// daily patrols, findings followed to close-out, volunteer hours, the weekly
// dispatch and a status section.

#include <duban/sdk.hpp>

#include "registrations.hpp"
#include "schemas.hpp"

namespace civilization {

class CivilizationPlugin final : public duban::sdk::Plugin {
 public:
  void register_extensions(duban::sdk::Registry& registry) override {
    registry.config(config_schema());
    registry.add_record_type(area_record_type());
    registry.add_record_type(finding_record_type());
    registry.add_record_type(hours_record_type());
    registry.add_task_kind(dispatch_patrols_kind());
    registry.add_task_kind(weekly_dispatch_kind());
    registry.add_hook(finding_completed_hook());
    registry.add_hook(finding_overdue_hook());
    registry.add_section(campaign_section());
    registry.add_command(area_command());
    registry.add_command(finding_command());
    registry.add_command(recheck_command());
    registry.add_command(findings_command());
    registry.add_command(hours_command());
  }
};

}  // namespace civilization

DUBAN_PLUGIN("civilization", "1.0.0", civilization::CivilizationPlugin)
