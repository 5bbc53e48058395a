// The security properties of the issue, each over real HTTP on loopback.

#include <gmock/gmock.h>

#include "web_fixture.hpp"

namespace duban::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

using SecurityTest = WebServerTest;

TEST_F(SecurityTest, NoSessionIs401) {
  for (const char* path : {"/api/tasks", "/api/status?week=2026-W11", "/api/runs", "/api/me"}) {
    auto r = client().Get(path);
    EXPECT_EQ(r->status, 401) << path;
    EXPECT_EQ(json_of(r)["error"], "unauthorized");
  }
  auto forged = client().Get("/api/tasks", {{"Cookie", "duban_session=0123456789abcdef"}});
  EXPECT_EQ(forged->status, 401);
  auto act = client().Post("/api/tasks/weekly-planning/2026-W11/summary.office/ack", "{}",
                           "application/json");
  EXPECT_EQ(act->status, 401);
  // A page sends the browser to the log-in form instead.
  auto page = client().Get("/week");
  EXPECT_EQ(page->status, 303);
  EXPECT_EQ(page->get_header_value("Location"), "/login?next=/week");
}

TEST_F(SecurityTest, AnotherUnitsTaskIs403) {
  const Session staff = session_of("zhu-peng");  // industry
  EXPECT_EQ(get(staff, "/api/tasks/" + office)->status, 403);
  EXPECT_EQ(post(staff, "/api/tasks/" + office + "/ack", json::object())->status, 403);
  EXPECT_EQ(get(staff, "/tasks/" + office)->status, 403);
  // A colleague's task in the same unit can be read but not acted on.
  EXPECT_EQ(get(staff, "/api/tasks/" + industry)->status, 200);
  EXPECT_EQ(post(staff, "/api/tasks/" + industry + "/ack", json::object())->status, 403);
  EXPECT_EQ(events(), 15);
}

TEST_F(SecurityTest, AMissingOrWrongCsrfTokenIs403AndChangesNothing) {
  const Session chief = session_of("yang-fan");
  auto missing = post(chief, "/api/tasks/" + industry + "/ack", json::object(), false);
  EXPECT_EQ(missing->status, 403);
  EXPECT_THAT(json_of(missing)["message"].get<std::string>(), HasSubstr("CSRF"));
  Session wrong = chief;
  wrong.csrf = std::string(64, 'a');
  EXPECT_EQ(post(wrong, "/api/tasks/" + industry + "/ack", json::object())->status, 403);
  // Another person's token does not do either.
  wrong.csrf = session_of("wang-zhiqiang").csrf;
  EXPECT_EQ(post(wrong, "/api/tasks/" + industry + "/ack", json::object())->status, 403);
  // Nor does a form without its hidden field.
  auto form = client().Post("/tasks/" + industry + "/ack", {{"Cookie", chief.cookie}}, "reason=x",
                            "application/x-www-form-urlencoded");
  EXPECT_EQ(form->status, 403);
  EXPECT_EQ(post(chief, "/api/logout", json::object(), false)->status, 403);
  EXPECT_EQ(events(), 15);
  // With it, the same request goes through.
  EXPECT_EQ(post(chief, "/api/tasks/" + industry + "/ack", json::object())->status, 200);
}

TEST_F(SecurityTest, ARequestFromAnotherSiteIs403) {
  const Session chief = session_of("yang-fan");
  auto r = client().Post(
      "/api/tasks/" + industry + "/ack",
      {{"Cookie", chief.cookie}, {"X-CSRF-Token", chief.csrf}, {"Origin", "http://evil.example"}},
      "{}", "application/json");
  EXPECT_EQ(r->status, 403);
  auto forged_login = client().Post("/login", {{"Origin", "http://evil.example"}},
                                    "person=yang-fan&password=correct+horse+1",
                                    "application/x-www-form-urlencoded");
  EXPECT_EQ(forged_login->status, 403);
}

TEST_F(SecurityTest, DotDotInAStaticPathIs404) {
  for (const char* path :
       {"/static/../duban.toml", "/static/../../etc/passwd", "/static/%2e%2e/duban.toml",
        "/static/..%2fduban.toml", "/static/style.css/../../duban.toml", "/static/"}) {
    auto r = client().Get(path);
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_THAT(r->body, ::testing::Not(HasSubstr("[workspace]"))) << path;
  }
  EXPECT_EQ(client().Get("/static/style.css")->status, 200);
}

TEST_F(SecurityTest, FiveWrongPasswordsSlowTheNameDown) {
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(login("yang-fan", "guess " + std::to_string(i))->status, 401);
  // Locked now, even with the right password, and told for how long.
  auto locked = login("yang-fan");
  EXPECT_EQ(locked->status, 429);
  EXPECT_EQ(json_of(locked)["error"], "too_many_requests");
  EXPECT_EQ(locked->get_header_value("Retry-After"), "120");
  // Others are not held up.
  EXPECT_EQ(login("lin-fang")->status, 200);
  // Once the lock has passed the right password works; failing again locks longer.
  clock.advance_minutes(2);
  EXPECT_EQ(login("yang-fan", "guess again")->status, 401);
  EXPECT_EQ(login("yang-fan")->get_header_value("Retry-After"), "180");
  clock.advance_minutes(3);
  EXPECT_EQ(login("yang-fan")->status, 200);
  // The log-in form is slowed the same way.
  for (int i = 0; i < 5; ++i) {
    client().Post("/login", "person=lin-fang&password=nope", "application/x-www-form-urlencoded");
  }
  auto form = client().Post("/login", "person=lin-fang&password=correct+horse+1",
                            "application/x-www-form-urlencoded");
  EXPECT_EQ(form->status, 429);
  EXPECT_FALSE(form->get_header_value("Retry-After").empty());
}

TEST_F(SecurityTest, ASessionCookieAfterLogOutIs401) {
  const Session chief = session_of("yang-fan");
  ASSERT_EQ(get(chief, "/api/me")->status, 200);
  auto out = post(chief, "/api/logout", json::object());
  ASSERT_EQ(out->status, 200);
  EXPECT_THAT(out->get_header_value("Set-Cookie"), HasSubstr("Max-Age=0"));
  EXPECT_EQ(get(chief, "/api/me")->status, 401);
  EXPECT_EQ(get(chief, "/api/tasks")->status, 401);
  EXPECT_EQ(post(chief, "/api/tasks/" + industry + "/ack", json::object())->status, 401);
}

TEST_F(SecurityTest, ASessionEndsAfterAWorkingDayWithoutUse) {
  const Session chief = session_of("yang-fan");
  clock.advance_minutes(8 * 60 - 1);
  ASSERT_EQ(get(chief, "/api/me")->status, 200);
  clock.advance_minutes(8 * 60 + 1);
  EXPECT_EQ(get(chief, "/api/me")->status, 401);
}

TEST_F(SecurityTest, AnswersForbidFramingAndSniffing) {
  auto r = client().Get("/login");
  EXPECT_EQ(r->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_THAT(r->get_header_value("Content-Security-Policy"), HasSubstr("default-src 'self'"));
}

TEST_F(SecurityTest, PasswordsAreStoredAsArgon2idOnlyAndLoggedNever) {
  auto store = open_store(workspace->config.database_url, workspace->root);
  const auto account = web::account(*store, "yang-fan");
  ASSERT_TRUE(account);
  EXPECT_THAT(account->password_hash, ::testing::StartsWith("$argon2id$"));
  EXPECT_THAT(account->password_hash, ::testing::Not(HasSubstr(kPassword)));
  EXPECT_TRUE(web::verify_password(account->password_hash, kPassword));
  EXPECT_FALSE(web::verify_password(account->password_hash, "correct horse 2"));
  EXPECT_FALSE(web::verify_password("", kPassword));
}

}  // namespace
}  // namespace duban::test
