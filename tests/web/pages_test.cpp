// The pages over real HTTP: what a browser gets (the browser itself is in
// tests/e2e).

#include <gmock/gmock.h>

#include "web_fixture.hpp"

namespace duban::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

class PagesTest : public WebServerTest {
 protected:
  /// Logs in through the form, as a browser does; returns the cookie.
  std::string form_login(const std::string& person, const std::string& next = "/today") {
    auto r = client().Post("/login", "person=" + person + "&password=correct+horse+1&next=" + next,
                           "application/x-www-form-urlencoded");
    EXPECT_EQ(r->status, 303) << r->body;
    EXPECT_EQ(r->get_header_value("Location"), next);
    const std::string set_cookie = r->get_header_value("Set-Cookie");
    return set_cookie.substr(0, set_cookie.find(';'));
  }
  std::string page(const std::string& cookie, const std::string& path, int status = 200) {
    auto r = client().Get(path, {{"Cookie", cookie}});
    EXPECT_EQ(r->status, status) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
    return r->body;
  }
  /// The CSRF token a page embeds in its forms.
  static std::string csrf_in(const std::string& html) {
    const std::string marker = "name=\"_csrf\" value=\"";
    const auto at = html.find(marker);
    return at == std::string::npos ? "" : html.substr(at + marker.size(), 64);
  }
};

TEST_F(PagesTest, TheLogInFormSendsThePersonWhereTheyWereGoing) {
  auto blank = client().Get("/login?next=/week");
  EXPECT_EQ(blank->status, 200);
  EXPECT_THAT(blank->body, HasSubstr("<form method=\"post\" action=\"/login\">"));
  EXPECT_THAT(blank->body, HasSubstr("value=\"/week\""));
  form_login("yang-fan", "/week");
  auto wrong = client().Post("/login", "person=yang-fan&password=nope&next=/week",
                             "application/x-www-form-urlencoded");
  EXPECT_EQ(wrong->status, 401);
  EXPECT_THAT(wrong->body, HasSubstr("用户名或密码不正确"));
  // Never to another site.
  auto away =
      client().Post("/login", "person=yang-fan&password=correct+horse+1&next=//evil.example",
                    "application/x-www-form-urlencoded");
  EXPECT_EQ(away->get_header_value("Location"), "/today");
  auto split = client().Post(
      "/login", "person=yang-fan&password=correct+horse+1&next=/x%0d%0aSet-Cookie:+a=b",
      "application/x-www-form-urlencoded");
  EXPECT_EQ(split->get_header_value("Location"), "/today");
  // Logged in already: the form is skipped.
  const std::string cookie = form_login("yang-fan");
  auto again = client().Get("/login?next=/week", {{"Cookie", cookie}});
  EXPECT_EQ(again->status, 303);
  EXPECT_EQ(again->get_header_value("Location"), "/week");
}

TEST_F(PagesTest, TodayListsMyTasksAndMyUnitsRedFirst) {
  const std::string cookie = form_login("yang-fan");
  const std::string html = page(cookie, "/today");
  EXPECT_THAT(html, HasSubstr("今日"));
  EXPECT_THAT(html, HasSubstr("杨帆"));
  EXPECT_THAT(html, HasSubstr("工业科第11周工作总结"));
  const auto mine = html.find("id=\"mine\"");
  const auto red = html.find("data-light=\"red\"", mine);
  const auto none = html.find("data-light=\"none\"", mine);
  ASSERT_NE(red, std::string::npos);
  EXPECT_TRUE(none == std::string::npos || red < none);
  EXPECT_THAT(html, Not(HasSubstr("办公室第11周工作总结")));  // another unit's
}

TEST_F(PagesTest, TheWeekShowsCountsByUnitAndPersonLightsInWordsAndTheRuns) {
  const std::string cookie = form_login("zhang-jianguo");
  const std::string html = page(cookie, "/week?week=2026-W11");
  EXPECT_THAT(html, HasSubstr("2026-W11"));
  EXPECT_THAT(html, HasSubstr("<span class=\"value\" data-count=\"due\">13</span>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"value\" data-count=\"done\">0</span>"));
  for (const char* text : {"按科室", "按人", "办结率", "红灯", "黄灯", "本周运行", "下周到期",
                           "工业科", "杨帆", "周总结、周计划"}) {
    EXPECT_THAT(html, HasSubstr(text)) << text;
  }
  EXPECT_THAT(html, HasSubstr("<span class=\"light red\" data-light=\"red\">红灯</span>"));
  // This week by default, and the others by link.
  EXPECT_THAT(page(cookie, "/week"), HasSubstr("2026-W11"));
  EXPECT_THAT(html, HasSubstr("/week?week=2026-W10"));
  EXPECT_THAT(page(cookie, "/week?week=2026-W99", 422), HasSubstr("填写的内容有误"));
}

TEST_F(PagesTest, ATaskPageOffersOnlyTheActionsAllowedAndAFormClosesTheTask) {
  const std::string cookie = form_login("yang-fan");
  std::string html = page(cookie, "/tasks/" + industry);
  EXPECT_THAT(html, HasSubstr("data-action=\"ack\""));
  EXPECT_THAT(html, HasSubstr("data-action=\"done\""));
  EXPECT_THAT(html, Not(HasSubstr("data-action=\"approve\"")));
  EXPECT_THAT(html, Not(HasSubstr("data-action=\"chase\"")));  // not their own
  EXPECT_THAT(html, HasSubstr("id=\"milestones\""));
  EXPECT_THAT(html, HasSubstr("创建"));  // the log
  const std::string form = "_csrf=" + csrf_in(html) + "&reason=";
  auto done = client().Post("/tasks/" + industry + "/done", {{"Cookie", cookie}}, form,
                            "application/x-www-form-urlencoded");
  ASSERT_EQ(done->status, 303) << done->body;
  EXPECT_EQ(done->get_header_value("Location"), "/tasks/" + industry + "?did=done");
  html = page(cookie, "/tasks/" + industry + "?did=done");
  EXPECT_THAT(html, HasSubstr("已办结"));
  EXPECT_THAT(html, HasSubstr("data-state=\"done\""));
  // A refused action is explained on the page, with the rule's status.
  auto again = client().Post("/tasks/" + industry + "/done", {{"Cookie", cookie}}, form,
                             "application/x-www-form-urlencoded");
  EXPECT_EQ(again->status, 409);
  EXPECT_THAT(again->body, HasSubstr("未能办结"));
}

TEST_F(PagesTest, TheLeaderSeesTheApproveFormOnceAnExtensionIsAsked) {
  const std::string chief = form_login("yang-fan");
  const std::string html = page(chief, "/tasks/" + industry);
  auto asked = client().Post("/tasks/" + industry + "/extend", {{"Cookie", chief}},
                             "_csrf=" + csrf_in(html) + "&until=2026-03-18&reason=%E7%AD%89",
                             "application/x-www-form-urlencoded");
  ASSERT_EQ(asked->status, 303) << asked->body;
  const std::string leader = form_login("wang-zhiqiang");
  EXPECT_THAT(page(leader, "/tasks/" + industry), HasSubstr("data-action=\"approve\""));
  EXPECT_THAT(page(chief, "/tasks/" + industry), Not(HasSubstr("data-action=\"approve\"")));
}

TEST_F(PagesTest, WorkflowPagesDrawTheGraphAsSvg) {
  const std::string cookie = form_login("zhu-peng");
  EXPECT_THAT(page(cookie, "/workflows"), HasSubstr("/workflows/weekly-planning"));
  const std::string html = page(cookie, "/workflows/weekly-planning");
  EXPECT_THAT(html, HasSubstr("<svg"));
  EXPECT_THAT(html, HasSubstr("关键路径"));
  EXPECT_THAT(html, HasSubstr("2026-W11"));  // its run
  page(cookie, "/workflows/no-such", 404);
}

TEST_F(PagesTest, OnlyAdministratorsGetThePlanFormAndItRecordsTheRun) {
  const std::string chief = form_login("yang-fan");
  EXPECT_THAT(page(chief, "/workflows/weekly-planning"), Not(HasSubstr("data-action=\"plan\"")));
  const std::string admin = form_login("liu-xiaoyan");
  const std::string html = page(admin, "/workflows/weekly-planning");
  ASSERT_THAT(html, HasSubstr("data-action=\"plan\""));
  auto plan = [&](const std::string& cookie, const std::string& period) {
    return client().Post("/workflows/weekly-planning/plan", {{"Cookie", cookie}},
                         "_csrf=" + csrf_in(page(cookie, "/workflows")) + "&period=" + period,
                         "application/x-www-form-urlencoded");
  };
  auto created = plan(admin, "2026-W12");
  EXPECT_EQ(created->status, 200);
  EXPECT_THAT(created->body, HasSubstr("已创建 weekly-planning/2026-W12（14 项任务）"));
  EXPECT_THAT(plan(admin, "2026-W12")->body, HasSubstr("已存在，未改动"));
  auto bad = plan(admin, "next-week");
  EXPECT_EQ(bad->status, 422);
  EXPECT_THAT(bad->body, HasSubstr("未能创建运行"));
  EXPECT_EQ(plan(chief, "2026-W13")->status, 403);
}

TEST_F(PagesTest, SectionsSayWhenNoPluginAddsAny) {
  const std::string cookie = form_login("zhu-peng");
  EXPECT_THAT(page(cookie, "/sections"), HasSubstr("没有加载提供报告栏目的插件"));
}

TEST_F(PagesTest, LoggingOutEndsTheSession) {
  const std::string cookie = form_login("zhu-peng");
  const std::string html = page(cookie, "/today");
  auto out = client().Post("/logout", {{"Cookie", cookie}}, "_csrf=" + csrf_in(html),
                           "application/x-www-form-urlencoded");
  EXPECT_EQ(out->status, 303);
  EXPECT_EQ(out->get_header_value("Location"), "/login");
  EXPECT_EQ(client().Get("/today", {{"Cookie", cookie}})->status, 303);
}

TEST_F(PagesTest, TheStyleSheetAndIconAreServedByDubanItself) {
  auto css = client().Get("/static/style.css");
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_THAT(css->body, HasSubstr(".light.red"));
  EXPECT_THAT(css->body, Not(HasSubstr("http")));  // no font or file from elsewhere
  EXPECT_EQ(client().Get("/static/favicon.svg")->status, 200);
}

}  // namespace
}  // namespace duban::test
