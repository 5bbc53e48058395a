#pragma once
// Checks made before a database file is opened for writing, so that a file
// which is not a healthy duban database is refused without being touched.

#include <filesystem>

namespace duban {

/// For a file that exists: throws StoreError when it is not an SQLite
/// database, its header or schema is damaged, it belongs to another program,
/// or it was written by a newer duban. Opens it read-only and reads only the
/// first pages (a whole-file check is Store::integrity_problems); the file's
/// bytes never change.
void check_existing_database(const std::filesystem::path& file);

/// For a file that does not exist yet: throws StoreError naming the folder
/// when the folder that should hold it is missing.
void check_new_database_folder(const std::filesystem::path& file);

}  // namespace duban
