// Plugins' records: found by (type, id), listed by type, and put again as
// an upsert that keeps when the record was created. Runs on every backend
// (store_conformance.hpp).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store_conformance.hpp"

namespace duban {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

PluginRecord make_record(const std::string& type, const std::string& id) {
  return {type, id, R"({"id":")" + id + R"("})", "2026-02-10T09:00", "2026-02-10T10:00", 1};
}

class Records : public test::StoreConformance {
 protected:
  void put(const std::vector<PluginRecord>& records) {
    auto writer = store_.write();
    for (const auto& record : records) writer->put_record(record);
    writer->commit();
  }
};

INSTANTIATE_TEST_SUITE_P(, Records, test::every_store_backend(), test::backend_name);

TEST_P(Records, KeepEveryFieldAndAreFoundByTypeAndId) {
  const PluginRecord record = make_record("audit.finding", "f-1");
  put({record});
  EXPECT_EQ(store_.record("audit.finding", "f-1"), record);
  EXPECT_EQ(store_.record("audit.finding", "f-2"), std::nullopt);
  EXPECT_EQ(store_.record("audit.other", "f-1"), std::nullopt);
}

TEST_P(Records, OfOneTypeByIdAndOfEveryTypeByTypeThenId) {
  const auto b2 = make_record("b", "2");
  const auto b1 = make_record("b", "1");
  const auto a9 = make_record("a", "9");
  put({b2, a9, b1});
  EXPECT_THAT(store_.records("b"), ElementsAre(b1, b2));
  EXPECT_THAT(store_.records(""), ElementsAre(a9, b1, b2));
  EXPECT_THAT(store_.records("c"), IsEmpty());
}

TEST_P(Records, PuttingAgainReplacesAllButWhenItWasCreated) {
  const PluginRecord first = make_record("audit.finding", "f-1");
  put({first});
  PluginRecord second = first;
  second.data = R"({"closed":true})";
  second.created_at = "2026-03-01T09:00";  // ignored: the record exists
  second.updated_at = "2026-03-01T09:00";
  second.version = 2;
  put({second});
  PluginRecord expected = second;
  expected.created_at = first.created_at;
  EXPECT_EQ(store_.record("audit.finding", "f-1"), expected);
}

TEST_P(Records, TheWriterReadsItsOwn) {
  put({make_record("a", "1")});
  auto writer = store_.write();
  writer->put_record(make_record("a", "2"));
  EXPECT_THAT(writer->records("a"), ElementsAre(make_record("a", "1"), make_record("a", "2")));
  EXPECT_EQ(writer->record("a", "2"), make_record("a", "2"));
}

}  // namespace
}  // namespace duban
