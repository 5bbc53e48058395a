// The pages in English (duban serve --lang en): the words of the frame,
// the lists and the forms change, <html lang> says so, the data does not.

#include <gmock/gmock.h>

#include "web_fixture.hpp"

namespace duban::test {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

class EnglishPagesTest : public WebServerTest {
 protected:
  EnglishPagesTest() { language = Language::en; }

  /// Logs in through the form, as a browser does; returns the cookie.
  std::string form_login(const std::string& person) {
    auto r = client().Post("/login", "person=" + person + "&password=correct+horse+1&next=/today",
                           "application/x-www-form-urlencoded");
    EXPECT_EQ(r->status, 303) << r->body;
    const std::string set_cookie = r->get_header_value("Set-Cookie");
    return set_cookie.substr(0, set_cookie.find(';'));
  }
  std::string page(const std::string& cookie, const std::string& path, int status = 200) {
    auto r = client().Get(path, {{"Cookie", cookie}});
    EXPECT_EQ(r->status, status) << path;
    return r->body;
  }
};

TEST_F(EnglishPagesTest, TheWeekIsInEnglish) {
  const std::string html = page(form_login("zhang-jianguo"), "/week?week=2026-W11");
  EXPECT_THAT(html, HasSubstr("<html lang=\"en\">"));
  EXPECT_THAT(html, HasSubstr("<title>Week 2026-W11 · duban</title>"));
  for (const char* text : {">Today</a>", ">This week</a>", ">Workflows</a>", ">Log out</button>",
                           "By unit", "By person", "Closure rate", "Due next week",
                           "This week's runs", "<strong>Total</strong>", "All units", "Filter"}) {
    EXPECT_THAT(html, HasSubstr(text)) << text;
  }
  EXPECT_THAT(html, HasSubstr("<span class=\"light red\" data-light=\"red\">Red</span>"));
  // The organisation's and the workflow's own names stay as written.
  EXPECT_THAT(html, AllOf(HasSubstr("工业科"), HasSubstr("周总结、周计划")));
  for (const char* text : {"按科室", "按人", "办结率", "红灯", "本周运行", "下周到期", "退出"}) {
    EXPECT_THAT(html, Not(HasSubstr(text))) << text;
  }
}

TEST_F(EnglishPagesTest, TaskPagesFormsAndNoticesAreInEnglish) {
  const std::string cookie = form_login("yang-fan");
  const std::string html = page(cookie, "/tasks/" + industry);
  EXPECT_THAT(html, AllOf(HasSubstr("<h2>I can</h2>"), HasSubstr("<h2>Milestones</h2>"),
                          HasSubstr("<h2>History</h2>"), HasSubstr(">Acknowledge</button>"),
                          HasSubstr("placeholder=\"Reason (required)\""),
                          HasSubstr("<dt>Owner</dt>"), HasSubstr(">Created<")));
  EXPECT_THAT(html, AllOf(Not(HasSubstr("我可以")), Not(HasSubstr(">签收</button>"))));
  EXPECT_THAT(page(cookie, "/tasks/" + industry + "?did=ack"), HasSubstr("Acknowledge: done."));
  EXPECT_THAT(page(cookie, "/nowhere", 404),
              AllOf(HasSubstr("<html lang=\"en\">"), HasSubstr("No such page or task"),
                    HasSubstr("Back to today")));
}

TEST_F(EnglishPagesTest, TheLogInPageIsInEnglish) {
  auto blank = client().Get("/login");
  EXPECT_THAT(blank->body, AllOf(HasSubstr("<html lang=\"en\">"), HasSubstr(">Log in</button>"),
                                 HasSubstr("Person id"), Not(HasSubstr("密码"))));
  auto wrong = client().Post("/login", "person=yang-fan&password=nope&next=/week",
                             "application/x-www-form-urlencoded");
  EXPECT_EQ(wrong->status, 401);
  EXPECT_THAT(wrong->body, HasSubstr("Wrong person or password."));
}

}  // namespace
}  // namespace duban::test
