#include "web/store_pool.hpp"

namespace duban::web {

StorePool::Lease::~Lease() {
  if (pool_ && store_) pool_->give_back(std::move(store_));
}

StorePool::Lease StorePool::lease() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto store = std::move(idle_.back());
      idle_.pop_back();
      return {*this, std::move(store)};
    }
  }
  return {*this, open_()};  // opened outside the lock: it reads the file
}

void StorePool::give_back(std::unique_ptr<Store> store) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(store));
}

}  // namespace duban::web
