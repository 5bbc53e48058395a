// Choosing the store from a workspace's database URL.

#include <string_view>

#include "store/sqlite_store.hpp"
#include "store/store.hpp"

namespace duban {

std::unique_ptr<Store> open_store(const std::string& url, const std::filesystem::path& root) {
  constexpr std::string_view kSqlite = "sqlite:";
  if (url.starts_with(kSqlite)) {
    std::filesystem::path file = url.substr(kSqlite.size());
    if (file.empty()) {
      throw StoreError("database URL '" + url + "' names no file (use sqlite:FILE)");
    }
    if (file.is_relative()) file = root / file;
    return std::make_unique<SqliteStore>(file.lexically_normal());
  }
  if (url.starts_with("postgres")) {
    throw StoreError("database URL '" + url +
                     "': PostgreSQL is not supported yet (use sqlite:FILE)");
  }
  throw StoreError("unknown database URL '" + url + "' (use sqlite:FILE)");
}

}  // namespace duban
