// The SDK's test double against the core. The same calls are made through
// the core's plugin context (the shipped workspace with a probe plugin
// admitted through the plugin-loader seam, a SQLite store, the engine) and
// through a FakeContext given the same people, calendar, policies and
// plugin; both must answer alike: values returned, records and tasks
// stored, hooks' effects, and refusals (exception kind and message). What
// the double copies from the core here is data (people, holidays); the
// rules are each side's own.

#include <gtest/gtest.h>

#include <duban/testing/fake_context.hpp>
#include <memory>

#include "engine/engine.hpp"
#include "engine/plugin_context.hpp"
#include "plugin_host/plugin_host.hpp"
#include "probe_plugin.hpp"
#include "support/workspace_fixture.hpp"
#include "workspace/workspace.hpp"

namespace duban {
namespace {

using nlohmann::json;

json view(const sdk::RunView& r) {
  return {{"id", r.id}, {"workflow", r.workflow}, {"period", r.period}, {"title", r.title}};
}

json view(const sdk::TaskView& t) {
  return {{"id", t.id},
          {"run", t.run},
          {"workflow", t.workflow},
          {"key", t.key},
          {"title", t.title},
          {"unit", t.unit},
          {"owners", t.owners},
          {"state", t.state},
          {"light", t.light},
          {"start", t.start},
          {"due", t.due},
          {"done_at", t.done_at},
          {"policy", t.policy},
          {"kind", t.kind},
          {"tags", t.tags},
          {"depends_on", t.depends_on},
          {"escalation", t.escalation_level},
          {"chases", t.chases},
          {"params", t.params},
          {"detail", t.detail}};
}

json view(const sdk::Record& r) {
  return {{"type", r.type},
          {"id", r.id},
          {"data", r.data},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at},
          {"version", r.version}};
}

template <typename T>
json view(const std::optional<T>& item) {
  return item ? view(*item) : json();
}

template <typename T>
json view(const std::vector<T>& items) {
  json out = json::array();
  for (const auto& item : items) out.push_back(view(item));
  return out;
}

// A call's outcome: what it returned, or the kind of exception and its message.
template <typename Call>
json outcome(Call&& call) {
  try {
    return {{"returned", call()}};
  } catch (const std::invalid_argument& error) {
    return {{"invalid_argument", error.what()}};
  } catch (const std::logic_error& error) {
    return {{"logic_error", error.what()}};
  } catch (const std::exception& error) {
    return {{"exception", error.what()}};
  }
}

std::string hh_mm(TimeOfDay time) {
  return format_time_of_day(time);
}

class Conformance : public ::testing::Test {
 protected:
  void SetUp() override {
    test::copy_example_workspace(dir_.path());
    WorkspaceLoadOptions options;
    options.load_plugins = [](const PluginSearch& search, ExtensionRegistry& registry,
                              Diagnostics&) {
      PluginInfo info;
      info.name = "probe";
      register_plugin(std::make_shared<test::ProbePlugin>(), info, registry, search.reserved_names);
    };
    Diagnostics diagnostics;
    workspace_ = load_workspace(dir_.path(), diagnostics, options);
    ASSERT_TRUE(workspace_);
    ASSERT_FALSE(diagnostics.has_errors());
    store_ = open_store("sqlite:duban.db", dir_.path());
    writer_ = store_->write();
    at("2026-03-09T10:00", "liu-xiaoyan");
    copy_scene_to_fake();
  }

  // The workspace's data, as the double is given it: people, teams, units,
  // holidays and make-up days, policies, the end of the working day.
  void copy_scene_to_fake() {
    auto& org = fake_.organisation();
    for (const auto& person : core_->people()) org.add_person(person);
    for (const auto& team : core_->teams()) org.add_team(team);
    for (const auto& unit : workspace_->org.unit_ids()) org.add_unit(unit);
    for (Date day = *parse_date("2025-12-01"); day < *parse_date("2027-02-01");
         day += std::chrono::days{1}) {
      const bool weekday = iso_weekday(day) <= 5;
      const bool worked = workspace_->calendar.is_workday(day);
      if (weekday && !worked) fake_.calendar().add_holiday(format_date(day));
      if (!weekday && worked) fake_.calendar().add_makeup_workday(format_date(day));
    }
    for (const auto& [id, policy] : workspace_->policies) fake_.add_policy(id);
    fake_.set_default_policy(workspace_->config.default_policy);
    fake_.set_workday_end(hh_mm(workspace_->config.workday_end));
    fake_.install(std::make_unique<test::ProbePlugin>());
    fake_.set_config(workspace_->extensions->config("probe"));
  }

  // Sets the clock and the actor on both sides.
  void at(const std::string& now, const std::string& actor, bool writes = true) {
    const LocalDateTime time = *parse_iso8601(now, workspace_->config.zone);
    engine_ = std::make_unique<Engine>(workspace_->definitions(), time);
    core_ = std::make_unique<PluginContext>(workspace_->definitions(), "probe", time, actor,
                                            store_.get(), writes ? writer_.get() : nullptr,
                                            writes ? engine_.get() : nullptr);
    fake_.set_now(now);
    fake_.set_actor(actor);
    fake_.allow_writes(writes);
  }

  // Makes the same call on both sides and expects the same outcome.
  template <typename Call>
  json same(Call&& call) {
    const json core = outcome([&] { return call(*core_); });
    const json fake = outcome([&] { return call(static_cast<sdk::Context&>(fake_)); });
    EXPECT_EQ(core, fake);
    return fake;
  }

  json put(const std::string& id, const json& data) {
    return same([&](sdk::Context& c) { return view(c.records().put("probe.item", id, data)); });
  }

  json find(const sdk::RecordQuery& query) {
    return same([&](sdk::Context& c) { return view(c.records().find(query)); });
  }

  json create(const sdk::NewTask& task, const std::string& run = "probe-flow/2026-03-09") {
    return same([&](sdk::Context& c) { return view(c.create_task(run, task)); });
  }

  json tasks(const sdk::TaskFilter& filter) {
    return same([&](sdk::Context& c) { return view(c.tasks(filter)); });
  }

  static sdk::NewTask new_task(const std::string& key, const std::string& due,
                               std::vector<std::string> owners = {"liu-xiaoyan"}) {
    sdk::NewTask task;
    task.key = key;
    task.title = "title of " + key;
    task.owners = std::move(owners);
    task.due = due;
    return task;
  }

  test::TempDir dir_;
  std::unique_ptr<Workspace> workspace_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<StoreWriter> writer_;
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<PluginContext> core_;
  testing::FakeContext fake_{"probe"};
};

TEST_F(Conformance, RecordsAreWrittenWithDefaultsVersionsAndTimes) {
  put("b", {{"name", "B"}, {"owner", "sun-hao"}, {"tags", {"x", "y"}}, {"size", 3}});
  const json first = put("a", {{"name", "A"}, {"unit", "office"}, {"team", "road-team"}});
  EXPECT_EQ(first["returned"]["data"]["state"], "open");  // a default, on both sides
  at("2026-03-10T16:30", "");
  const json second = put("a", {{"name", "A2"}, {"state", "shut"}, {"weight", 2.5}});
  EXPECT_EQ(second["returned"]["version"], 2);
  EXPECT_EQ(second["returned"]["created_at"], "2026-03-09T10:00");
  same([](sdk::Context& c) { return view(c.records().get("probe.item", "a")); });
  same([](sdk::Context& c) { return view(c.records().get("probe.item", "none")); });
  same([](sdk::Context& c) { return view(c.records().get("no.type", "a")); });
}

TEST_F(Conformance, QueriesMatchFieldsListsAndMissingFieldsAlikeInIdOrder) {
  put("c", {{"name", "C"}, {"tags", {"y"}}});
  put("a", {{"name", "A"}, {"tags", {"x", "y"}}, {"size", 2}});
  put("b", {{"name", "B"}, {"owner", "sun-hao"}});
  EXPECT_EQ(find({"probe.item", {}, 0})["returned"].size(), 3u);
  EXPECT_EQ(find({"probe.item", {{"tags", "y"}}, 0})["returned"].size(), 2u);
  EXPECT_EQ(find({"probe.item", {{"owner", nullptr}}, 0})["returned"].size(), 2u);
  find({"probe.item", {{"size", 1}, {"tags", "y"}}, 0});
  find({"probe.item", {{"tags", {"x", "y"}}}, 0});
  EXPECT_EQ(find({"probe.item", {}, 2})["returned"][1]["id"], "b");
  find({"no.type", {}, 0});
  EXPECT_TRUE(find({"", {}, 0}).contains("invalid_argument"));
}

TEST_F(Conformance, RefusedRecordsNameEveryProblemAlike) {
  EXPECT_TRUE(put("x", {{"name", "X"}}).contains("returned"));
  same([](sdk::Context& c) { return view(c.records().put("no.type", "x", {{"name", "X"}})); });
  put("", {{"name", "X"}});
  put("bad", {{"size", 11},
              {"weight", 0.1},
              {"state", "opn"},
              {"when", "2026-03-09 10:00"},
              {"day", "2026-02-30"},
              {"urgent", "yes"},
              {"owner", "liu-xiaoyn"},
              {"team", "nobody"},
              {"unit", "nowhere"},
              {"tags", {1}},
              {"colour", "red"}});
  put("null", nullptr);
  put("list", json::array({1, 2}));
}

TEST_F(Conformance, TasksAreCreatedWithTheCoresDefaultsAndChecks) {
  same([](sdk::Context& c) { return view(c.ensure_run("probe-flow", "2026-03-09", "Probe")); });
  same([](sdk::Context& c) { return view(c.ensure_run("probe-flow", "2026-03-09", "Other")); });
  same([](sdk::Context& c) { return view(c.ensure_run("", "2026-03-09", "Probe")); });
  sdk::NewTask first = new_task("first", "2026-03-10");
  first.tags = {"t1"};
  first.description = "described";
  EXPECT_EQ(create(first)["returned"]["due"], "2026-03-10T17:30");
  sdk::NewTask second = new_task("second", "2026-03-12T12:00", {"sun-hao", "liu-xiaoyan"});
  second.start = "2026-03-11";
  second.depends_on = {"first"};
  EXPECT_EQ(create(second)["returned"]["state"], "pending");
  sdk::NewTask third = new_task("third", "2026-03-13");
  third.depends_on = {"probe-flow/2026-03-09/first"};
  third.policy = workspace_->policies.begin()->first;
  create(third);
  sdk::NewTask automatic = new_task("auto", "2026-03-09T18:00");
  automatic.kind = "probe.auto";
  automatic.params = {{"times", 2}};
  EXPECT_EQ(create(automatic)["returned"]["params"]["note"], "none");  // the schema's default
  same([](sdk::Context& c) { return view(c.task("probe-flow/2026-03-09/second")); });
  same([](sdk::Context& c) { return view(c.task("probe-flow/2026-03-09/none")); });
}

TEST_F(Conformance, RefusedTasksAreRefusedWithTheSameMessage) {
  same([](sdk::Context& c) { return view(c.ensure_run("probe-flow", "2026-03-09", "Probe")); });
  create(new_task("taken", "2026-03-10"));
  EXPECT_TRUE(create(new_task("taken", "2026-03-10")).contains("invalid_argument"));
  create(new_task("", "2026-03-10"));
  create(new_task("nobody", "2026-03-10", {}));
  create(new_task("stranger", "2026-03-10", {"liu-xiaoyn"}));
  create(new_task("late", "next week"));
  sdk::NewTask start = new_task("start", "2026-03-10");
  start.start = "09:00";
  create(start);
  sdk::NewTask policy = new_task("policy", "2026-03-10");
  policy.policy = "no-such-policy";
  create(policy);
  sdk::NewTask kind = new_task("kind", "2026-03-10");
  kind.kind = "probe.nothing";
  create(kind);
  sdk::NewTask params = new_task("params", "2026-03-10");
  params.kind = "probe.auto";
  params.params = {{"times", "two"}, {"extra", 1}};
  create(params);
  create(new_task("elsewhere", "2026-03-10"), "probe-flow/2099-01-01");
}

TEST_F(Conformance, FiltersSelectAndOrderTasksAlike) {
  same([](sdk::Context& c) { return view(c.ensure_run("probe-flow", "2026-03-09", "Probe")); });
  same([](sdk::Context& c) { return view(c.ensure_run("other-flow", "2026-03", "Other")); });
  sdk::NewTask tagged = new_task("b-tagged", "2026-03-11", {"sun-hao"});
  tagged.tags = {"x"};
  create(tagged);
  create(new_task("a-same-due", "2026-03-11"));
  create(new_task("early", "2026-03-10T08:00"));
  create(new_task("elsewhere", "2026-03-12"), "other-flow/2026-03");
  same([](sdk::Context& c) { return view(c.complete_task("probe-flow/2026-03-09/early", 1)); });
  EXPECT_EQ(tasks({})["returned"].size(), 4u);
  tasks({"probe-flow/2026-03-09", "", "", "", "", "", "", false});
  tasks({"", "other-flow", "", "", "", "", "", false});
  tasks({"", "", "sun-hao", "", "", "", "", false});
  tasks({"", "", "", "office", "", "", "", false});
  tasks({"", "", "", "", "x", "", "", false});
  tasks({"", "", "", "", "", "2026-03-11", "2026-03-12", false});
  tasks({"", "", "", "", "", "", "", true});
}

TEST_F(Conformance, ClosingATaskReleasesDependentsAndRunsHooksAlike) {
  same([](sdk::Context& c) { return view(c.ensure_run("probe-flow", "2026-03-09", "Probe")); });
  create(new_task("first", "2026-03-10"));
  sdk::NewTask after = new_task("after", "2026-03-11");
  after.depends_on = {"first"};
  create(after);
  sdk::NewTask boom = new_task("boom", "2026-03-11");
  boom.title = "boom";
  create(boom);
  at("2026-03-10T11:00", "");
  same([](sdk::Context& c) {
    return view(c.complete_task("probe-flow/2026-03-09/first", {{"checked", true}}));
  });
  same([](sdk::Context& c) { return view(c.task("probe-flow/2026-03-09/after")); });
  same([](sdk::Context& c) { return view(c.complete_task("probe-flow/2026-03-09/first", 1)); });
  same([](sdk::Context& c) { return view(c.complete_task("probe-flow/2026-03-09/none", 1)); });
  // The hook writes, then throws: its write is undone, the close stands.
  same([](sdk::Context& c) { return view(c.complete_task("probe-flow/2026-03-09/boom", 1)); });
  const json kept = find({"probe.item", {}, 0});
  EXPECT_EQ(kept["returned"].size(),
            4u);  // created-first, created-after, created-boom, closed-first
  EXPECT_EQ(find({"probe.item", {{"name", "plugin:probe"}}, 0})["returned"].size(), 1u);
}

TEST_F(Conformance, WhereTheCoreOnlyReadsEveryWriteIsRefusedAlike) {
  at("2026-03-09T10:00", "", false);
  put("a", {{"name", "A"}});
  same([](sdk::Context& c) { return view(c.ensure_run("probe-flow", "2026-03-09", "Probe")); });
  create(new_task("first", "2026-03-10"));
  same([](sdk::Context& c) { return view(c.complete_task("probe-flow/2026-03-09/first", 1)); });
}

TEST_F(Conformance, TheCalendarCountsWorkdaysAlike) {
  for (Date day = *parse_date("2026-01-01"); day < *parse_date("2027-01-01");
       day += std::chrono::days{3}) {
    const std::string date = format_date(day);
    for (const int days : {-6, -1, 0, 1, 3, 10}) {
      same([&](sdk::Context& c) { return c.add_workdays(date, days); });
    }
  }
  same([](sdk::Context& c) { return c.is_workday("2026-02-30"); });
  same([](sdk::Context& c) { return c.add_workdays("2026-3-1", 1); });
}

}  // namespace
}  // namespace duban
