#pragma once
/// @file
/// Field schemas: what a task kind's parameters, a record type's fields and
/// a plugin's configuration table may hold. The core checks values against
/// them, so a plugin never sees a value of the wrong type: configuration and
/// workflow parameters are checked when the workspace loads (errors carry
/// `path:line:column`), records whenever one is written.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace duban::sdk {

/// The type of one field. Values reach plugins as JSON (nlohmann::json).
enum class FieldType {
  text,       ///< a string
  integer,    ///< a whole number (JSON integer)
  number,     ///< any number
  boolean,    ///< true or false
  date,       ///< "YYYY-MM-DD" (a real calendar date)
  datetime,   ///< "YYYY-MM-DDTHH:MM" local time
  choice,     ///< one of Field::choices
  text_list,  ///< a list of strings
  person,     ///< the id of a person in the organisation
  unit,       ///< the id of a unit in the organisation
  team,       ///< the id of a team in the organisation
};

/// One field of a schema.
struct Field {
  std::string name;                  ///< key in TOML or JSON ("area", "hours")
  FieldType type = FieldType::text;  ///< what it must hold
  bool required = false;             ///< missing is an error when true
  std::string description;           ///< one line, shown by `duban plugins info`
  std::vector<std::string> choices;  ///< the allowed values of a `choice` field
  std::optional<double> minimum;     ///< for integer and number fields
  std::optional<double> maximum;     ///< for integer and number fields
  nlohmann::json default_value;      ///< used when the field is missing (null: none)
};

/// The fields of a table or a JSON object. Keys not listed are errors (with
/// a did-you-mean), so a typo in a workflow never goes unnoticed.
struct Schema {
  std::vector<Field> fields;  ///< in the order they are documented
};

/// Builds a field in one expression: `field("hours", FieldType::number).required()`.
class FieldBuilder {
 public:
  /// A field named `name` of type `type`, optional, without limits.
  FieldBuilder(std::string name, FieldType type) {
    field_.name = std::move(name);
    field_.type = type;
  }
  /// Marks the field as required.
  FieldBuilder& required() {
    field_.required = true;
    return *this;
  }
  /// Sets the one-line description.
  FieldBuilder& describe(std::string text) {
    field_.description = std::move(text);
    return *this;
  }
  /// Sets the allowed values (for a `choice` field).
  FieldBuilder& choices(std::vector<std::string> values) {
    field_.choices = std::move(values);
    return *this;
  }
  /// Sets the inclusive range (for numbers).
  FieldBuilder& range(std::optional<double> low, std::optional<double> high) {
    field_.minimum = low;
    field_.maximum = high;
    return *this;
  }
  /// Sets the value used when the field is missing.
  FieldBuilder& default_to(nlohmann::json value) {
    field_.default_value = std::move(value);
    return *this;
  }
  /// The finished field.
  operator Field() const { return field_; }  // NOLINT(google-explicit-constructor): builder

 private:
  Field field_;
};

/// Starts a FieldBuilder.
inline FieldBuilder field(std::string name, FieldType type) {
  return {std::move(name), type};
}

/// "text", "integer", …: the name used in messages and in `plugins info`.
inline const char* field_type_name(FieldType type) {
  switch (type) {
    case FieldType::text: return "text";
    case FieldType::integer: return "integer";
    case FieldType::number: return "number";
    case FieldType::boolean: return "boolean";
    case FieldType::date: return "date";
    case FieldType::datetime: return "datetime";
    case FieldType::choice: return "choice";
    case FieldType::text_list: return "text list";
    case FieldType::person: return "person";
    case FieldType::unit: return "unit";
    case FieldType::team: return "team";
  }
  return "?";
}

}  // namespace duban::sdk
