// End-to-end: --lang and DUBAN_LANG choose the words of tables and headings
// on the real binary; Chinese (zh-CN) is the default.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/run_duban.hpp"

namespace duban {
namespace {

using test::run_duban;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

class LanguageCli : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_duban(dir.path(), {"init", "ws"}).exit_code, 0);
    auto r =
        duban({"--now", "2026-02-09T09:00", "plan", "weekly-planning", "--period", "2026-W07"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  test::RunResult duban(const std::vector<std::string>& args, const std::string& env = "") {
    return run_duban(dir.path() / "ws", args, env);
  }
  // The week's status at Wednesday noon, when the first milestones are missed.
  test::RunResult status(const std::vector<std::string>& lang, const std::string& env = "") {
    std::vector<std::string> args = lang;
    args.insert(args.end(), {"--now", "2026-02-18T12:00", "status", "--week", "2026-W07"});
    return duban(args, env);
  }
  test::TempDir dir;
};

TEST_F(LanguageCli, StatusIsInChineseByDefault) {
  auto r = status({});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, AllOf(HasSubstr("周报 2026-W07"), HasSubstr("应办"), HasSubstr("办结率"),
                           HasSubstr("合计"), HasSubstr("按人"), HasSubstr("红灯 (")));
  EXPECT_THAT(r.out, AllOf(Not(HasSubstr("weekly report")), Not(HasSubstr("Closure rate"))));
}

TEST_F(LanguageCli, LangEnGivesEnglishHeadingsAndLabels) {
  auto r = status({"--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, AllOf(HasSubstr("weekly report 2026-W07"), HasSubstr(", as of 02-18 12:00"),
                           HasSubstr("Closure rate"), HasSubstr("On-time rate"), HasSubstr("Total"),
                           HasSubstr("By person"), HasSubstr("Red (")));
  // The data stays as written (names, titles); the words around it change.
  // "周报 2026": the heading; task titles may hold 周报 (第7周报送) as data.
  EXPECT_THAT(r.out, AllOf(Not(HasSubstr("周报 2026")), Not(HasSubstr("应办")), Not(HasSubstr("办结率")),
                           Not(HasSubstr("合计")), Not(HasSubstr("红灯"))));
}

TEST_F(LanguageCli, DubanLangEnGivesEnglishToo) {
  auto r = duban({"task", "list"}, "DUBAN_LANG=en");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, AllOf(HasSubstr("Task"), HasSubstr("Owner"), HasSubstr("Status"),
                           HasSubstr("To acknowledge")));
  EXPECT_THAT(r.out, AllOf(Not(HasSubstr("责任人")), Not(HasSubstr("待签收"))));
  auto csv = status({"--format", "csv"}, "DUBAN_LANG=en");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_THAT(csv.out, HasSubstr("Level,Name,Due,Done,On time,Overdue"));
}

TEST_F(LanguageCli, TheOptionWinsOverTheEnvironment) {
  auto r = status({"--lang", "zh-CN"}, "DUBAN_LANG=en");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, AllOf(HasSubstr("周报"), Not(HasSubstr("weekly report"))));
  auto md = status({"--lang", "en", "--format", "md"}, "DUBAN_LANG=zh-CN");
  EXPECT_THAT(md.out, HasSubstr("| Task | Owner | Due |"));
}

TEST_F(LanguageCli, AnUnknownLanguageIsBadInputNamingTheValueAndTheAllowedOnes) {
  auto option = status({"--lang", "fr"});
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_THAT(option.err, AllOf(HasSubstr("--lang 'fr'"), HasSubstr("zh-CN, en")));
  EXPECT_EQ(option.out, "");
  auto env = status({}, "DUBAN_LANG=klingon");
  EXPECT_EQ(env.exit_code, 2);
  EXPECT_THAT(env.err, AllOf(HasSubstr("DUBAN_LANG 'klingon'"), HasSubstr("zh-CN, en")));
}

TEST_F(LanguageCli, DaysAndCalendarMarksAreInTheLanguage) {
  auto plan =
      duban({"--lang", "en", "plan", "weekly-planning", "--period", "2026-W09", "--dry-run"});
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_THAT(plan.out, AllOf(HasSubstr("Fri 12:00"), Not(HasSubstr("周五"))));
  auto month = duban({"--lang", "en", "calendar", "show", "2026-02"});
  ASSERT_EQ(month.exit_code, 0) << month.err;
  EXPECT_THAT(month.out, AllOf(HasSubstr("  Mo   Tu   We   Th   Fr   Sa   Su\n"),
                               HasSubstr("2026-02-28 Sat  W 春节 (make-up workday)")));
  auto zh = duban({"calendar", "show", "2026-02"});
  EXPECT_THAT(zh.out, AllOf(HasSubstr("  一   二   三   四   五   六   日\n"),
                            HasSubstr("2026-02-28 周六  班 春节调休上班")));
}

TEST_F(LanguageCli, TheScoreSheetIsInTheLanguage) {
  auto r = duban({"--lang", "en", "--now", "2026-02-13T18:00", "score", "--week", "2026-W07"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, AllOf(HasSubstr("Total score"), HasSubstr("By unit ("), Not(HasSubstr("总分")),
                           Not(HasSubstr("按科室"))));
}

TEST_F(LanguageCli, HelpNamesTheOption) {
  auto r = duban({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, AllOf(HasSubstr("--lang"), HasSubstr("DUBAN_LANG")));
}

}  // namespace
}  // namespace duban
