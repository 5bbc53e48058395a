#pragma once
/// @file
/// Values checked against a field schema (duban/schema.hpp) with the core's
/// rules and messages: what a FakeContext applies to records, task
/// parameters and its configuration, and what a plugin's own tests may call
/// to check a value the way the core will.

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "duban/schema.hpp"
#include "duban/testing/detail/local_time.hpp"
#include "duban/testing/detail/suggest.hpp"
#include "duban/testing/fake_organisation.hpp"

namespace duban::testing {

namespace detail {

// "12", not "12.0": limits are usually whole numbers.
inline std::string number_text(double number) {
  const double whole = std::round(number);
  if (whole == number && std::abs(number) < 1e15) {
    return std::to_string(static_cast<long long>(whole));
  }
  return nlohmann::json(number).dump();
}

inline std::string check_range(const sdk::Field& field, double number) {
  if (field.minimum && number < *field.minimum) {
    return "must be at least " + number_text(*field.minimum) + " (is " + number_text(number) + ")";
  }
  if (field.maximum && number > *field.maximum) {
    return "must be at most " + number_text(*field.maximum) + " (is " + number_text(number) + ")";
  }
  return "";
}

inline std::string check_choice(const sdk::Field& field, const std::string& value) {
  if (std::find(field.choices.begin(), field.choices.end(), value) != field.choices.end()) {
    return "";
  }
  std::string list;
  for (const auto& choice : field.choices) list += (list.empty() ? "" : ", ") + choice;
  return "'" + value + "' is not one of: " + list + did_you_mean(value, field.choices);
}

inline std::string check_org_id(const sdk::Field& field, const std::string& id,
                                const FakeOrganisation& org) {
  switch (field.type) {
    case sdk::FieldType::person:
      return org.person(id) ? ""
                            : "unknown person '" + id + "'" + did_you_mean(id, org.person_ids());
    case sdk::FieldType::unit: return org.has_unit(id) ? "" : "unknown unit '" + id + "'";
    case sdk::FieldType::team: return org.team(id) ? "" : "unknown team '" + id + "'";
    default: return "";
  }
}

inline bool is_text_list(const nlohmann::json& value) {
  return value.is_array() &&
         std::all_of(value.begin(), value.end(),
                     [](const nlohmann::json& item) { return item.is_string(); });
}

}  // namespace detail

/// "" if `value` fits `field`, otherwise why not ("must be a date
/// (YYYY-MM-DD)"). Person, unit and team ids are checked against `org` when
/// it is given.
inline std::string check_field_value(const sdk::Field& field, const nlohmann::json& value,
                                     const FakeOrganisation* org) {
  using sdk::FieldType;
  switch (field.type) {
    case FieldType::text: return value.is_string() ? "" : "must be text";
    case FieldType::integer:
      if (!value.is_number_integer()) return "must be a whole number";
      return detail::check_range(field, value.get<double>());
    case FieldType::number:
      if (!value.is_number()) return "must be a number";
      return detail::check_range(field, value.get<double>());
    case FieldType::boolean: return value.is_boolean() ? "" : "must be true or false";
    case FieldType::date:
      return value.is_string() && detail::parse_date(value.get<std::string>())
                 ? ""
                 : "must be a date (YYYY-MM-DD)";
    case FieldType::datetime:
      return value.is_string() && detail::is_stored_time(value.get<std::string>())
                 ? ""
                 : "must be a local time (YYYY-MM-DDTHH:MM)";
    case FieldType::choice:
      return value.is_string() ? detail::check_choice(field, value.get<std::string>())
                               : "must be text";
    case FieldType::text_list: return detail::is_text_list(value) ? "" : "must be a list of text";
    case FieldType::person:
    case FieldType::unit:
    case FieldType::team:
      if (!value.is_string()) {
        return std::string("must be a ") + sdk::field_type_name(field.type) + " id";
      }
      return org ? detail::check_org_id(field, value.get<std::string>(), *org) : "";
  }
  return "has an unknown type";
}

/// Checks a JSON object against `schema` and fills in defaults, as the core
/// does before it stores a record or a task's parameters: null means "not
/// given"; a missing required field, a wrong value and a key the schema does
/// not list are each one message naming the field ({} when all fit).
inline std::vector<std::string> check_object(nlohmann::json& object, const sdk::Schema& schema,
                                             const FakeOrganisation* org) {
  if (object.is_null()) object = nlohmann::json::object();
  if (!object.is_object()) return {"must be an object of fields"};
  std::vector<std::string> problems;
  std::vector<std::string> names;
  for (const auto& field : schema.fields) {
    names.push_back(field.name);
    auto it = object.find(field.name);
    if (it != object.end() && it->is_null()) {
      object.erase(it);
      it = object.end();
    }
    if (it == object.end()) {
      if (!field.default_value.is_null()) {
        object[field.name] = field.default_value;
      } else if (field.required) {
        problems.push_back("missing field '" + field.name + "'");
      }
      continue;
    }
    const std::string why = check_field_value(field, *it, org);
    if (!why.empty()) problems.push_back("field '" + field.name + "' " + why);
  }
  for (const auto& [key, value] : object.items()) {
    if (std::find(names.begin(), names.end(), key) == names.end()) {
      problems.push_back("unknown field '" + key + "'" + detail::did_you_mean(key, names));
    }
  }
  return problems;
}

}  // namespace duban::testing
