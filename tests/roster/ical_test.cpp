#include <gmock/gmock.h>

#include "roster/ical.hpp"

namespace duban {
namespace {

TEST(Ical, FoldsAt75OctetsWithoutSplittingCharacters) {
  std::string line = "SUMMARY:";
  for (int i = 0; i < 40; ++i) line += "排";  // 3 octets each
  const std::string folded = ics_fold(line);
  std::size_t start = 0;
  std::string unfolded;
  while (start <= folded.size()) {
    auto end = folded.find("\r\n", start);
    const std::string part = folded.substr(start, end == std::string::npos ? end : end - start);
    EXPECT_LE(part.size(), 75u);
    unfolded += start == 0 ? part : part.substr(1);
    if (end == std::string::npos) break;
    start = end + 2;
  }
  EXPECT_EQ(unfolded, line);
}

TEST(Ical, EscapesText) {
  EXPECT_EQ(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

TEST(Ical, StampIsUtc) {
  const std::string text =
      ics_calendar("x", {{"u1", "s", "", "", {}, {}}}, {make_date(2026, 3, 9), TimeOfDay(7 * 60)},
                   UtcOffset{}, "Asia/Shanghai");
  EXPECT_THAT(text, ::testing::HasSubstr("DTSTAMP:20260308T230000Z\r\n"));
}

}  // namespace
}  // namespace duban
