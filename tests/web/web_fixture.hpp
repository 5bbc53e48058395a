#pragma once
// A real server on a free loopback port, serving a temporary copy of the
// example workspace with weekly-planning 2026-W11 planned and passwords set,
// on a clock the test moves by hand. Requests go over HTTP with httplib's
// client, as a browser's or a script's would.

#include <gtest/gtest.h>
#include <httplib.h>

#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "engine/engine.hpp"
#include "plan/planner.hpp"
#include "support/workspace_fixture.hpp"
#include "web/accounts.hpp"
#include "web/app.hpp"
#include "web/password.hpp"
#include "web/server.hpp"
#include "workspace/workspace.hpp"

namespace duban::test {

/// Everyone's password in these tests.
inline const std::string kPassword = "correct horse 1";

/// The clock the server reads; tests move it instead of sleeping.
class ManualClock {
 public:
  explicit ManualClock(LocalDateTime start) : now_(start) {}
  LocalDateTime now() const {
    std::lock_guard lock(mutex_);
    return now_;
  }
  void set(const std::string& when) {
    std::lock_guard lock(mutex_);
    now_ = *parse_iso8601(when, UtcOffset{});
  }
  void advance_minutes(int minutes) {
    std::lock_guard lock(mutex_);
    const auto total = now_.time + std::chrono::minutes{minutes};
    const auto days = std::chrono::floor<std::chrono::days>(total);
    now_.date += days;
    now_.time = total - days;
  }

 private:
  mutable std::mutex mutex_;
  LocalDateTime now_;
};

/// A logged-in client: its session cookie and CSRF token.
struct Session {
  std::string cookie;  ///< "duban_session=…"
  std::string csrf;
};

class WebServerTest : public ::testing::Test {
 protected:
  /// Changes the copied workspace before it is loaded (plugins, say).
  virtual void prepare(const std::filesystem::path& /*workspace*/) {}

  void SetUp() override {
    copy_example_workspace(dir.path() / "ws");
    prepare(dir.path() / "ws");
    Diagnostics diagnostics;
    workspace = load_workspace(dir.path() / "ws", diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    plan("weekly-planning", "2026-W11", "2026-03-09T08:30");
    for (const char* person : {"liu-xiaoyan", "yang-fan", "zhu-peng", "wang-zhiqiang", "lin-fang",
                               "zhang-jianguo", "feng-jun"}) {
      set_password(person);
    }
    app = std::make_unique<web::WebApp>(
        *workspace, [this] { return clock.now(); },
        [this] { return open_store(workspace->config.database_url, workspace->root); }, language);
    web::ServerOptions options;
    options.port = 0;
    options.threads = 4;
    options.max_body_bytes = 64 * 1024;
    server = std::make_unique<web::HttpServer>(*app, options);
    port = server->bind();
    serving = std::thread([this] { server->run(); });
    // One request answered means the accept loop runs (and stop() will stop it).
    ASSERT_EQ(client().Get("/static/style.css")->status, 200);
  }

  void TearDown() override {
    if (server) server->stop();
    if (serving.joinable()) serving.join();
  }

  void plan(const std::string& workflow, const std::string& period, const std::string& when) {
    Diagnostics diagnostics;
    const Definitions definitions = workspace->definitions();
    PlanRequest request{
        &definitions, workspace->workflow(workflow), *parse_period(period), {}, std::nullopt};
    const auto runs = plan_runs(request, diagnostics);
    auto store = open_store(workspace->config.database_url, workspace->root);
    Engine engine(workspace->definitions(), *parse_iso8601(when, UtcOffset{}));
    auto writer = store->write();
    for (const auto& run : runs) engine.create_run(*writer, run, "system");
    writer->commit();
  }

  void set_password(const std::string& person) {
    // One Argon2id hash for all: each costs 64 MiB and a noticeable moment.
    static const std::string hash = web::hash_password(kPassword);
    auto store = open_store(workspace->config.database_url, workspace->root);
    auto writer = store->write();
    web::put_account(*writer, {person, hash, "2026-03-01T09:00", "system"});
    writer->commit();
    ++passwords_set_;
  }

  std::int64_t passwords_set_ = 0;

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(60, 0);
    return c;
  }

  httplib::Result login(const std::string& person, const std::string& password = kPassword) {
    return client().Post("/api/login",
                         nlohmann::json{{"person", person}, {"password", password}}.dump(),
                         "application/json");
  }

  Session session_of(const std::string& person) {
    auto r = login(person);
    EXPECT_EQ(r->status, 200) << r->body;
    const std::string set_cookie = r->get_header_value("Set-Cookie");
    return {set_cookie.substr(0, set_cookie.find(';')),
            nlohmann::json::parse(r->body).value("csrf_token", "")};
  }

  httplib::Result get(const Session& s, const std::string& path) {
    return client().Get(path, {{"Cookie", s.cookie}});
  }

  httplib::Result post(const Session& s, const std::string& path, const nlohmann::json& body,
                       bool with_csrf = true) {
    httplib::Headers headers{{"Cookie", s.cookie}};
    if (with_csrf) headers.emplace("X-CSRF-Token", s.csrf);
    return client().Post(path, headers, body.dump(), "application/json");
  }

  nlohmann::json json_of(const httplib::Result& r) { return nlohmann::json::parse(r->body); }

  /// The number of events in the log.
  /// Events of the work itself: the set-up's account.password_set events
  /// (one per person given a password) are not counted.
  std::int64_t events() {
    return open_store(workspace->config.database_url, workspace->root)->last_event_id() -
           passwords_set_;
  }

  const std::string office = "weekly-planning/2026-W11/summary.office";
  const std::string industry = "weekly-planning/2026-W11/summary.industry";
  /// The pages' language (duban serve --lang); a fixture may set another
  /// in its constructor.
  Language language = kDefaultLanguage;
  TempDir dir;
  std::unique_ptr<Workspace> workspace;
  ManualClock clock{*parse_iso8601("2026-03-12T10:00", UtcOffset{})};
  std::unique_ptr<web::WebApp> app;
  std::unique_ptr<web::HttpServer> server;
  std::thread serving;
  int port = 0;
};

}  // namespace duban::test
