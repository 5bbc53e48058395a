// libbench_no_quick_check.so — an LD_PRELOAD shim for what-if measurements
// only; duban itself never uses it. run_bench.sh times whole duban processes
// with it to show what two changes to opening the store would save:
//
//  * always: "PRAGMA quick_check" is answered with "ok" without reading the
//    file, as if opening a store did not check every page of it (SQLite still
//    validates each page it reads);
//  * with DUBAN_BENCH_KEEP_WAL=1 also: every connection is opened with
//    SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, so the last process to close the
//    database does not checkpoint the WAL into it, fsync and delete it (the
//    automatic checkpoint every 1000 WAL pages still runs).
//
//   LD_PRELOAD=build/default/bench/store/libbench_no_quick_check.so duban status --week

#include <dlfcn.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>

extern "C" int sqlite3_prepare_v2(sqlite3* db, const char* sql, int bytes, sqlite3_stmt** statement,
                                  const char** tail) {
  using Prepare = int (*)(sqlite3*, const char*, int, sqlite3_stmt**, const char**);
  static const auto real = reinterpret_cast<Prepare>(dlsym(RTLD_NEXT, "sqlite3_prepare_v2"));
  static constexpr char kQuickCheck[] = "PRAGMA quick_check";
  constexpr int kLength = sizeof kQuickCheck - 1;
  if (sql != nullptr && (bytes < 0 || bytes >= kLength) &&
      std::strncmp(sql, kQuickCheck, kLength) == 0) {
    return real(db, "SELECT 'ok'", -1, statement, nullptr);
  }
  return real(db, sql, bytes, statement, tail);
}

extern "C" int sqlite3_open_v2(const char* file, sqlite3** db, int flags, const char* vfs) {
  using Open = int (*)(const char*, sqlite3**, int, const char*);
  static const auto real = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "sqlite3_open_v2"));
  // NOLINTNEXTLINE(concurrency-mt-unsafe): a bench shim, read before threads matter.
  static const bool keep_wal = [] {
    const char* value = std::getenv("DUBAN_BENCH_KEEP_WAL");
    return value != nullptr && std::strcmp(value, "1") == 0;
  }();
  const int rc = real(file, db, flags, vfs);
  if (rc == SQLITE_OK && keep_wal) {
    sqlite3_db_config(*db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
  }
  return rc;
}
