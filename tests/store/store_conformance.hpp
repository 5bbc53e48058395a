#pragma once
// The base of the conformance suite: each case runs once per backend of
// test::store_backends() (tests/support/store_backends.hpp), on a fresh,
// empty store. A suite derives from StoreConformance and is instantiated
// with
//
//   INSTANTIATE_TEST_SUITE_P(, Suite, test::every_store_backend(), test::backend_name);
//
// (no prefix, so its cases keep their names: "Suite.Case/sqlite").

#include <gtest/gtest.h>

#include <memory>

#include "support/store_backends.hpp"

namespace duban::test {

class StoreConformance : public ::testing::TestWithParam<StoreBackend> {
 protected:
  /// Reads as another process would: only committed data.
  Store& other_reader() { return opened_->other_reader(); }

  std::unique_ptr<StoreUnderTest> opened_ = GetParam().open();
  Store& store_ = opened_->store();
};

inline auto every_store_backend() {
  return ::testing::ValuesIn(store_backends());
}

}  // namespace duban::test
