// Accounts as the store keeps them: a core record beside an event that
// never holds the hash.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "engine/reducer.hpp"
#include "engine/verify.hpp"
#include "store/sqlite_store.hpp"
#include "support/workspace_fixture.hpp"
#include "web/accounts.hpp"

namespace duban {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class Accounts : public ::testing::Test {
 protected:
  test::TempDir dir_;
  SqliteStore store_{dir_.path() / "duban.db"};
};

TEST_F(Accounts, AccountKeepsEveryFieldAndIsReplacedWhole) {
  const web::AccountRecord account{"liu", "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA",
                                   "2026-03-01T09:00", "system"};
  auto writer = store_.write();
  web::put_account(*writer, account);
  web::AccountRecord changed = account;
  changed.password_hash = "$argon2id$other";
  changed.set_by = "zhang";
  changed.set_at = "2026-03-01T10:00";
  web::put_account(*writer, changed);
  web::put_account(*writer, {"an", "$argon2id$x", "2026-03-02T09:00", "system"});
  writer->commit();
  EXPECT_EQ(web::account(store_, "liu"), changed);
  EXPECT_EQ(web::account(store_, "nope"), std::nullopt);
  ASSERT_EQ(web::accounts(store_).size(), 2u);
  EXPECT_EQ(web::accounts(store_)[0].id, "an");
}

TEST_F(Accounts, EachSettingIsAnEventWithoutTheHashAndTheLogStillVerifies) {
  auto writer = store_.write();
  web::put_account(*writer, {"liu", "$argon2id$secret-hash", "2026-03-01T09:00", "system"});
  writer->commit();
  const auto events = store_.events({});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, event_type::account_password_set);
  EXPECT_EQ(events[0].payload, R"({"person":"liu"})");
  EXPECT_THAT(events[0].payload, Not(HasSubstr("secret-hash")));
  // The account row is not derived from the log, and verify knows it.
  EXPECT_TRUE(verify_store(store_).ok()) << verify_store(store_).problem;
}

}  // namespace
}  // namespace duban
