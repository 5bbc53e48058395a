#pragma once
// One log-in attempt, shared by the API and the log-in form: the throttle
// first, then the password against the stored Argon2id string.

#include <cstdint>
#include <optional>
#include <string>

#include "web/http.hpp"
#include "web/sessions.hpp"

namespace duban::web {

class WebApp;

struct LoginResult {
  enum class Outcome { ok, wrong, locked } outcome = Outcome::wrong;
  std::optional<Session> session;        ///< when ok
  std::int64_t retry_after_seconds = 0;  ///< when locked
};

LoginResult attempt_login(WebApp& app, const std::string& person, const std::string& password);

/// Set-Cookie for a new session: HttpOnly, SameSite=Strict, path /, and
/// Secure when the request came through HTTPS (a reverse proxy's
/// X-Forwarded-Proto), so the browser never sends it over plain HTTP.
std::string session_cookie(const std::string& session_id, const Request& request);
/// Set-Cookie that removes the session cookie.
std::string expired_session_cookie();

}  // namespace duban::web
