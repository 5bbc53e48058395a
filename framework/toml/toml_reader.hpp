#pragma once
// Strict reading of TOML tables into typed values. TOML++ has no schema, so
// each loader walks its tables through a TableReader, which records every
// problem (wrong type, missing key, unknown key with "did you mean") in a
// Diagnostics list with the exact position, instead of stopping at the first.

#include <toml++/toml.h>

#include <cstdint>
#include <duban/diagnostic.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date.hpp"

namespace duban {

/// Parses a whole file; on a syntax error records it and returns nullopt.
std::optional<toml::table> parse_toml_file(const std::string& path, Diagnostics& diagnostics);
/// Parses text that claims to come from `path` (tests, the fuzzer).
std::optional<toml::table> parse_toml_text(std::string_view text, const std::string& path,
                                           Diagnostics& diagnostics);

/// The position of a node, in the file it came from.
SourcePosition position_of(const toml::node& node, const std::string& path);

/// "a string", "an integer", … for messages.
std::string_view describe_type(const toml::node& node);

enum class Need { optional, required };

/// Reads one TOML table. Every key looked up is remembered as known; `finish()`
/// reports the keys never looked up as unknown, suggesting the nearest known one.
class TableReader {
 public:
  /// `what` names the table in messages, e.g. "task 'summary'".
  TableReader(const toml::table& table, std::string path, Diagnostics& diagnostics,
              std::string what);

  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] Diagnostics& diagnostics() const { return *diagnostics_; }
  [[nodiscard]] const std::string& what() const { return what_; }
  [[nodiscard]] const toml::table& table() const { return *table_; }
  /// Position of the table itself.
  [[nodiscard]] SourcePosition position() const;
  /// Position of a key's value, or of the table if the key is absent.
  [[nodiscard]] SourcePosition position(std::string_view key) const;

  /// Marks keys as known without reading them (read elsewhere).
  void allow(std::initializer_list<std::string_view> keys);
  [[nodiscard]] bool has(std::string_view key);
  /// The raw node (marks the key known), or nullptr; reports a missing required key.
  const toml::node* node(std::string_view key, Need need = Need::optional);

  std::optional<std::string> string(std::string_view key, Need need = Need::optional);
  std::optional<std::int64_t> integer(std::string_view key, Need need = Need::optional);
  std::optional<double> number(std::string_view key, Need need = Need::optional);
  std::optional<bool> boolean(std::string_view key, Need need = Need::optional);
  /// A TOML date (2026-02-13) or a string "2026-02-13".
  std::optional<Date> date(std::string_view key, Need need = Need::optional);
  /// An array of strings, or a single string taken as a one-element list.
  std::vector<std::string> strings(std::string_view key, Need need = Need::optional);
  const toml::table* subtable(std::string_view key, Need need = Need::optional);
  const toml::array* array(std::string_view key, Need need = Need::optional);
  /// An array of tables (`[[key]]`); each element that is not a table is reported.
  std::vector<const toml::table*> tables(std::string_view key, Need need = Need::optional);

  /// Reports unknown keys. Call once, after every read.
  void finish();

  /// Records an error at a key's position.
  void error(std::string_view key, std::string message) const;
  /// Records a warning at a key's position.
  void warning(std::string_view key, std::string message) const;

 private:
  void wrong_type(std::string_view key, const toml::node& node, std::string_view expected) const;

  const toml::table* table_;
  std::string path_;
  Diagnostics* diagnostics_;
  std::string what_;
  std::set<std::string, std::less<>> known_;
};

/// Reads a date from a node: a TOML date or a "YYYY-MM-DD" string.
std::optional<Date> date_from_node(const toml::node& node);

}  // namespace duban
