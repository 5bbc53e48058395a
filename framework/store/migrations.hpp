#pragma once
// The database schema as an append-only list of steps. Step N takes a
// database from user_version N-1 to N; a released step is never edited,
// only followed by a new one.

#include <cstdint>

#include "store/sqlite_db.hpp"

namespace duban {

/// The schema version this program writes (the number of steps).
std::int64_t latest_schema_version();

/// Throws StoreError "FILE was written by a newer duban …" when `version` is
/// beyond what this program knows.
void refuse_newer_schema(const std::string& file, std::int64_t version);

/// Applies the missing steps, each in its own BEGIN IMMEDIATE transaction
/// that also sets PRAGMA user_version, so a crash leaves a whole version.
/// Safe when several processes open a new database at once.
void migrate(SqliteConnection& db);

}  // namespace duban
