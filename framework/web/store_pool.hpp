#pragma once
// Store connections for the server's worker threads. A SqliteStore is for
// one thread at a time, so each request borrows one (opening another when
// all are out) and gives it back; WAL lets them all read while one writes.

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/store.hpp"

namespace duban::web {

class StorePool {
 public:
  using Opener = std::function<std::unique_ptr<Store>()>;

  /// A borrowed connection, returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<Store> store) : pool_(&pool), store_(std::move(store)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  explicit StorePool(Opener open) : open_(std::move(open)) {}
  /// Throws StoreError when a new connection cannot be opened.
  Lease lease();

 private:
  void give_back(std::unique_ptr<Store> store);

  Opener open_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace duban::web
