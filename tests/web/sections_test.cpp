// The plugins' report sections through the API and on their page, with a
// test plugin: one section built, one failing without taking the rest down.

#include <gmock/gmock.h>

#include "web_fixture.hpp"

namespace duban::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class SectionsTest : public WebServerTest {
 protected:
  void prepare(const std::filesystem::path& ws) override {
    std::string text = read_file(ws / "duban.toml");
    const std::string from = "[plugins]\ndirs = []";
    text.replace(text.find(from), from.size(), "[plugins]\ndirs = [\"" WEB_TEST_PLUGIN_DIR "\"]");
    write_file(ws / "duban.toml", text);
  }
};

TEST_F(SectionsTest, TheApiGivesEverySectionWithItsError) {
  const Session s = session_of("zhu-peng");
  auto sections = json_of(get(s, "/api/sections?week=2026-W11"))["sections"];
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0]["title"], "测试栏目");
  EXPECT_EQ(sections[0]["lines"][0], "周期 2026-W11");
  EXPECT_EQ(sections[0]["data"]["period"], "2026-W11");
  EXPECT_EQ(sections[0]["error"], "");
  EXPECT_EQ(sections[1]["error"], "数据源不可用");
  // The status carries them too.
  EXPECT_EQ(json_of(get(s, "/api/status?week=2026-W11"))["sections"].size(), 2u);
}

TEST_F(SectionsTest, ThePageShowsThemEscapedAndSaysWhichFailed) {
  const Session s = session_of("zhu-peng");
  auto page = get(s, "/sections?week=2026-W11");
  ASSERT_EQ(page->status, 200);
  EXPECT_THAT(page->body, HasSubstr("<h2>测试栏目 <small>web-test</small></h2>"));
  EXPECT_THAT(page->body, HasSubstr("<td>解放路</td>"));
  EXPECT_THAT(page->body, Not(HasSubstr("<script>")));
  EXPECT_THAT(page->body, HasSubstr("&lt;script&gt;"));
  EXPECT_THAT(page->body, HasSubstr("插件未能生成本栏目：数据源不可用"));
}

}  // namespace
}  // namespace duban::test
