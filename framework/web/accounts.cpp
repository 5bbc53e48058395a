#include "web/accounts.hpp"

#include <nlohmann/json.hpp>

#include "engine/event_writer.hpp"
#include "engine/reducer.hpp"

namespace duban::web {

namespace {

AccountRecord account_of(const PluginRecord& record) {
  const auto data = nlohmann::json::parse(record.data);
  return {record.id, data.at("password_hash"), record.updated_at, data.at("set_by")};
}

}  // namespace

std::optional<AccountRecord> account(Store& store, const std::string& person) {
  auto found = store.record(core_record::account, person);
  if (!found) return std::nullopt;
  return account_of(*found);
}

std::vector<AccountRecord> accounts(Store& store) {
  std::vector<AccountRecord> out;
  for (const auto& record : store.records(core_record::account)) out.push_back(account_of(record));
  return out;
}

void put_account(StoreWriter& writer, const AccountRecord& account) {
  PluginRecord row;
  row.type = core_record::account;
  row.id = account.id;
  row.data =
      nlohmann::json{{"password_hash", account.password_hash}, {"set_by", account.set_by}}.dump();
  const auto previous = writer.record(row.type, row.id);
  row.created_at = previous ? previous->created_at : account.set_at;
  row.updated_at = account.set_at;
  row.version = previous ? previous->version + 1 : 1;
  EventRecord event;
  event.time = account.set_at;
  event.actor = account.set_by;
  event.type = event_type::account_password_set;
  event.payload = nlohmann::json{{"person", account.id}}.dump();
  EventWriter(writer).write_secret(std::move(event), row);
}

}  // namespace duban::web
