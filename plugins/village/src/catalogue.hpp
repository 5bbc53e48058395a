#pragma once
// The fixed vocabularies of the plugin: household categories, risk types and
// assistance-measure types. Records store the ASCII ids; people see and may
// type the Chinese names. Category names are configurable (they change with
// the move to 常态化帮扶 from 2026); the rest follow DOMAIN.md §3.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duban::village {

/// A term: the id records store and the name people see.
struct Term {
  std::string id;
  std::string name;
};

/// The three monitored-household categories, default names, in report order.
const std::vector<Term>& default_categories();
/// The ten risk types (致贫返贫风险类型).
const std::vector<Term>& risk_types();

/// How a measure counts in the report.
enum class MeasureGroup {
  job,                ///< helps people into work: counted as people given jobs
  social_assistance,  ///< social guarantees and assistance: counted per household
  other,              ///< industry, credit, health, education, housing, water …
};

/// An assistance-measure type (帮扶措施类型).
struct MeasureType {
  std::string id;
  std::string name;
  MeasureGroup group = MeasureGroup::other;
};

/// Every measure type, in the order commands list them.
const std::vector<MeasureType>& measure_types();

/// The term whose id or name is `text`.
std::optional<Term> find_term(const std::vector<Term>& terms, std::string_view text);
/// The measure type whose id or name is `text`.
std::optional<MeasureType> find_measure_type(std::string_view text);
/// "id（name）, …" for an error message listing what is allowed.
std::string list_terms(const std::vector<Term>& terms);
/// The measure types as terms.
std::vector<Term> measure_terms();

}  // namespace duban::village
