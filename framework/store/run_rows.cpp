// Reading and writing rows of the runs table.

#include "store/record_columns.hpp"
#include "store/store_rows.hpp"
#include "store/task_row_codec.hpp"

namespace duban {

std::vector<Run> select_runs(SqliteConnection& db, const std::string& id) {
  static const std::string kSelect = "SELECT " + column_list(column_names<RunRow>()) + " FROM runs";
  auto statement = db.cached(id.empty() ? kSelect + " ORDER BY id" : kSelect + " WHERE id = ?");
  if (!id.empty()) statement->bind_text(1, id);
  std::vector<Run> runs;
  while (statement->step())
    runs.push_back(run_from_row(read_record<RunRow>(*statement, db.file()), db.file()));
  return runs;
}

void upsert_run(SqliteConnection& db, const Run& run) {
  static const std::string kUpsert = upsert_sql("runs", column_names<RunRow>());
  auto statement = db.cached(kUpsert);
  const RunRow row = run_row(run);
  visit_columns(row, ColumnBinder(*statement));
  statement->run();
}

}  // namespace duban
