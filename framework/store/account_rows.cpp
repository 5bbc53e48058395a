// Reading and writing rows of the accounts table, and the log's newest id.

#include "store/record_columns.hpp"
#include "store/store_rows.hpp"

namespace duban {

std::vector<AccountRecord> select_accounts(SqliteConnection& db, const std::string& person) {
  static const std::string kSelect =
      "SELECT " + column_list(column_names<AccountRecord>()) + " FROM accounts";
  auto statement = db.cached(person.empty() ? kSelect + " ORDER BY id" : kSelect + " WHERE id = ?");
  if (!person.empty()) statement->bind_text(1, person);
  std::vector<AccountRecord> accounts;
  while (statement->step()) accounts.push_back(read_record<AccountRecord>(*statement, db.file()));
  return accounts;
}

void upsert_account(SqliteConnection& db, const AccountRecord& account) {
  static const std::string kUpsert = upsert_sql("accounts", column_names<AccountRecord>());
  auto statement = db.cached(kUpsert);
  visit_columns(account, ColumnBinder(*statement));
  statement->run();
}

std::int64_t select_last_event_id(SqliteConnection& db) {
  // The rowid's b-tree gives the largest id in one step.
  auto statement = db.cached("SELECT coalesce(max(id), 0) FROM events");
  return statement->step() ? statement->int64(0) : 0;
}

}  // namespace duban
