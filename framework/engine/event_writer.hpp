#pragma once
// The one way state changes. Every write of every feature is an event: the
// writer appends it to the hash-chained log and folds it into current state
// with the reducer, both inside the caller's store transaction — so state
// and log agree by construction, and `log --verify` can rebuild the one from
// the other. Nothing else in the core calls StoreWriter::append or puts a
// state row.
//
// The single exception is written here too, and named: an account's
// password hash, which the log must never hold, is stored beside the event
// that says it was set (see write_secret).

#include <string>

#include "model/task.hpp"
#include "store/store.hpp"

namespace duban {

class EventWriter {
 public:
  /// Writes through `store`, which must outlive the writer.
  explicit EventWriter(StoreWriter& store) : store_(store) {}

  /// Appends `event` (its id and hashes are set by the store) and applies
  /// it to the state it changes: a run.created event stores its run, a task
  /// event updates its task (a task.created one creates it), a record.put
  /// or score.entered event its record. Returns the event as appended.
  EventRecord write(EventRecord event);
  /// As write(), for a task event on a task the caller holds: `task` is
  /// updated in place (and stored), so the caller need not read it again.
  EventRecord write(EventRecord event, Task& task);
  /// An event whose state the log must not carry: appends it and stores
  /// `row` (a record of a core type the reducer does not rebuild) beside it.
  EventRecord write_secret(EventRecord event, const PluginRecord& row);

  /// Reads inside the same transaction (they see what was written).
  [[nodiscard]] StoreWriter& store() const { return store_; }

 private:
  StoreWriter& store_;
};

}  // namespace duban
