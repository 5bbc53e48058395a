#pragma once
// Each record's table columns, listed once. The SELECT lists, the INSERT and
// upsert statements, the binding and the reading are all generated from these
// lists, so a column cannot be bound at one position and read at another.

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "store/records.hpp"
#include "store/sqlite_db.hpp"

namespace duban {

template <class T, class Record>
concept RecordOf = std::same_as<std::remove_const_t<T>, Record>;

/// Calls visit(column name, field) for each column of `events`, in order.
template <RecordOf<EventRecord> Event, class Visit>
void visit_columns(Event& e, Visit&& visit) {
  visit("id", e.id);
  visit("time", e.time);
  visit("actor", e.actor);
  visit("run", e.run);
  visit("task", e.task);
  visit("type", e.type);
  visit("payload", e.payload);
  visit("reason", e.reason);
  visit("prev_hash", e.prev_hash);
  visit("hash", e.hash);
}

template <RecordOf<RunRow> Row, class Visit>
void visit_columns(Row& r, Visit&& visit) {
  visit("id", r.id);
  visit("workflow", r.workflow);
  visit("period", r.period);
  visit("title", r.title);
  visit("created_at", r.created_at);
  visit("created_by", r.created_by);
  visit("task_count", r.task_count);
}

template <RecordOf<TaskRow> Row, class Visit>
void visit_columns(Row& t, Visit&& visit) {
  visit("id", t.id);
  visit("run", t.run);
  visit("workflow", t.workflow);
  visit("key", t.key);
  visit("title", t.title);
  visit("unit", t.unit);
  visit("owners", t.owners);
  visit("state", t.state);
  visit("start", t.start);
  visit("due", t.due);
  visit("original_due", t.original_due);
  visit("policy", t.policy);
  visit("task_class", t.task_class);
  visit("kind", t.kind);
  visit("depends_on", t.depends_on);
  visit("tags", t.tags);
  visit("weight", t.weight);
  visit("milestones", t.milestones);
  visit("light", t.light);
  visit("escalation_level", t.escalation_level);
  visit("chases", t.chases);
  visit("done_at", t.done_at);
  visit("extension", t.extension);
  visit("detail", t.detail);
  visit("version", t.version);
}

template <class Record>
std::vector<std::string> column_names() {
  Record record;
  std::vector<std::string> names;
  visit_columns(record, [&](std::string_view name, const auto&) { names.emplace_back(name); });
  return names;
}

/// `"id", "run", …` or `t."id", t."run", …` (quoted: "key" is an SQL keyword).
std::string column_list(const std::vector<std::string>& names, std::string_view table_alias = {});
/// INSERT INTO table (…) VALUES (?, …) over `names`.
std::string insert_sql(std::string_view table, const std::vector<std::string>& names);
/// The insert, plus ON CONFLICT(id) DO UPDATE of every other column.
std::string upsert_sql(std::string_view table, const std::vector<std::string>& names);

/// A vector of strings as a compact JSON array, and back. Malformed text
/// in the database is reported as StoreError naming the file and column.
std::string to_json_array(const std::vector<std::string>& values);
std::vector<std::string> from_json_array(const std::string& text, const std::string& file,
                                         std::string_view column);

/// Binds fields to ?1, ?2, … in visiting order, skipping the column `skip`.
class ColumnBinder {
 public:
  explicit ColumnBinder(SqliteStatement& statement, std::string_view skip = {})
      : statement_(statement), skip_(skip) {}
  void operator()(std::string_view name, const std::string& value);
  void operator()(std::string_view name, const std::vector<std::string>& value);
  void operator()(std::string_view name, double value);
  void operator()(std::string_view name, std::int64_t value);

 private:
  bool next(std::string_view name);
  SqliteStatement& statement_;
  std::string_view skip_;
  int index_ = 0;
};

/// Reads columns 0, 1, … of the current row into fields in visiting order.
class ColumnReader {
 public:
  ColumnReader(const SqliteStatement& statement, const std::string& file)
      : statement_(statement), file_(file) {}
  void operator()(std::string_view name, std::string& value);
  void operator()(std::string_view name, std::vector<std::string>& value);
  void operator()(std::string_view name, double& value);
  void operator()(std::string_view name, std::int64_t& value);

 private:
  const SqliteStatement& statement_;
  const std::string& file_;
  int column_ = 0;
};

/// The current row as a record (the SELECT listed column_names<Record>()).
template <class Record>
Record read_record(const SqliteStatement& statement, const std::string& file) {
  Record record;
  visit_columns(record, ColumnReader(statement, file));
  return record;
}

}  // namespace duban
