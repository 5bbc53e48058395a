#pragma once
// `duban log --verify`: the hash chain is intact and the current state equals
// the state rebuilt from the events.

#include <string>

#include "store/store.hpp"

namespace duban {

struct VerifyReport {
  std::int64_t events = 0;
  std::int64_t tasks = 0;
  std::int64_t runs = 0;
  std::int64_t records = 0;        ///< plugin records
  std::int64_t score_entries = 0;  ///< the core's score-entry records
  std::string problem;             ///< the first problem found, naming the event or row; "" if none
  [[nodiscard]] bool ok() const { return problem.empty(); }
};

/// Throws StoreError if the database itself is damaged (Store::check_integrity);
/// otherwise reports the first event or row that fails a check.
VerifyReport verify_store(Store& store);

}  // namespace duban
