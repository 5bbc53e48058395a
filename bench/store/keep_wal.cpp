// libbench_keep_wal.so — an LD_PRELOAD shim for one what-if measurement only;
// duban itself never uses it. run_bench.sh times whole duban processes with
// it to show what not checkpointing the WAL when a process closes the store
// would save (mostly fsyncs, so it matters on a busy disk):
//
//   every connection is opened with SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, so the
//   last process to close the database does not copy the WAL into it, fsync
//   and delete it (the automatic checkpoint every 1000 WAL pages still runs).
//
// Preloading it is the switch: it has no setting of its own, and run_bench.sh
// preloads it for the what-if runs only.
//
//   LD_PRELOAD=build/default/bench/store/libbench_keep_wal.so duban task done …

#include <dlfcn.h>
#include <sqlite3.h>

extern "C" int sqlite3_open_v2(const char* file, sqlite3** db, int flags, const char* vfs) {
  using Open = int (*)(const char*, sqlite3**, int, const char*);
  static const auto real = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "sqlite3_open_v2"));
  const int rc = real(file, db, flags, vfs);
  if (rc == SQLITE_OK) sqlite3_db_config(*db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
  return rc;
}
