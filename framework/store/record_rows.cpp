// Reading and writing rows of the records table (plugins' typed data).

#include "store/store_rows.hpp"

namespace duban {

namespace {

constexpr const char* kColumns = "type, id, data, created_at, updated_at, version";

PluginRecord read_row(const SqliteStatement& statement) {
  PluginRecord record;
  record.type = statement.text(0);
  record.id = statement.text(1);
  record.data = statement.text(2);
  record.created_at = statement.text(3);
  record.updated_at = statement.text(4);
  record.version = statement.int64(5);
  return record;
}

}  // namespace

std::vector<PluginRecord> select_records(SqliteConnection& db, const std::string& type,
                                         const std::string& id) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM records";
  if (!type.empty()) sql += id.empty() ? " WHERE type = ?" : " WHERE type = ? AND id = ?";
  auto statement = db.cached(sql + " ORDER BY type, id");
  if (!type.empty()) statement->bind_text(1, type);
  if (!type.empty() && !id.empty()) statement->bind_text(2, id);
  std::vector<PluginRecord> records;
  while (statement->step()) records.push_back(read_row(*statement));
  return records;
}

void upsert_record(SqliteConnection& db, const PluginRecord& record) {
  auto statement = db.cached(std::string("INSERT INTO records (") + kColumns +
                             ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET "
                             "data = excluded.data, updated_at = excluded.updated_at, "
                             "version = excluded.version");
  statement->bind_text(1, record.type)
      .bind_text(2, record.id)
      .bind_text(3, record.data)
      .bind_text(4, record.created_at)
      .bind_text(5, record.updated_at)
      .bind_int64(6, record.version);
  statement->run();
}

}  // namespace duban
