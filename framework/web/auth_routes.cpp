// Logging in and out: the JSON API and the log-in page's form.

#include <algorithm>

#include "web/app.hpp"
#include "web/login.hpp"
#include "web/pages/layout.hpp"
#include "web/pages/pages.hpp"
#include "web/routes.hpp"

namespace duban::web {

namespace {

using nlohmann::json;

json me_json(const WebApp& app, const std::string& person, const std::string& csrf) {
  const Person* p = app.workspace().org.person(person);
  return {{"person", person},
          {"name", p ? p->name : person},
          {"unit", p ? p->unit : ""},
          {"admin", app.workspace().is_admin(person)},
          {"csrf_token", csrf}};
}

Response locked(const LoginResult& r) {
  const std::string message =
      "too many failed log-ins; try again in " + std::to_string(r.retry_after_seconds) + " seconds";
  Response response = json_error(429, message);
  response.headers.emplace_back("Retry-After", std::to_string(r.retry_after_seconds));
  return response;
}

Response api_login(WebApp& app, const Request& request) {
  const json body = json_object_body(request);
  const std::string person = string_field(body, "person");
  const std::string password = string_field(body, "password");
  if (person.empty() || password.empty()) throw HttpError(422, "give 'person' and 'password'");
  const LoginResult r = attempt_login(app, person, password);
  if (r.outcome == LoginResult::Outcome::locked) return locked(r);
  if (r.outcome == LoginResult::Outcome::wrong) return json_error(401, "wrong person or password");
  Response response = json_response(me_json(app, person, r.session->csrf));
  response.headers.emplace_back("Set-Cookie", session_cookie(r.session->id, request));
  return response;
}

Response api_logout(WebApp& app, const Caller& caller) {
  app.sessions().close(caller.session);
  Response response = json_response({{"logged_out", caller.person}});
  response.headers.emplace_back("Set-Cookie", expired_session_cookie());
  return response;
}

// Only paths of this site: "/week", never "//elsewhere", "https://…" or
// anything with a control character (a line break would end the header).
std::string safe_next(const std::string& next) {
  const bool printable = std::all_of(next.begin(), next.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
  });
  if (printable && next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\')
    return next;
  return "/today";
}

std::string field(const Params& form, const char* name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

Response page_login(WebApp& app, const Request& request) {
  const Params form = request.form();
  const std::string person = field(form, "person");
  const std::string next = safe_next(field(form, "next"));
  const LoginResult r = attempt_login(app, person, field(form, "password"));
  if (r.outcome == LoginResult::Outcome::locked) {
    const std::string minutes = std::to_string((r.retry_after_seconds + 59) / 60);
    Response response = login_page(app.messages(), app.workspace(), next, person,
                                   app.messages()(Msg::login_locked, {minutes}), 429);
    response.headers.emplace_back("Retry-After", std::to_string(r.retry_after_seconds));
    return response;
  }
  if (r.outcome == LoginResult::Outcome::wrong)
    return login_page(app.messages(), app.workspace(), next, person,
                      std::string(app.messages()[Msg::login_wrong]), 401);
  Response response = redirect_to(next);
  response.headers.emplace_back("Set-Cookie", session_cookie(r.session->id, request));
  return response;
}

}  // namespace

void add_auth_routes(Router& router, WebApp& app) {
  router.add("POST", "/api/login", Access::anyone, Face::api,
             [&app](const Request& r, const Caller&) { return api_login(app, r); });
  router.add("POST", "/api/logout", Access::signed_in, Face::api,
             [&app](const Request&, const Caller& c) { return api_logout(app, c); });
  router.add("GET", "/api/me", Access::signed_in, Face::api,
             [&app](const Request&, const Caller& c) {
               return json_response(me_json(app, c.person, c.csrf));
             });
  router.add("GET", "/login", Access::anyone, Face::page,
             [&app](const Request& r, const Caller& c) {
               const std::string next = safe_next(r.param("next").value_or(""));
               if (!c.person.empty()) return redirect_to(next);  // logged in already
               return login_page(app.messages(), app.workspace(), next, "", "", 200);
             });
  router.add("POST", "/login", Access::anyone, Face::page,
             [&app](const Request& r, const Caller&) { return page_login(app, r); });
  router.add("POST", "/logout", Access::signed_in, Face::page,
             [&app](const Request&, const Caller& c) {
               app.sessions().close(c.session);
               Response response = redirect_to("/login");
               response.headers.emplace_back("Set-Cookie", expired_session_cookie());
               return response;
             });
}

}  // namespace duban::web
