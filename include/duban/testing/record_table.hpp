#pragma once
/// @file
/// The records a FakeContext keeps, with the core's query semantics. It
/// stores what it is given: the rules for writing (known type, schema) are
/// FakeContext's, as they are the core's plugin context's.

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "duban/records.hpp"

namespace duban::testing {

/// Records by (type, id), in that order, as the core's store returns them.
class RecordTable {
 public:
  /// Creates or replaces the record; the first write sets created_at, every
  /// write sets updated_at to `now` and adds one to the version.
  sdk::Record write(const std::string& type, const std::string& id, nlohmann::json data,
                    const std::string& now) {
    sdk::Record& record = rows_[{type, id}];
    if (record.version == 0) record.created_at = now;
    record.type = type;
    record.id = id;
    record.data = std::move(data);
    record.updated_at = now;
    ++record.version;
    return record;
  }

  /// The record, if it exists (an unknown type is no error: there is none).
  [[nodiscard]] std::optional<sdk::Record> get(const std::string& type,
                                               const std::string& id) const {
    auto it = rows_.find({type, id});
    if (it == rows_.end()) return std::nullopt;
    return it->second;
  }

  /// The records of query.type whose fields match every `equals`, ordered by
  /// id, at most query.limit of them (0: all). A field matches a value it
  /// equals, or, when it is a list, one it contains; a missing field matches
  /// only null. Throws std::invalid_argument when the query names no type.
  [[nodiscard]] std::vector<sdk::Record> find(const sdk::RecordQuery& query) const {
    if (query.type.empty()) throw std::invalid_argument("a record query needs a type");
    std::vector<sdk::Record> out;
    for (auto it = rows_.lower_bound({query.type, ""});
         it != rows_.end() && it->first.first == query.type; ++it) {
      if (!matches(it->second.data, query)) continue;
      out.push_back(it->second);
      if (query.limit != 0 && out.size() == query.limit) break;
    }
    return out;
  }

  /// Every record, ordered by type and id.
  [[nodiscard]] std::vector<sdk::Record> all() const {
    std::vector<sdk::Record> out;
    for (const auto& [key, record] : rows_) out.push_back(record);
    return out;
  }

 private:
  static bool field_matches(const nlohmann::json& data, const std::string& field,
                            const nlohmann::json& value) {
    auto it = data.find(field);
    if (it == data.end()) return value.is_null();
    if (it->is_array() && !value.is_array()) {
      return std::find(it->begin(), it->end(), value) != it->end();
    }
    return *it == value;
  }
  static bool matches(const nlohmann::json& data, const sdk::RecordQuery& query) {
    return std::all_of(query.equals.begin(), query.equals.end(), [&](const auto& equal) {
      return field_matches(data, equal.first, equal.second);
    });
  }

  // Byte order of the strings, like the store's ORDER BY type, id.
  std::map<std::pair<std::string, std::string>, sdk::Record> rows_;
};

}  // namespace duban::testing
