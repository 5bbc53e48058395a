#include "web/sessions.hpp"

#include "web/password.hpp"

namespace duban::web {

Session SessionTable::open(const std::string& person, std::int64_t now) {
  Session s;
  s.id = random_token();
  s.person = person;
  s.csrf = random_token();
  s.started = now;
  s.last_seen = now;
  std::lock_guard lock(mutex_);
  // Expired sessions are dropped here, so the table never outgrows the
  // people who logged in within a working day.
  std::erase_if(sessions_, [&](const auto& entry) {
    const Session& old = entry.second;
    return now - old.last_seen > kIdleMinutes || now - old.started > kLongestMinutes;
  });
  sessions_[s.id] = s;
  return s;
}

std::optional<Session> SessionTable::find(const std::string& id, std::int64_t now) {
  if (id.empty()) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(id);
  if (it == sessions_.end()) return std::nullopt;
  Session& s = it->second;
  if (now - s.last_seen > kIdleMinutes || now - s.started > kLongestMinutes) {
    sessions_.erase(it);
    return std::nullopt;
  }
  s.last_seen = std::max(s.last_seen, now);
  return s;
}

void SessionTable::close(const std::string& id) {
  std::lock_guard lock(mutex_);
  sessions_.erase(id);
}

std::size_t SessionTable::size() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

}  // namespace duban::web
