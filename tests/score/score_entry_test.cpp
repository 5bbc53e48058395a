// Manual entries: who may enter them, their checks, the event log and verify.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "engine/engine_fixture.hpp"
#include "engine/verify.hpp"
#include "score/score_entry.hpp"
#include "store/sqlite_store.hpp"

namespace duban {
namespace {

using ::testing::HasSubstr;

class ScoreEntry : public test::EngineFixture {
 protected:
  ScoreEntryRecord enter(const std::string& actor, const std::string& person,
                         const std::string& item, double value,
                         const std::string& when = "2026-03-06T18:00") {
    ScoreEntryRequest r;
    r.week = "2026-W10";
    r.person = person;
    r.item = item;
    r.value = value;
    r.actor = actor;
    auto writer = store_->write();
    auto entry = enter_score(*writer, workspace_->org, workspace_->scoring, r, when).value();
    writer->commit();
    return entry;
  }
  std::string refused(const std::string& actor, const std::string& person,
                      const std::string& item = "attendance", double value = 95) {
    const auto before = event_count();
    try {
      enter(actor, person, item, value);
    } catch (const RuleError& e) {
      EXPECT_EQ(event_count(), before);
      return e.what();
    }
    ADD_FAILURE() << actor << " entered " << person << "'s " << item;
    return "";
  }
};

TEST_F(ScoreEntry, TheUnitChiefTheLeaderInChargeAndThoseAboveMayEnter) {
  const auto& org = workspace_->org;
  EXPECT_TRUE(may_enter_score(org, "liu-xiaoyan", "sun-hao"));    // chief of the office
  EXPECT_TRUE(may_enter_score(org, "li-wenhua", "sun-hao"));      // leader in charge
  EXPECT_TRUE(may_enter_score(org, "zhang-jianguo", "sun-hao"));  // bureau head, up the line
  EXPECT_TRUE(may_enter_score(org, "li-wenhua", "liu-xiaoyan"));  // a chief's own leader
  EXPECT_FALSE(may_enter_score(org, "liu-xiaoyan", "liu-xiaoyan"));
  EXPECT_FALSE(may_enter_score(org, "zhou-ting", "sun-hao"));      // a colleague
  EXPECT_FALSE(may_enter_score(org, "yang-fan", "sun-hao"));       // another unit's chief
  EXPECT_FALSE(may_enter_score(org, "wang-zhiqiang", "sun-hao"));  // another leader
}

TEST_F(ScoreEntry, RefusalsSayWhyAndWriteNothing) {
  EXPECT_THAT(refused("yang-fan", "sun-hao"), HasSubstr("yang-fan may not enter sun-hao's scores"));
  EXPECT_THAT(refused("liu-xiaoyan", "liu-xiaoyan"), HasSubstr("nobody enters their own scores"));
  EXPECT_THAT(refused("liu-xiaoyan", "sun-hao", "attendence"),
              HasSubstr("did you mean 'attendance'?"));
  EXPECT_THAT(refused("liu-xiaoyan", "sun-hao", "attendance", 120),
              HasSubstr("takes values from 0 to 100, not 120"));
  EXPECT_THAT(refused("liu-xiaoyan", "sun-ho"), HasSubstr("unknown person 'sun-ho'"));
  EXPECT_TRUE(score_entries(*store_, "").empty());
}

TEST_F(ScoreEntry, AnEntryIsAnEventAndTheLatestValueCounts) {
  enter("liu-xiaoyan", "sun-hao", "attendance", 90, "2026-03-06T17:00");
  auto second = enter("li-wenhua", "sun-hao", "attendance", 95, "2026-03-06T18:00");
  EXPECT_EQ(second.id, "2026-W10/sun-hao/attendance");
  auto entries = score_entries(*store_, "2026-W10");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].value, 95);
  EXPECT_EQ(entries[0].entered_by, "li-wenhua");
  EXPECT_TRUE(score_entries(*store_, "2026-W11").empty());
  auto events = store_->events({});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].type, "score.entered");
  EXPECT_EQ(events[0].actor, "liu-xiaoyan");
  EXPECT_EQ(events[0].task, "");
  auto report = verify_store(*store_);
  EXPECT_TRUE(report.ok()) << report.problem;
  EXPECT_EQ(report.score_entries, 1);
}

// The entry is changed in the database file itself, so this one needs SQLite.
class ScoreEntryOnSqlite : public ScoreEntry {
 protected:
  std::unique_ptr<Store> open_test_store() override { return open_sqlite_store(); }
};

TEST_F(ScoreEntryOnSqlite, VerifyFindsAnEntryChangedBehindTheLogsBack) {
  create("weekly-planning", "2026-W10", "2026-03-02T08:30");
  enter("liu-xiaoyan", "sun-hao", "attendance", 90);
  ASSERT_TRUE(verify_store(*store_).ok());
  SqliteStore raw(dir_.path() / "duban.db");
  raw.connection().exec(
      "UPDATE records SET data = json_set(data, '$.value', 100.0) WHERE type = 'duban:score_entry'");
  auto report = verify_store(*store_);
  EXPECT_EQ(report.problem,
            "score entry 2026-W10/sun-hao/attendance differs from its last score.entered event");
}

}  // namespace
}  // namespace duban
