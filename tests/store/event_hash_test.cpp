#include <gtest/gtest.h>

#include "store/store.hpp"
#include "store_fixture.hpp"

namespace duban {
namespace {

using test::sample_event;

TEST(EventHash, IsLowercaseHexSha256) {
  const std::string hash = event_hash(sample_event());
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(hash, event_hash(sample_event()));
}

TEST(EventHash, MatchesTheDocumentedEncoding) {
  // sha256sum of "0:0:0:0:0:0:0:0:": eight empty fields, each as "<length>:".
  const EventRecord empty;
  EXPECT_EQ(event_hash(empty), "7ecb56cbd257355944d7e868acdf77e602a2ed3a60099fafebc3e1afd91fb1df");
}

TEST(EventHash, EveryHashedFieldChangesTheHash) {
  const EventRecord base = sample_event();
  const std::string original = event_hash(base);
  for (std::string EventRecord::*field :
       {&EventRecord::prev_hash, &EventRecord::time, &EventRecord::actor, &EventRecord::run,
        &EventRecord::task, &EventRecord::type, &EventRecord::payload, &EventRecord::reason}) {
    EventRecord changed = base;
    changed.*field += "x";
    EXPECT_NE(event_hash(changed), original);
  }
}

TEST(EventHash, IdAndHashAreNotHashed) {
  EventRecord event = sample_event();
  const std::string original = event_hash(event);
  event.id = 42;
  event.hash = "anything";
  EXPECT_EQ(event_hash(event), original);
}

TEST(EventHash, LengthPrefixSeparatesFieldBoundaries) {
  EventRecord ab_c;
  ab_c.actor = "ab";
  ab_c.run = "c";
  EventRecord a_bc;
  a_bc.actor = "a";
  a_bc.run = "bc";
  EXPECT_NE(event_hash(ab_c), event_hash(a_bc));
  // sha256sum of "0:0:2:ab1:c0:0:0:0:".
  EXPECT_EQ(event_hash(ab_c), "a2581ad9836600efcfc1232a54388e567444c5ab334b735ef750b97b432f9e10");
}

}  // namespace
}  // namespace duban
