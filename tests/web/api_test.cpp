// The JSON API over real HTTP on loopback: what a script or the pages call.

#include <gmock/gmock.h>

#include "web_fixture.hpp"

namespace duban::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

using ApiTest = WebServerTest;

TEST_F(ApiTest, LogInSetsAStrictHttpOnlyCookieAndGivesTheCsrfToken) {
  auto r = login("yang-fan");
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string cookie = r->get_header_value("Set-Cookie");
  EXPECT_THAT(cookie, HasSubstr("duban_session="));
  EXPECT_THAT(cookie, HasSubstr("HttpOnly"));
  EXPECT_THAT(cookie, HasSubstr("SameSite=Strict"));
  const json me = json_of(r);
  EXPECT_EQ(me["person"], "yang-fan");
  EXPECT_EQ(me["unit"], "industry");
  EXPECT_EQ(me["admin"], false);
  EXPECT_EQ(me["csrf_token"].get<std::string>().size(), 64u);
}

TEST_F(ApiTest, AWrongPasswordIs401AndSaysNotWhichPart) {
  auto wrong = login("yang-fan", "not the password");
  EXPECT_EQ(wrong->status, 401);
  auto nobody = login("no-such-person", "whatever it is");
  EXPECT_EQ(nobody->status, 401);
  EXPECT_EQ(json_of(wrong)["message"], json_of(nobody)["message"]);
}

TEST_F(ApiTest, TaskListTakesTheCommandLinesFiltersAndShowsOnlyWhatTheCallerMaySee) {
  const Session chief = session_of("yang-fan");
  auto mine = json_of(get(chief, "/api/tasks?person=yang-fan"))["tasks"];
  ASSERT_EQ(mine.size(), 2u);  // the industry summary and plan
  for (const auto& t : mine) EXPECT_EQ(t["owners"][0], "yang-fan");
  // Without filters: industry's tasks, never another unit's.
  const json visible = json_of(get(chief, "/api/tasks"));
  for (const auto& t : visible["tasks"]) EXPECT_EQ(t["unit"], "industry");
  const Session head = session_of("zhang-jianguo");  // leads everyone
  EXPECT_EQ(json_of(get(head, "/api/tasks"))["tasks"].size(), 14u);
  EXPECT_EQ(json_of(get(head, "/api/tasks?state=done"))["tasks"].size(), 0u);
  EXPECT_EQ(json_of(get(head, "/api/tasks?unit=trade"))["tasks"].size(), 2u);
  EXPECT_EQ(get(head, "/api/tasks?state=finished")->status, 422);
}

TEST_F(ApiTest, ShowGivesTheTaskWithItsHistoryLightAndTheActionsAllowed) {
  const Session chief = session_of("yang-fan");
  auto r = get(chief, "/api/tasks/" + industry);
  ASSERT_EQ(r->status, 200) << r->body;
  const json task = json_of(r);
  EXPECT_EQ(task["id"], industry);
  EXPECT_EQ(task["history"].size(), 1u);
  EXPECT_EQ(task["history"][0]["type"], "task.created");
  EXPECT_EQ(task["assessment"]["light"], "red");  // not acknowledged since Monday
  EXPECT_THAT(task["actions"], ::testing::Contains("ack"));
  EXPECT_THAT(task["actions"], ::testing::Not(::testing::Contains("approve")));
  // By key too, as `duban task show` takes it.
  EXPECT_EQ(json_of(get(chief, "/api/tasks/summary.industry"))["id"], industry);
}

TEST_F(ApiTest, EveryActionLandsInTheEventLogWithItsActor) {
  const Session chief = session_of("yang-fan");
  auto ack = post(chief, "/api/tasks/" + industry + "/ack", json::object());
  ASSERT_EQ(ack->status, 200) << ack->body;
  EXPECT_EQ(json_of(ack)["task"]["state"], "acknowledged");
  ASSERT_EQ(post(chief, "/api/tasks/" + industry + "/note", {{"text", "数据已收齐"}})->status, 200);
  auto extend = post(chief, "/api/tasks/" + industry + "/extend",
                     {{"until", "2026-03-18"}, {"reason", "等待重点企业补报"}});
  ASSERT_EQ(extend->status, 200) << extend->body;
  // The leader in charge approves; the chief may not approve their own request.
  EXPECT_EQ(post(chief, "/api/tasks/" + industry + "/approve", json::object())->status, 403);
  const Session leader = session_of("wang-zhiqiang");
  ASSERT_EQ(post(leader, "/api/tasks/" + industry + "/approve", json::object())->status, 200);
  ASSERT_EQ(post(leader, "/api/tasks/" + industry + "/chase", {{"reason", "请抓紧"}})->status, 200);
  auto done = post(chief, "/api/tasks/" + industry + "/done", json::object());
  ASSERT_EQ(done->status, 200) << done->body;
  EXPECT_EQ(json_of(done)["task"]["state"], "done");

  auto history = json_of(get(chief, "/api/tasks/" + industry))["history"];
  std::vector<std::pair<std::string, std::string>> seen;
  for (const auto& e : history) seen.emplace_back(e["type"], e["actor"]);
  EXPECT_THAT(seen, ::testing::ElementsAre(std::pair{"task.created", "system"},
                                           std::pair{"task.acknowledged", "yang-fan"},
                                           std::pair{"task.noted", "yang-fan"},
                                           std::pair{"task.extension_requested", "yang-fan"},
                                           std::pair{"task.extension_approved", "wang-zhiqiang"},
                                           std::pair{"task.chased", "wang-zhiqiang"},
                                           std::pair{"task.done", "yang-fan"}));
}

TEST_F(ApiTest, ReassignAndReturnFollowTheSameRulesAsTheCommandLine) {
  const Session chief = session_of("yang-fan");
  ASSERT_EQ(post(chief, "/api/tasks/" + industry + "/ack", json::object())->status, 200);
  ASSERT_EQ(post(chief, "/api/tasks/" + industry + "/return", {{"reason", "由朱鹏汇总"}})->status,
            200);
  EXPECT_EQ(post(chief, "/api/tasks/" + industry + "/reassign", {{"to", "zhu-peng"}})->status, 403);
  const Session leader = session_of("wang-zhiqiang");
  auto r =
      post(leader, "/api/tasks/" + industry + "/reassign", {{"to", json::array({"zhu-peng"})}});
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json_of(r)["task"]["owners"], json::array({"zhu-peng"}));
  // Now it is the staff member's own task.
  const Session staff = session_of("zhu-peng");
  EXPECT_EQ(post(staff, "/api/tasks/" + industry + "/ack", json::object())->status, 200);
}

TEST_F(ApiTest, ErrorsAreJsonWithAMessage) {
  const Session chief = session_of("yang-fan");
  auto check = [](const httplib::Result& r, int status, const std::string& error) {
    ASSERT_EQ(r->status, status) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
    const json body = json::parse(r->body);
    EXPECT_EQ(body["error"], error);
    EXPECT_FALSE(body["message"].get<std::string>().empty());
  };
  httplib::Headers headers{{"Cookie", chief.cookie}, {"X-CSRF-Token", chief.csrf}};
  const std::string ack = "/api/tasks/" + industry + "/ack";
  check(client().Post(ack, headers, "{\"reason\": ", "application/json"), 400, "bad_request");
  check(client().Post(ack, headers, "[1, 2]", "application/json"), 400, "bad_request");
  check(get(chief, "/api/tasks/weekly-planning/2026-W11/no-such-task"), 404, "not_found");
  check(post(chief, "/api/tasks/no-such-task/ack", json::object()), 404, "not_found");
  check(get(chief, "/api/no-such-endpoint"), 404, "not_found");
  // Rules broken: a state that does not allow it (409), a request missing what it needs (422).
  check(post(chief, "/api/tasks/weekly-planning/2026-W11/plan.industry/done", json::object()), 409,
        "conflict");
  check(post(chief, "/api/tasks/" + industry + "/block", json::object()), 422, "unprocessable");
  check(post(chief, "/api/tasks/" + industry + "/extend", {{"until", "someday"}, {"reason", "x"}}),
        422, "unprocessable");
  check(post(chief, "/api/tasks/" + industry + "/note", {{"text", 42}}), 422, "unprocessable");
  check(post(chief, "/api/tasks/" + industry + "/note", {{"text", std::string(100 * 1024, 'x')}}),
        413, "payload_too_large");
  check(client().Get("/api/login"), 405, "method_not_allowed");
  EXPECT_EQ(events(), 15);  // the 14 tasks and the run: nothing was written
}

TEST_F(ApiTest, StatusOfTheWeekChangesAsSoonAsATaskCloses) {
  const Session chief = session_of("yang-fan");
  auto before = json_of(get(chief, "/api/status?week=2026-W11"));
  EXPECT_EQ(before["period"], "2026-W11");
  EXPECT_EQ(before["totals"]["due"], 13);  // weekly-info is due on Monday, next week
  EXPECT_EQ(before["totals"]["done"], 0);
  EXPECT_EQ(before["units"]["industry"]["red"], 1);
  ASSERT_EQ(post(chief, "/api/tasks/" + industry + "/done", json::object())->status, 200);
  auto after = json_of(get(chief, "/api/status?week=2026-W11"));
  EXPECT_EQ(after["totals"]["done"], 1);
  EXPECT_EQ(after["units"]["industry"]["done"], 1);
  EXPECT_EQ(after["units"]["industry"]["red"], 0);
  EXPECT_EQ(after["totals"]["red"], before["totals"]["red"].get<int>() - 1);
  // The day, the lists' length and the filters, as `status` takes them.
  auto day = json_of(get(chief, "/api/status?day=2026-03-13&unit=industry&limit=1"));
  EXPECT_EQ(day["kind"], "day");
  EXPECT_LE(day["red"].size(), 1u);
  EXPECT_EQ(get(chief, "/api/status?week=2026-13")->status, 422);
  EXPECT_EQ(get(chief, "/api/status?unit=no-such-unit")->status, 422);
}

TEST_F(ApiTest, StatusFollowsTheClock) {
  const Session chief = session_of("yang-fan");
  EXPECT_EQ(json_of(get(chief, "/api/status"))["period"], "2026-03-12");
  clock.set("2026-03-16T09:00");
  EXPECT_EQ(get(chief, "/api/status")->status, 401);  // the session ended with the day
  auto next_week = get(session_of("yang-fan"), "/api/status?week");
  EXPECT_EQ(json_of(next_week)["period"], "2026-W12") << next_week->body;
}

TEST_F(ApiTest, RunsAreListedAndOnlyAdministratorsPlanThem) {
  const Session staff = session_of("zhu-peng");
  auto runs = json_of(get(staff, "/api/runs"))["runs"];
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0]["id"], "weekly-planning/2026-W11");
  const json body{{"workflow", "weekly-planning"}, {"period", "2026-W12"}};
  EXPECT_EQ(post(staff, "/api/runs", body)->status, 403);
  EXPECT_EQ(post(session_of("zhang-jianguo"), "/api/runs", body)->status, 403);
  const Session admin = session_of("liu-xiaoyan");
  auto created = post(admin, "/api/runs", body);
  ASSERT_EQ(created->status, 201) << created->body;
  EXPECT_EQ(json_of(created)["runs"][0]["created"], true);
  EXPECT_EQ(json_of(created)["runs"][0]["created_by"], "liu-xiaoyan");
  EXPECT_EQ(json_of(post(admin, "/api/runs", body))["runs"][0]["created"], false);
  EXPECT_EQ(post(admin, "/api/runs", {{"workflow", "no-such"}, {"period", "2026-W12"}})->status,
            404);
  EXPECT_EQ(json_of(get(staff, "/api/runs"))["runs"].size(), 2u);
}

TEST_F(ApiTest, SectionsWorkflowsAndTheGraph) {
  const Session staff = session_of("zhu-peng");
  auto sections = json_of(get(staff, "/api/sections?week=2026-W11"));
  EXPECT_EQ(sections["period"], "2026-W11");
  EXPECT_TRUE(sections["sections"].empty());  // the example workspace loads no plugin
  auto workflows = json_of(get(staff, "/api/workflows"))["workflows"];
  EXPECT_EQ(workflows.size(), workspace->workflows.size());
  auto svg = get(staff, "/api/workflows/weekly-planning/graph.svg");
  ASSERT_EQ(svg->status, 200);
  EXPECT_EQ(svg->get_header_value("Content-Type"), "image/svg+xml; charset=utf-8");
  EXPECT_THAT(svg->body, HasSubstr("<svg"));
  EXPECT_THAT(svg->body, HasSubstr("周总结"));
  EXPECT_EQ(get(staff, "/api/workflows/no-such")->status, 404);
}

}  // namespace
}  // namespace duban::test
