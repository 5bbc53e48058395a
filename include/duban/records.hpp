#pragma once
/// @file
/// Records: typed data a plugin defines (a patrol finding, a household, a
/// visit) and the core keeps in the workspace's database, in the same
/// transaction as the task events, with every write in the event log.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "duban/schema.hpp"

namespace duban::sdk {

/// A record type: its name (unique across plugins, conventionally
/// "plugin.thing") and the schema every record of it must satisfy.
struct RecordType {
  std::string name;         ///< "plugin.thing", e.g. "hello.finding"
  std::string description;  ///< one line, shown by `duban plugins info`
  Schema schema;            ///< fields; unknown keys and wrong types are refused
};

/// One stored record.
struct Record {
  std::string type;          ///< its record type
  std::string id;            ///< unique within the type
  nlohmann::json data;       ///< an object satisfying the type's schema (defaults filled in)
  std::string created_at;    ///< local time of the first write
  std::string updated_at;    ///< local time of the last write
  std::int64_t version = 0;  ///< writes so far (1 after the first)
};

/// Which records to read: those of `type` whose fields equal the given
/// values (a text_list field matches when it contains the value).
struct RecordQuery {
  std::string type;                                            ///< required
  std::vector<std::pair<std::string, nlohmann::json>> equals;  ///< field = value, all must hold
  std::size_t limit = 0;  ///< at most this many (0: all), ordered by id
};

/// Record access for plugin code. Writes are only possible where the core
/// holds a write transaction (hooks, automatic tasks, commands that write):
/// elsewhere `put` throws. A refused write (unknown type, a field of the
/// wrong type) throws std::invalid_argument naming the field, and the
/// command or hook that made it changes nothing.
class Records {
 public:
  virtual ~Records() = default;
  /// Creates or replaces the record (type, id); returns it as stored.
  virtual Record put(const std::string& type, const std::string& id, nlohmann::json data) = 0;
  /// The record, if it exists.
  virtual std::optional<Record> get(const std::string& type, const std::string& id) = 0;
  /// The records matching `query`, ordered by id.
  virtual std::vector<Record> find(const RecordQuery& query) = 0;
};

}  // namespace duban::sdk
