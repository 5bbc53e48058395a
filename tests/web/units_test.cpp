// The web layer's parts without a socket: throttle, sessions, forms,
// cookies, addresses, passwords.

#include <gmock/gmock.h>

#include "web/http.hpp"
#include "web/login_throttle.hpp"
#include "web/password.hpp"
#include "web/server.hpp"
#include "web/sessions.hpp"

namespace duban::web {
namespace {

TEST(LoginThrottle, FiveFailuresLockForAMinuteThenLonger) {
  LoginThrottle t;
  for (int i = 0; i < 4; ++i) t.failed("a", 100);
  EXPECT_EQ(t.wait("a", 100), 0);
  t.failed("a", 100);
  EXPECT_EQ(t.wait("a", 100), 2);  // one minute, counted from the end of this one
  EXPECT_EQ(t.wait("b", 100), 0);
  EXPECT_EQ(t.wait("a", 102), 0);
  t.failed("a", 102);
  EXPECT_EQ(t.wait("a", 102), 3);
  for (int i = 0; i < 10; ++i) t.failed("a", 200 + i);
  EXPECT_EQ(t.wait("a", 209), 16);  // at most fifteen minutes (plus the minute under way)
  t.succeeded("a");
  EXPECT_EQ(t.wait("a", 209), 0);
}

TEST(LoginThrottle, FailuresOutsideTheWindowAreForgiven) {
  LoginThrottle t;
  for (int i = 0; i < 4; ++i) t.failed("a", 100);
  t.failed("a", 100 + LoginThrottle::kWindowMinutes + 1);
  EXPECT_EQ(t.wait("a", 100 + LoginThrottle::kWindowMinutes + 1), 0);
}

TEST(SessionTable, SessionsEndWhenIdleOrTooOld) {
  SessionTable table;
  const Session s = table.open("p", 1000);
  EXPECT_EQ(s.id.size(), 64u);
  EXPECT_NE(s.id, s.csrf);
  ASSERT_TRUE(table.find(s.id, 1000 + 60));
  EXPECT_FALSE(table.find(s.id + "0", 1000));
  EXPECT_TRUE(table.find(s.id, 1000 + 60 + SessionTable::kIdleMinutes));
  EXPECT_FALSE(table.find(s.id, 1000 + SessionTable::kLongestMinutes + 1));
  const Session t = table.open("p", 5000);
  table.close(t.id);
  EXPECT_FALSE(table.find(t.id, 5000));
}

TEST(Http, FormsCookiesAndUrls) {
  const Params form = parse_form("a=1&b=x+y%E5%91%A8&&c&d=%zz");
  EXPECT_EQ(form.find("a")->second, "1");
  EXPECT_EQ(form.find("b")->second, "x y周");
  EXPECT_EQ(form.find("c")->second, "");
  EXPECT_EQ(form.find("d")->second, "%zz");
  Request r;
  r.headers["cookie"] = "x=1; duban_session=abc; y=2";
  EXPECT_EQ(r.cookie("duban_session"), "abc");
  EXPECT_EQ(r.cookie("z"), "");
  EXPECT_EQ(url_encode("weekly/2026-W11/summary.office 周"),
            "weekly/2026-W11/summary.office%20%E5%91%A8");
}

TEST(Http, ListenAddresses) {
  EXPECT_EQ(parse_listen("127.0.0.1:8080"), (std::pair<std::string, int>{"127.0.0.1", 8080}));
  EXPECT_EQ(parse_listen(":9000"), (std::pair<std::string, int>{"127.0.0.1", 9000}));
  EXPECT_EQ(parse_listen("[::1]:80"), (std::pair<std::string, int>{"::1", 80}));
  EXPECT_FALSE(parse_listen("8080"));
  EXPECT_FALSE(parse_listen("host:99999"));
  EXPECT_FALSE(parse_listen("host:80x"));
}

TEST(Passwords, AreRefusedWhenTooShortOrOdd) {
  EXPECT_EQ(password_problem("1234567"), "a password needs at least 8 characters");
  EXPECT_EQ(password_problem("good password"), "");
  EXPECT_EQ(password_problem("bad\npassword"), "a password may not hold control characters");
  EXPECT_TRUE(same_token("abcd", "abcd"));
  EXPECT_FALSE(same_token("abcd", "abce"));
  EXPECT_FALSE(same_token("", ""));
  EXPECT_NE(random_token(), random_token());
}

}  // namespace
}  // namespace duban::web
