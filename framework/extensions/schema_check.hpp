#pragma once
// Checking values against a plugin's field schema (include/duban/schema.hpp):
// one checker for JSON values, used for records and task parameters given at
// run time, and a TOML reader on top of it that reports with positions, for
// duban.toml's plugin tables and workflow `params`.

#include <duban/schema.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "org/organisation.hpp"
#include "toml/toml_reader.hpp"

namespace duban {

/// "" if `value` fits `field`, otherwise why not ("must be a date (YYYY-MM-DD)").
/// Person, unit and team ids are checked against `org` when it is given.
std::string check_field_value(const sdk::Field& field, const nlohmann::json& value,
                              const Organisation* org);

/// Checks a JSON object against `schema`, filling in defaults. Returns one
/// message per problem, each naming the field ({} when it fits).
std::vector<std::string> check_object(nlohmann::json& object, const sdk::Schema& schema,
                                      const Organisation* org);

/// Reads a TOML table against `schema` into a JSON object (defaults filled
/// in); every problem goes to the reader's diagnostics at its position.
nlohmann::json read_schema_table(TableReader& reader, const sdk::Schema& schema,
                                 const Organisation* org);

/// A TOML value as JSON: dates as "YYYY-MM-DD", times as "YYYY-MM-DDTHH:MM".
nlohmann::json toml_to_json(const toml::node& node);

}  // namespace duban
