#pragma once
// The implementations of `Store` the conformance suite (tests/store) runs
// every case against, each a factory of a fresh, empty store.
//
// To hold a new backend (a PostgreSQL store, say) to the same contract, add
// one line to store_backends(): every conformance case then runs on it too,
// named "<Suite>.<Case>/<backend>".

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "store/memory_store.hpp"
#include "store/sqlite_store.hpp"
#include "support/workspace_fixture.hpp"

namespace duban::test {

/// A fresh, empty store and what it needs to live (a temporary folder).
class StoreUnderTest {
 public:
  virtual ~StoreUnderTest() = default;
  virtual Store& store() = 0;
  /// A reader apart from the store's writer, as another process would read
  /// the same data: it sees only what was committed. (A SqliteStore's own
  /// reads share its writer's connection, so they see uncommitted writes.)
  virtual Store& other_reader() = 0;
};

class SqliteUnderTest final : public StoreUnderTest {
 public:
  Store& store() override { return store_; }
  Store& other_reader() override {
    if (!reader_) reader_ = std::make_unique<SqliteStore>(file());
    return *reader_;
  }

 private:
  [[nodiscard]] std::filesystem::path file() const { return dir_.path() / "duban.db"; }
  TempDir dir_;
  SqliteStore store_{file()};
  std::unique_ptr<SqliteStore> reader_;  ///< a second connection, opened when asked for
};

class MemoryUnderTest final : public StoreUnderTest {
 public:
  Store& store() override { return store_; }
  /// The store itself: its reads never see an open writer's work.
  Store& other_reader() override { return store_; }

 private:
  MemoryStore store_;
};

struct StoreBackend {
  std::string name;  ///< the test name's suffix: letters and digits only
  std::function<std::unique_ptr<StoreUnderTest>()> open;
};

/// Every backend the conformance suite runs against.
inline std::vector<StoreBackend> store_backends() {
  return {
      {"sqlite", [] { return std::make_unique<SqliteUnderTest>(); }},
      {"memory", [] { return std::make_unique<MemoryUnderTest>(); }},
  };
}

/// Names each parameterized case after its backend.
inline std::string backend_name(const ::testing::TestParamInfo<StoreBackend>& info) {
  return info.param.name;
}

/// How a failing case names its parameter.
inline void PrintTo(const StoreBackend& backend, std::ostream* out) {
  *out << backend.name;
}

}  // namespace duban::test
