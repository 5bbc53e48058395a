#pragma once
// Local times written as the store writes them, for test data and asserts.

#include <stdexcept>
#include <string>
#include <string_view>

#include "dates/date.hpp"

namespace duban::test {

/// "2026-03-02T17:30" as a local time; throws on anything else, so a typo in
/// a test fails loudly instead of meaning midnight.
inline LocalDateTime local(std::string_view stored) {
  if (auto when = parse_stored_time(stored)) return *when;
  throw std::invalid_argument("not a stored time: " + std::string(stored));
}

}  // namespace duban::test
