// The pages' routes, and the static files compiled into the program.

#include "web/app.hpp"
#include "web/assets.hpp"
#include "web/pages/pages.hpp"
#include "web/routes.hpp"

namespace duban::web {

namespace {

// "?did=done" after an action: what to say on the task's page.
std::string done_notice(const Messages& m, const Request& r) {
  const auto did = r.param("did");
  if (!did) return "";
  const auto action = parse_action(*did);
  return action ? m(Msg::action_done_notice, {m[action_label(*action)]}) : "";
}

}  // namespace

Response static_asset(const std::string& name) {
  // Only the names compiled in: "../x", "%2e%2e/x" and every other path is 404.
  for (const Asset& a : embedded_assets()) {
    if (a.name != name) continue;
    Response r;
    r.content_type = std::string(a.content_type);
    r.body = std::string(a.body);
    r.headers.emplace_back("Cache-Control", "public, max-age=3600");
    return r;
  }
  throw HttpError(404, "no such file: /static/" + name);
}

void add_page_routes(Router& router, WebApp& app) {
  router.add("GET", "/static/(.*)", Access::anyone, Face::page,
             [](const Request& r, const Caller&) { return static_asset(r.captures.at(0)); });
  router.add("GET", "/", Access::signed_in, Face::page,
             [](const Request&, const Caller&) { return redirect_to("/today"); });
  router.add("GET", "/today", Access::signed_in, Face::page,
             [&app](const Request& r, const Caller& c) { return today_page(app, r, c); });
  router.add("GET", "/week", Access::signed_in, Face::page,
             [&app](const Request& r, const Caller& c) { return week_page(app, r, c); });
  router.add("POST",
             "/tasks/(.+)/(ack|start|done|block|return|cancel|reassign|note|chase|extend|approve)",
             Access::signed_in, Face::page,
             [&app](const Request& r, const Caller& c) { return task_action_form(app, r, c); });
  router.add("GET", "/tasks/(.+)", Access::signed_in, Face::page,
             [&app](const Request& r, const Caller& c) {
               return task_page(app, c, r.captures.at(0), done_notice(app.messages(), r), 200);
             });
  router.add("GET", "/workflows", Access::signed_in, Face::page,
             [&app](const Request&, const Caller& c) { return workflows_page(app, c); });
  router.add("GET", "/workflows/([^/]+)", Access::signed_in, Face::page,
             [&app](const Request& r, const Caller& c) {
               return workflow_page(app, c, r.captures.at(0), "", 200);
             });
  router.add("POST", "/workflows/([^/]+)/plan", Access::signed_in, Face::page,
             [&app](const Request& r, const Caller& c) { return plan_form_post(app, r, c); });
  router.add("GET", "/sections", Access::signed_in, Face::page,
             [&app](const Request& r, const Caller& c) { return sections_page(app, r, c); });
}

}  // namespace duban::web
