#include <gtest/gtest.h>

#include "calendar/calendar_loader.hpp"
#include "support/workspace_fixture.hpp"

namespace duban {
namespace {

std::vector<Diagnostic> load(const std::string& text, WorkingCalendar* out = nullptr) {
  test::TempDir dir;
  const auto path = (dir.path() / "2026.toml").string();
  test::write_file(path, text);
  Diagnostics diagnostics;
  auto cal = load_calendar({path}, diagnostics);
  if (out) *out = cal;
  auto sorted = diagnostics.sorted();
  for (auto& d : sorted) d.where.path = "2026.toml";
  return sorted;
}

TEST(CalendarLoader, ImpossibleDateIsReportedWithItsPosition) {
  auto d = load("year = 2026\n[[holiday]]\nname = \"x\"\nfrom = 2026-02-29\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].where.line, 4);
  EXPECT_NE(d[0].message.find("impossible date"), std::string::npos) << d[0].message;
}

TEST(CalendarLoader, ImpossibleDateAsStringIsReported) {
  auto d = load("year = 2026\n[[holiday]]\nname = \"x\"\nfrom = \"2026-02-30\"\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(format_diagnostic(d[0]),
            "2026.toml:4:8: error: 'from' in holiday #1: impossible or malformed date '2026-02-30' "
            "(use YYYY-MM-DD)");
}

TEST(CalendarLoader, MakeUpWorkdayThatIsAlsoAHolidayIsAnError) {
  auto d = load(
      "year = 2026\n[[holiday]]\nname = \"春节\"\nfrom = 2026-02-15\nto = 2026-02-23\nmakeup = "
      "[2026-02-14, 2026-02-16]\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::error);
  EXPECT_EQ(d[0].where.line, 6);
  EXPECT_NE(d[0].message.find("2026-02-16 is both a holiday and a make-up workday"),
            std::string::npos)
      << d[0].message;
}

TEST(CalendarLoader, DateOutsideTheFilesYear) {
  auto d = load("year = 2026\n[[holiday]]\nname = \"元旦\"\nfrom = 2027-01-01\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("outside the file's year 2026"), std::string::npos);
}

TEST(CalendarLoader, EndBeforeStart) {
  auto d = load("year = 2026\n[[holiday]]\nname = \"x\"\nfrom = 2026-05-05\nto = 2026-05-01\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("is before 'from'"), std::string::npos);
}

TEST(CalendarLoader, MakeUpOnAWeekdayIsOnlyAWarning) {
  WorkingCalendar cal;
  auto d = load(
      "year = 2026\n[[holiday]]\nname = \"x\"\nfrom = 2026-05-01\nmakeup = [2026-05-06]\n", &cal);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::warning);
}

TEST(CalendarLoader, UnknownKeyGetsASuggestion) {
  auto d =
      load("year = 2026\n[[holiday]]\nname = \"x\"\nfrom = 2026-05-01\nmake_up = [2026-05-09]\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(format_diagnostic(d[0]),
            "2026.toml:5:1: error: unknown key 'make_up' in holiday #1 (did you mean 'makeup'?)");
}

TEST(CalendarLoader, OverridesReplaceTheYearFile) {
  test::TempDir dir;
  test::write_file(dir.path() / "2026.toml",
                   "year = 2026\n[[holiday]]\nname = \"劳动节\"\nfrom = 2026-05-01\nto = "
                   "2026-05-05\nmakeup = [2026-05-09]\n");
  test::write_file(dir.path() / "local.toml",
                   "[[holiday]]\nname = \"本地活动\"\nfrom = 2026-05-09\n");
  Diagnostics diagnostics;
  auto cal = load_calendar(
      {(dir.path() / "2026.toml").string(), (dir.path() / "local.toml").string()}, diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_FALSE(cal.is_workday(*parse_date("2026-05-09")));
  EXPECT_EQ(cal.name(*parse_date("2026-05-09")), "本地活动");
}

}  // namespace
}  // namespace duban
