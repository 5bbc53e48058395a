#include "parts.hpp"
#include "record_types.hpp"
#include "settings.hpp"

namespace duban::village {

void register_all(sdk::Registry& registry) {
  registry.config(settings_schema());
  for (auto& type : record_types()) registry.add_record_type(std::move(type));
  add_village_commands(registry);
  add_household_command(registry);
  add_visit_parts(registry);
  add_measure_parts(registry);
  add_assessment_parts(registry);
  add_report_section(registry);
}

}  // namespace duban::village
