// Reading and writing rows of the score_entries table.

#include "store/record_columns.hpp"
#include "store/store_rows.hpp"

namespace duban {

std::vector<ScoreEntryRecord> select_score_entries(SqliteConnection& db, const std::string& week) {
  static const std::string kSelect =
      "SELECT " + column_list(column_names<ScoreEntryRecord>()) + " FROM score_entries";
  auto statement =
      db.cached(week.empty() ? kSelect + " ORDER BY id" : kSelect + " WHERE week = ? ORDER BY id");
  if (!week.empty()) statement->bind_text(1, week);
  std::vector<ScoreEntryRecord> entries;
  while (statement->step()) {
    entries.push_back(read_record<ScoreEntryRecord>(*statement, db.file()));
  }
  return entries;
}

void upsert_score_entry(SqliteConnection& db, const ScoreEntryRecord& entry) {
  static const std::string kUpsert = upsert_sql("score_entries", column_names<ScoreEntryRecord>());
  auto statement = db.cached(kUpsert);
  visit_columns(entry, ColumnBinder(*statement));
  statement->run();
}

}  // namespace duban
