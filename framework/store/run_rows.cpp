// Reading and writing rows of the runs table.

#include "store/record_columns.hpp"
#include "store/store_rows.hpp"

namespace duban {

std::vector<RunRecord> select_runs(SqliteConnection& db, const std::string& id) {
  static const std::string kSelect =
      "SELECT " + column_list(column_names<RunRecord>()) + " FROM runs";
  auto statement = db.cached(id.empty() ? kSelect + " ORDER BY id" : kSelect + " WHERE id = ?");
  if (!id.empty()) statement->bind_text(1, id);
  std::vector<RunRecord> runs;
  while (statement->step()) runs.push_back(read_record<RunRecord>(*statement, db.file()));
  return runs;
}

void upsert_run(SqliteConnection& db, const RunRecord& run) {
  static const std::string kUpsert = upsert_sql("runs", column_names<RunRecord>());
  auto statement = db.cached(kUpsert);
  visit_columns(run, ColumnBinder(*statement));
  statement->run();
}

}  // namespace duban
