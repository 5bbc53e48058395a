#pragma once
// The server's clock. `duban serve` passes the command's clock (frozen by
// --now or DUBAN_NOW, else the wall clock read by CommandContext alone);
// tests pass one they move by hand. Sessions and log-in throttling count
// in whole minutes of it, its resolution.

#include <cstdint>
#include <functional>

#include "dates/date.hpp"

namespace duban::web {

using Clock = std::function<LocalDateTime()>;

/// Minutes since 1970-01-01T00:00 local time: a number to subtract.
inline std::int64_t minute_number(LocalDateTime t) {
  return static_cast<std::int64_t>(t.date.time_since_epoch().count()) * 24 * 60 + t.time.count();
}

}  // namespace duban::web
