// The schema steps and the loop that applies them; see migrations.hpp.

#include "store/migrations.hpp"

#include <array>
#include <string_view>

namespace duban {

namespace {

// Version 1. Times are "YYYY-MM-DDTHH:MM" text, so text order is time order;
// owners, depends_on and tags are compact JSON arrays. task_owners repeats
// the owners so "tasks of person P" is an index lookup, and the due indexes
// let status read one period's rows instead of aggregating the table.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  actor TEXT NOT NULL,
  run TEXT NOT NULL,
  task TEXT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  reason TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX events_task ON events(task);
CREATE INDEX events_run ON events(run);

CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  workflow TEXT NOT NULL,
  period TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  task_count INTEGER NOT NULL,
  UNIQUE (workflow, period)
);

CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  run TEXT NOT NULL,
  workflow TEXT NOT NULL,
  "key" TEXT NOT NULL,
  title TEXT NOT NULL,
  unit TEXT NOT NULL,
  owners TEXT NOT NULL,
  state TEXT NOT NULL,
  start TEXT NOT NULL,
  due TEXT NOT NULL,
  original_due TEXT NOT NULL,
  policy TEXT NOT NULL,
  task_class TEXT NOT NULL,
  kind TEXT NOT NULL,
  depends_on TEXT NOT NULL,
  tags TEXT NOT NULL,
  weight REAL NOT NULL,
  milestones TEXT NOT NULL,
  light TEXT NOT NULL,
  escalation_level INTEGER NOT NULL,
  chases INTEGER NOT NULL,
  done_at TEXT NOT NULL,
  extension TEXT NOT NULL,
  detail TEXT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX tasks_run ON tasks(run);
CREATE INDEX tasks_due ON tasks(due);
CREATE INDEX tasks_state_due ON tasks(state, due);
CREATE INDEX tasks_unit_due ON tasks(unit, due);

CREATE TABLE task_owners (
  task TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  person TEXT NOT NULL,
  PRIMARY KEY (task, person)
) WITHOUT ROWID;
CREATE INDEX task_owners_person ON task_owners(person);
)sql";

// Version 2. The open tasks by due date, for status's "overdue before the
// period" and tick's sweep: without it both read every closed task of past
// periods. SQLite uses a partial index only when the query repeats its WHERE
// term, so this text and TaskQuery::open_only's in task_rows.cpp must agree.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE INDEX tasks_open_due ON tasks(due) WHERE state NOT IN ('done', 'cancelled');
)sql";

// Version 3. Plugins' typed records (include/duban/records.hpp): current
// state only; every write is also a record.put event in the log.
constexpr std::string_view kSchemaV3 = R"sql(
CREATE TABLE records (
  type TEXT NOT NULL,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (type, id)
) WITHOUT ROWID;
)sql";

// Version 4. Manually entered score inputs, current value per (week,
// person, item); every entry is also a "score.entered" event, from which
// `log --verify` rebuilds this table.
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE score_entries (
  id TEXT PRIMARY KEY,
  week TEXT NOT NULL,
  person TEXT NOT NULL,
  item TEXT NOT NULL,
  value REAL NOT NULL,
  entered_at TEXT NOT NULL,
  entered_by TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX score_entries_week ON score_entries(week);
)sql";

// Version 5. Web log-ins: one Argon2id password string per person. Not
// derived from events (the log says only that a password was set, so no
// hash is ever kept in a file nothing may delete from).
constexpr std::string_view kSchemaV5 = R"sql(
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  set_at TEXT NOT NULL,
  set_by TEXT NOT NULL
);
)sql";

// Version 6. Score entries and accounts become rows of the records table,
// of the core types "duban:score_entry" and "duban:account" (a ':' no
// plugin's type can hold), so every store keeps one generic kind of row
// beside runs, tasks and events. A score entry's record is what replaying
// its score.entered events gives (created at the first, updated and
// versioned by each); JSON keys are written in sorted order, as the
// program writes them.
constexpr std::string_view kSchemaV6 = R"sql(
INSERT INTO records (type, id, data, created_at, updated_at, version)
SELECT 'duban:score_entry', s.id,
       json_object('entered_by', s.entered_by, 'item', s.item, 'person', s.person,
                   'reason', s.reason, 'value', s.value, 'week', s.week),
       coalesce((SELECT min(e.time) FROM events e WHERE e.type = 'score.entered'
                   AND json_extract(e.payload, '$.week') = s.week
                   AND json_extract(e.payload, '$.person') = s.person
                   AND json_extract(e.payload, '$.item') = s.item), s.entered_at),
       s.entered_at,
       max(1, (SELECT count(*) FROM events e WHERE e.type = 'score.entered'
                 AND json_extract(e.payload, '$.week') = s.week
                 AND json_extract(e.payload, '$.person') = s.person
                 AND json_extract(e.payload, '$.item') = s.item))
FROM score_entries s;
DROP TABLE score_entries;
INSERT INTO records (type, id, data, created_at, updated_at, version)
SELECT 'duban:account', id, json_object('password_hash', password_hash, 'set_by', set_by),
       set_at, set_at, 1
FROM accounts;
DROP TABLE accounts;
)sql";

// Append only: a new schema change is a new entry at the end.
constexpr std::array<std::string_view, 6> kSteps{kSchemaV1, kSchemaV2, kSchemaV3,
                                                 kSchemaV4, kSchemaV5, kSchemaV6};

void apply_step(SqliteConnection& db, std::int64_t version) {
  ImmediateTransaction transaction(db);
  // Re-read under the write lock: another process may have applied this
  // step (or a newer program a later one) since we looked.
  const std::int64_t current = db.pragma_int("user_version");
  refuse_newer_schema(db.file(), current);
  if (current >= version) return;
  db.exec(std::string(kSteps[static_cast<std::size_t>(version - 1)]));
  db.exec("PRAGMA user_version = " + std::to_string(version));
  transaction.commit();
}

}  // namespace

std::int64_t latest_schema_version() {
  return static_cast<std::int64_t>(kSteps.size());
}

void refuse_newer_schema(const std::string& file, std::int64_t version) {
  if (version <= latest_schema_version()) return;
  throw StoreError(file + " was written by a newer duban (schema version " +
                   std::to_string(version) + "; this program knows up to " +
                   std::to_string(latest_schema_version()) + "); nothing was changed");
}

void migrate(SqliteConnection& db) {
  const std::int64_t current = db.pragma_int("user_version");
  refuse_newer_schema(db.file(), current);
  for (std::int64_t version = current + 1; version <= latest_schema_version(); ++version) {
    apply_step(db, version);
  }
}

}  // namespace duban
