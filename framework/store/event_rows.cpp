// Reading and appending rows of the events table.

#include "store/record_columns.hpp"
#include "store/sql_filter.hpp"
#include "store/store_rows.hpp"

namespace duban {

std::vector<EventRecord> select_events(SqliteConnection& db, const EventQuery& query) {
  static const std::string kSelect =
      "SELECT " + column_list(column_names<EventRecord>()) + " FROM events";
  SqlFilter filter;
  if (!query.task.empty()) filter.add("task = ?", {query.task});
  if (!query.run.empty()) filter.add("run = ?", {query.run});
  if (query.after_id > 0) filter.add("id > ?", {query.after_id});
  if (!query.time_from.empty()) filter.add("time >= ?", {query.time_from});
  if (!query.time_to.empty()) filter.add("time < ?", {query.time_to});
  std::string sql = kSelect + filter.where() + " ORDER BY id";
  if (query.limit > 0) {
    sql += " LIMIT ?";
    filter.add_value(query.limit);
  }
  auto statement = db.cached(sql);
  filter.bind(*statement);
  std::vector<EventRecord> events;
  while (statement->step()) events.push_back(read_record<EventRecord>(*statement, db.file()));
  return events;
}

std::string last_event_hash(SqliteConnection& db) {
  auto statement = db.cached("SELECT hash FROM events ORDER BY id DESC LIMIT 1");
  return statement->step() ? statement->text(0) : std::string();
}

std::int64_t insert_event(SqliteConnection& db, const EventRecord& event) {
  // Without "id" SQLite assigns the next rowid: 1, 2, 3 … in append order.
  static const std::string kInsert = [] {
    auto names = column_names<EventRecord>();
    names.erase(names.begin());
    return insert_sql("events", names);
  }();
  auto statement = db.cached(kInsert);
  visit_columns(event, ColumnBinder(*statement, "id"));
  statement->run();
  return db.last_insert_rowid();
}

std::int64_t select_last_event_id(SqliteConnection& db) {
  // The rowid's b-tree gives the largest id in one step.
  auto statement = db.cached("SELECT coalesce(max(id), 0) FROM events");
  return statement->step() ? statement->int64(0) : 0;
}

}  // namespace duban
