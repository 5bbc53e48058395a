#pragma once
// Web log-ins as the store keeps them: a record of the core type
// core_record::account per person, written beside an account.password_set
// event (EventWriter::write_secret) — the log says that a password was set
// and by whom, never the password or its hash.

#include <optional>
#include <string>
#include <vector>

#include "store/store.hpp"

namespace duban::web {

/// A person's log-in (`duban user passwd`). The password is kept only as an
/// Argon2id string (libsodium's crypto_pwhash_str: algorithm, parameters,
/// salt and hash).
struct AccountRecord {
  std::string id;             ///< the person id
  std::string password_hash;  ///< "$argon2id$v=19$m=…"
  std::string set_at;         ///< when it was last set
  std::string set_by;         ///< who set it ("system" from the command line without --as)
  friend bool operator==(const AccountRecord&, const AccountRecord&) = default;
};

/// A person's account, if a password was ever set.
std::optional<AccountRecord> account(Store& store, const std::string& person);
/// Every account, ordered by person id.
std::vector<AccountRecord> accounts(Store& store);
/// Sets (or replaces) the account, with its event, in the writer's
/// transaction; the caller commits.
void put_account(StoreWriter& writer, const AccountRecord& account);

}  // namespace duban::web
