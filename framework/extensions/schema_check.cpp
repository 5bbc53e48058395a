// Field checks shared by records, task parameters and plugin configuration.

#include "extensions/schema_check.hpp"

#include <algorithm>
#include <cmath>

#include "dates/date.hpp"
#include "diagnostics/suggest.hpp"

namespace duban {

namespace {

using nlohmann::json;
using sdk::FieldType;

bool is_date_text(const json& value) {
  return value.is_string() && parse_date(value.get<std::string>()).has_value();
}

// The store's local time form, "YYYY-MM-DDTHH:MM" (no offset, no seconds).
bool is_datetime_text(const json& value) {
  if (!value.is_string()) return false;
  const auto text = value.get<std::string>();
  return text.size() == 16 && text[10] == 'T' && parse_date(text.substr(0, 10)).has_value() &&
         parse_time_of_day(text.substr(11)).has_value();
}

// "12", not "12.0": limits are usually whole numbers.
std::string number_text(double number) {
  const double whole = std::round(number);
  if (whole == number && std::abs(number) < 1e15)
    return std::to_string(static_cast<long long>(whole));
  return json(number).dump();
}

std::string check_range(const sdk::Field& field, double number) {
  if (field.minimum && number < *field.minimum) {
    return "must be at least " + number_text(*field.minimum) + " (is " + number_text(number) + ")";
  }
  if (field.maximum && number > *field.maximum) {
    return "must be at most " + number_text(*field.maximum) + " (is " + number_text(number) + ")";
  }
  return "";
}

std::string check_org_id(const sdk::Field& field, const std::string& id, const Organisation& org) {
  switch (field.type) {
    case FieldType::person:
      return org.person(id) ? ""
                            : "unknown person '" + id + "'" + did_you_mean(id, org.person_ids());
    case FieldType::unit: return org.unit(id) ? "" : "unknown unit '" + id + "'";
    case FieldType::team: return org.team(id) ? "" : "unknown team '" + id + "'";
    default: return "";
  }
}

std::string check_choice(const sdk::Field& field, const std::string& value) {
  if (std::find(field.choices.begin(), field.choices.end(), value) != field.choices.end())
    return "";
  std::string list;
  for (const auto& c : field.choices) list += (list.empty() ? "" : ", ") + c;
  return "'" + value + "' is not one of: " + list + did_you_mean(value, field.choices);
}

}  // namespace

std::string check_field_value(const sdk::Field& field, const json& value, const Organisation* org) {
  switch (field.type) {
    case FieldType::text: return value.is_string() ? "" : "must be text";
    case FieldType::integer:
      if (!value.is_number_integer()) return "must be a whole number";
      return check_range(field, value.get<double>());
    case FieldType::number:
      if (!value.is_number()) return "must be a number";
      return check_range(field, value.get<double>());
    case FieldType::boolean: return value.is_boolean() ? "" : "must be true or false";
    case FieldType::date: return is_date_text(value) ? "" : "must be a date (YYYY-MM-DD)";
    case FieldType::datetime:
      return is_datetime_text(value) ? "" : "must be a local time (YYYY-MM-DDTHH:MM)";
    case FieldType::choice:
      return value.is_string() ? check_choice(field, value.get<std::string>()) : "must be text";
    case FieldType::text_list:
      if (!value.is_array()) return "must be a list of text";
      for (const auto& item : value) {
        if (!item.is_string()) return "must be a list of text";
      }
      return "";
    case FieldType::person:
    case FieldType::unit:
    case FieldType::team:
      if (!value.is_string())
        return std::string("must be a ") + sdk::field_type_name(field.type) + " id";
      return org ? check_org_id(field, value.get<std::string>(), *org) : "";
  }
  return "has an unknown type";
}

std::vector<std::string> check_object(json& object, const sdk::Schema& schema,
                                      const Organisation* org) {
  if (object.is_null()) object = json::object();
  if (!object.is_object()) return {"must be an object of fields"};
  std::vector<std::string> problems;
  std::vector<std::string> names;
  for (const auto& field : schema.fields) {
    names.push_back(field.name);
    auto it = object.find(field.name);
    if (it != object.end() && it->is_null()) {  // null means "not given"
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
      problems.push_back("unknown field '" + key + "'" + did_you_mean(key, names));
    }
  }
  return problems;
}

json toml_to_json(const toml::node& node) {
  if (const auto* s = node.as_string()) return s->get();
  if (const auto* i = node.as_integer()) return i->get();
  if (const auto* f = node.as_floating_point()) return f->get();
  if (const auto* b = node.as_boolean()) return b->get();
  if (const auto* d = node.as_date()) {
    const auto v = d->get();
    return format_date(make_date(v.year, v.month, v.day));
  }
  if (const auto* dt = node.as_date_time()) {
    const auto v = dt->get();
    const Date date = make_date(v.date.year, v.date.month, v.date.day);
    const int minutes = v.time.hour * 60 + v.time.minute;
    return format_date(date) + "T" + format_time_of_day(TimeOfDay{minutes});
  }
  if (const auto* a = node.as_array()) {
    json out = json::array();
    for (const auto& item : *a) out.push_back(toml_to_json(item));
    return out;
  }
  if (const auto* t = node.as_table()) {
    json out = json::object();
    for (const auto& [key, value] : *t) out[std::string(key.str())] = toml_to_json(value);
    return out;
  }
  return nullptr;
}

json read_schema_table(TableReader& reader, const sdk::Schema& schema, const Organisation* org) {
  json out = json::object();
  for (const auto& field : schema.fields) {
    const toml::node* node =
        reader.node(field.name, field.required && field.default_value.is_null() ? Need::required
                                                                                : Need::optional);
    if (!node) {
      if (!field.default_value.is_null()) out[field.name] = field.default_value;
      continue;
    }
    json value = toml_to_json(*node);
    const std::string why = check_field_value(field, value, org);
    if (!why.empty()) {
      reader.error(field.name, "'" + field.name + "' " + why);
      continue;
    }
    out[field.name] = std::move(value);
  }
  reader.finish();
  return out;
}

}  // namespace duban
