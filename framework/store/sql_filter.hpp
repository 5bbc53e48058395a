#pragma once
// A WHERE clause built from optional conditions, each with its bound
// values, so the SQL text and the binding order cannot drift apart and no
// value is ever pasted into SQL.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/sqlite_db.hpp"

namespace duban {

class SqlFilter {
 public:
  /// Text or a number. Not a std::variant: GCC 12 warns (maybe-uninitialized)
  /// on moving one holding a string.
  struct Value {
    Value(std::string value)
        : is_text(true), text(std::move(value)) {}  // NOLINT: implicit on purpose
    Value(std::int64_t value) : number(value) {}    // NOLINT: implicit on purpose
    bool is_text = false;
    std::string text;
    std::int64_t number = 0;
  };

  /// A condition with as many '?' as `values`.
  void add(std::string condition, std::vector<Value> values = {}) {
    conditions_.push_back(std::move(condition));
    for (auto& value : values) values_.push_back(std::move(value));
  }
  /// A value for a '?' outside the WHERE clause (a JOIN before it, a LIMIT
  /// after it): call in the order the '?' appear in the statement.
  void add_value(Value value) { values_.push_back(std::move(value)); }

  /// " WHERE a AND b", or "" when nothing filters.
  [[nodiscard]] std::string where() const {
    std::string text;
    for (const auto& condition : conditions_) {
      text += text.empty() ? " WHERE " : " AND ";
      text += condition;
    }
    return text;
  }

  void bind(SqliteStatement& statement) const {
    int index = 0;
    for (const auto& value : values_) {
      ++index;
      if (value.is_text) {
        statement.bind_text(index, value.text);
      } else {
        statement.bind_int64(index, value.number);
      }
    }
  }

 private:
  std::vector<std::string> conditions_;
  std::vector<Value> values_;
};

}  // namespace duban
