#pragma once
// The web application without the socket: one call per request, from a
// Request to a Response, through the route table, sessions, the CSRF
// check and the error answers. Shared by every worker thread.

#include <memory>
#include <mutex>
#include <string>

#include "engine/engine.hpp"
#include "messages/messages.hpp"
#include "status/status_report.hpp"
#include "web/clock.hpp"
#include "web/http.hpp"
#include "web/login_throttle.hpp"
#include "web/router.hpp"
#include "web/sessions.hpp"
#include "web/store_pool.hpp"
#include "web/versioned_cache.hpp"
#include "workspace/workspace.hpp"

namespace duban::web {

/// The session cookie's name.
inline constexpr const char* kSessionCookie = "duban_session";

class WebApp {
 public:
  /// The workspace must outlive the app; `open_store` makes one connection.
  /// Pages speak `language` (duban serve's --lang).
  WebApp(const Workspace& workspace, Clock clock, StorePool::Opener open_store,
         Language language = kDefaultLanguage);

  /// Answers one request. Never throws: every failure becomes an error response.
  Response handle(Request request);

  // --- what handlers use ----------------------------------------------------
  [[nodiscard]] const Workspace& workspace() const { return workspace_; }
  /// The words of the pages.
  [[nodiscard]] const Messages& messages() const { return messages_; }
  [[nodiscard]] LocalDateTime now() const { return clock_(); }
  /// A store connection for this request.
  StorePool::Lease store() { return stores_.lease(); }
  /// Held around every write and every plugin call: one writer at a time
  /// in this process, and plugin code (hooks, sections) never on two
  /// threads at once, as plugins are not asked to be thread-safe.
  std::mutex& write_mutex() { return write_mutex_; }
  SessionTable& sessions() { return sessions_; }
  LoginThrottle& throttle() { return throttle_; }
  /// The status report for a period and filter at the store's current
  /// state and this minute, built once and shared until either changes.
  /// `version` is store.last_event_id(), read once by the caller.
  std::shared_ptr<const StatusReport> status(Store& store, std::int64_t version,
                                             const Period& period, const StatusFilter& filter,
                                             LocalDateTime now);
  /// A rendered answer (JSON text, a page) kept the same way, under `key`.
  std::shared_ptr<const std::string> rendered(const std::string& key, std::int64_t version,
                                              const std::function<std::string()>& render);
  /// The plugins' sections for a period: plugin code runs one call at a time.
  std::vector<PluginSection> sections(Store& store, const Period& period,
                                      const StatusFilter& filter, LocalDateTime now);
  /// Whether the caller may read the task (admins read everything).
  [[nodiscard]] bool may_read(const Caller& caller, const Task& task) const;

 private:
  Response route(Request& request);
  Caller caller_of(const Request& request);

  const Workspace& workspace_;
  const Messages& messages_;
  Clock clock_;
  StorePool stores_;
  Router router_;
  SessionTable sessions_;
  LoginThrottle throttle_;
  std::mutex write_mutex_;  // also held while plugin sections are built
  VersionedCache<StatusReport> reports_{64};
  VersionedCache<std::string> rendered_{256};
};

/// An error answer for `path`: JSON under /api/, a page (in the words of
/// `messages`) elsewhere.
Response error_answer(const Messages& messages, const std::string& path, int status,
                      const std::string& message);

/// The HTTP status of a broken rule: 404, 403, 409 or 422.
int status_for(RuleKind kind);

/// The key of a status report in the caches: period, filters and minute.
std::string status_key(const Period& period, const StatusFilter& filter, LocalDateTime now);

}  // namespace duban::web
