#include "web/app.hpp"

#include <iostream>

#include "engine/engine.hpp"
#include "engine/permissions.hpp"
#include "web/pages/layout.hpp"
#include "web/password.hpp"
#include "web/routes.hpp"

namespace duban::web {

int status_for(RuleKind kind) {
  switch (kind) {
    case RuleKind::not_found: return 404;
    case RuleKind::forbidden: return 403;
    case RuleKind::conflict: return 409;
    case RuleKind::invalid: return 422;
  }
  return 422;
}

namespace {

bool changes_state(const std::string& method) {
  return method != "GET" && method != "HEAD";
}

// A cross-site form cannot send our cookie (SameSite=Strict), but a forged
// log-in needs none: a browser's Origin, when it sends one, must be ours.
bool foreign_origin(const Request& request) {
  const std::string origin = request.header("origin");
  if (origin.empty()) return false;  // not a browser (a script): the CSRF token still guards
  const auto scheme_end = origin.find("://");
  const std::string host = scheme_end == std::string::npos ? origin : origin.substr(scheme_end + 3);
  return host != request.header("host");
}

Response error_for(const Messages& messages, Face face, int status, const std::string& message) {
  return face == Face::api ? json_error(status, message) : error_page(messages, status, message);
}

// The security headers every answer carries: no framing, no sniffing, only
// our own scripts and styles, nothing cached (the pages are personal).
void secure(Response& r) {
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("X-Frame-Options", "DENY");
  r.headers.emplace_back("Referrer-Policy", "same-origin");
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                         "frame-ancestors 'none'; form-action 'self'");
  bool cached = false;
  for (const auto& [name, value] : r.headers) cached = cached || name == "Cache-Control";
  if (!cached) r.headers.emplace_back("Cache-Control", "no-store");
}

}  // namespace

Response error_answer(const Messages& messages, const std::string& path, int status,
                      const std::string& message) {
  return error_for(messages, path.starts_with("/api/") ? Face::api : Face::page, status, message);
}

WebApp::WebApp(const Workspace& workspace, Clock clock, StorePool::Opener open_store,
               Language language)
    : workspace_(workspace),
      messages_(messages_for(language)),
      clock_(std::move(clock)),
      stores_(std::move(open_store)) {
  add_auth_routes(router_, *this);
  add_task_routes(router_, *this);
  add_report_routes(router_, *this);
  add_page_routes(router_, *this);
}

Caller WebApp::caller_of(const Request& request) {
  Caller caller;
  auto session = sessions_.find(request.cookie(kSessionCookie), minute_number(now()));
  if (!session) return caller;
  caller.person = session->person;
  caller.session = session->id;
  caller.csrf = session->csrf;
  caller.admin = workspace_.is_admin(session->person);
  return caller;
}

Response WebApp::route(Request& request) {
  const Router::Match match = router_.match(request);
  const Face face = request.path.starts_with("/api/") ? Face::api : Face::page;
  if (!match.route) {
    if (match.path_known)
      return error_for(messages_, face, 405, request.method + " is not allowed here");
    return error_for(messages_, face, 404, "no such page: " + request.path);
  }
  const Route& route = *match.route;
  if (changes_state(request.method) && foreign_origin(request))
    return error_for(messages_, route.face, 403, "the request came from another site");
  const Caller caller = caller_of(request);
  if (route.access == Access::signed_in) {
    if (caller.person.empty()) {
      if (route.face == Face::api) return json_error(401, "log in first (POST /api/login)");
      return redirect_to("/login?next=" + url_encode(request.path));
    }
    if (changes_state(request.method)) {
      const std::string token = route.face == Face::api ? request.header("x-csrf-token") : [&] {
        const Params form = request.form();
        auto it = form.find("_csrf");
        return it == form.end() ? std::string() : it->second;
      }();
      if (!same_token(token, caller.csrf))
        return error_for(messages_, route.face, 403, "missing or wrong CSRF token");
    }
  }
  try {
    return route.handler(request, caller);
  } catch (const HttpError& e) {
    return error_for(messages_, route.face, e.status(), e.what());
  } catch (const RuleError& e) {
    return error_for(messages_, route.face, status_for(e.kind()), e.what());
  } catch (const StoreError& e) {
    std::cerr << "duban serve: " << request.method << ' ' << request.path << ": " << e.what()
              << '\n';
    return error_for(messages_, route.face, 500, e.what());
  }
}

Response WebApp::handle(Request request) {
  Response response;
  try {
    response = route(request);
  } catch (const std::exception& e) {
    std::cerr << "duban serve: " << request.method << ' ' << request.path << ": " << e.what()
              << '\n';
    response =
        error_answer(messages_, request.path, 500, "internal error: " + std::string(e.what()));
  }
  secure(response);
  return response;
}

std::string status_key(const Period& period, const StatusFilter& f, LocalDateTime now) {
  // Fields are joined with a character no id or key contains.
  return period.key() + '\x1f' + f.unit + '\x1f' + f.person + '\x1f' + f.workflow + '\x1f' + f.tag +
         '\x1f' + format_date(now.date) + 'T' + format_time_of_day(now.time);
}

std::shared_ptr<const StatusReport> WebApp::status(Store& store, std::int64_t version,
                                                   const Period& period, const StatusFilter& filter,
                                                   LocalDateTime now) {
  return reports_.get(status_key(period, filter, now), version, [&] {
    return build_status(workspace_.definitions(), store, period, now, filter);
  });
}

std::shared_ptr<const std::string> WebApp::rendered(const std::string& key, std::int64_t version,
                                                    const std::function<std::string()>& render) {
  return rendered_.get(key, version, render);
}

std::vector<PluginSection> WebApp::sections(Store& store, const Period& period,
                                            const StatusFilter& filter, LocalDateTime now) {
  if (workspace_.extensions->sections().empty()) return {};
  std::lock_guard lock(write_mutex_);
  return build_plugin_sections(workspace_.definitions(), store, period, now, filter);
}

bool WebApp::may_read(const Caller& caller, const Task& task) const {
  return caller.admin || may_see(workspace_.org, task, caller.person);
}

}  // namespace duban::web
