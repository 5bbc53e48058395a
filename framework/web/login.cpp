#include "web/login.hpp"

#include <iostream>
#include <semaphore>

#include "web/accounts.hpp"
#include "web/app.hpp"
#include "web/password.hpp"

namespace duban::web {

namespace {

// Each Argon2id check takes 64 MiB and tens of milliseconds of one core:
// two at a time keep a burst of log-ins from eating the machine.
std::counting_semaphore<2> hashing_slots{2};

bool password_matches(WebApp& app, const std::string& person, const std::string& password) {
  std::string hash;
  if (app.workspace().org.person(person)) {
    if (auto found = account(*app.store(), person)) hash = found->password_hash;
  }
  hashing_slots.acquire();
  const bool ok = verify_password(hash, password);
  hashing_slots.release();
  return ok;
}

}  // namespace

LoginResult attempt_login(WebApp& app, const std::string& person, const std::string& password) {
  LoginResult result;
  const std::int64_t now = minute_number(app.now());
  if (const std::int64_t wait = app.throttle().wait(person, now); wait > 0) {
    result.outcome = LoginResult::Outcome::locked;
    result.retry_after_seconds = wait * 60;
    return result;
  }
  if (!password_matches(app, person, password)) {
    app.throttle().failed(person, now);
    // The name is logged only when it is a person's id: typed text could
    // hold anything, line breaks included.
    const bool known = app.workspace().org.person(person) != nullptr;
    std::cerr << "duban serve: failed log-in for " << (known ? person : "an unknown name") << '\n';
    return result;
  }
  app.throttle().succeeded(person);
  result.outcome = LoginResult::Outcome::ok;
  result.session = app.sessions().open(person, now);
  return result;
}

std::string session_cookie(const std::string& session_id, const Request& request) {
  const bool https = request.header("x-forwarded-proto") == "https";
  return std::string(kSessionCookie) + "=" + session_id + "; Path=/; HttpOnly; SameSite=Strict" +
         (https ? "; Secure" : "");
}

std::string expired_session_cookie() {
  return std::string(kSessionCookie) +
         "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
}

}  // namespace duban::web
