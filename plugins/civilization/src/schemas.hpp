#pragma once
// What the plugin declares to the core: its record types, its config table
// and the parameters of its task kinds, and the config as a struct.

#include <duban/sdk.hpp>
#include <string>

namespace civilization {

/// civilization.area, civilization.finding, civilization.hours.
duban::sdk::RecordType area_record_type();
duban::sdk::RecordType finding_record_type();
duban::sdk::RecordType hours_record_type();

/// The `[plugins.civilization]` table of duban.toml.
duban::sdk::Schema config_schema();

/// The plugin's configuration, defaults filled in by the core.
struct Config {
  std::string campaign_lead;       ///< 创文办负责人: owns the weekly dispatch meeting
  int rectify_workdays = 3;        ///< default rectification deadline
  int check_workdays = 2;          ///< 回头看 within this many workdays of the rectification
  std::string rectify_owner;       ///< "cadre" (包片领导, else team leader) or "team-leader"
  std::string check_by;            ///< "team-leader", "finder" or "campaign-lead"
  std::string policy;              ///< deadline policy of the plugin's tasks ("" default)
  double max_activity_hours = 12;  ///< refuse longer single hours records
};

/// Reads the config the core validated against config_schema().
Config read_config(const nlohmann::json& table);

}  // namespace civilization
