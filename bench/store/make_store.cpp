// bench_make_store WORKSPACE_DIR N_TASKS [--taskwarrior FILE] [--open-tasks FILE] [--seed N]
//
// Fills the empty store of an initialised workspace (`duban init DIR`) with a
// year of work: N tasks in weekly runs over 2026, owned by the organisation's
// people, each with its life as events (created, acknowledged, started,
// noted, done, and for some: late, chased, escalated, extended, reassigned,
// cancelled) — about five events per task.
//
// Everything goes through the store's real write path in ONE transaction:
// every event is appended with writer->append (so the hash chain is real),
// every task is the fold of its events by the engine's reducer
// (apply_task_event), every run comes from its run.created event
// (run_from_event). `duban log --verify` therefore passes on the result.
// Only the rule checks of Engine::act are skipped (the generator only makes
// moves the rules allow).
//
// The store is the state at the end of the year (2026-12-31 18:00): events
// planned later are not written, so the last weeks' tasks are still open.
//
// --taskwarrior FILE also writes the same tasks as a Taskwarrior 2.6 import
// file (a JSON array): description, project (= workflow), status
// (pending/completed/deleted), entry, modified, due, end, start, priority,
// tags (the owner and the workflow's tag), depends and annotations (the notes).
//
// --open-tasks FILE lists the tasks `duban task done` accepts (ready,
// acknowledged, in progress), one per line: TASK_ID <tab> FIRST_OWNER, for
// run_bench.sh to close a different one in each timed run.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "dates/period.hpp"
#include "workspace/workspace.hpp"
#include "engine/engine.hpp"
#include "engine/reducer.hpp"
#include "engine/tick.hpp"
#include "plan/due_dates.hpp"
#include "store/sqlite_store.hpp"
#include "store/store.hpp"

namespace duban::bench {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Its own generator, not <random>'s distributions: a given seed and N give
// the same store everywhere.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /// 0 .. n-1 (n > 0).
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  /// lo .. hi inclusive.
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// Local times as minutes since 1970-01-01 00:00 in the workspace's zone.
using Minutes = std::int64_t;
constexpr Minutes kDay = 1440;
constexpr Minutes kNine = 9 * 60;
constexpr Minutes kEight = 8 * 60;
constexpr Minutes kNever = INT64_MAX;

Minutes at(Date date, Minutes time_of_day) {
  return static_cast<Minutes>(date.time_since_epoch().count()) * kDay + time_of_day;
}
Date date_of(Minutes m) {
  return Date{std::chrono::days{static_cast<std::chrono::days::rep>(m / kDay)}};
}
Minutes time_of(Minutes m) { return m % kDay; }
std::string stamp(Minutes m) {
  return stored_time(LocalDateTime{date_of(m), TimeOfDay{time_of(m)}});
}

// The workflows of the synthetic year: what a statistics bureau tracks.
struct Flow {
  const char* id;
  const char* name;
  const char* policy;
  int weight;           // share of the tasks
  double major;         // share of "major" class tasks (13710: a month, not 7 workdays)
  const char* tw_tag;   // Taskwarrior tag (ASCII)
  std::vector<std::string> tags;
  std::vector<const char*> subjects;
};

const std::vector<Flow>& flows() {
  static const std::vector<Flow> all{
      {"meeting-items", "会议议定事项", "13710", 25, 0.0, "meeting",
       {"13710", "会议交办"},
       {"落实周调度会部署的重点工作", "整理局务会议定事项并逐项销号", "对接市直部门核实有关数据",
        "起草专题情况说明", "完成会议交办的调研任务", "督促基层调查队报送材料"}},
      {"leader-instructions", "领导批示件办理", "13710", 10, 0.1, "instruction",
       {"13710", "领导批示"},
       {"办理市领导批示件并报送结果", "核实批示涉及的统计口径", "牵头起草批示件办理报告",
        "协调相关科室提供数据支撑"}},
      {"routine-reports", "例行报送", "routine", 30, 0.0, "routine",
       {"例行报送"},
       {"报送周工作总结", "报送下周工作计划", "编报统计信息", "报送月度统计快报",
        "更新统计数据库", "报送统计分析材料"}},
      {"survey-tasks", "统计调查任务", "1-3-7-10", 15, 0.0, "survey",
       {"统计调查"},
       {"组织“四上”企业联网直报", "完成抽样调查样本轮换", "审核基层报表并查询反馈",
        "组织调查员业务培训", "开展名录库更新核查"}},
      {"quality-rectify", "数据质量整改", "710", 10, 0.05, "quality",
       {"数据质量"},
       {"核查异常数据并整改", "对差错率超标企业开展回访", "整改数据质量核查发现的问题",
        "完成统计执法检查整改"}},
      {"responsibility-items", "年度责任清单事项", "13710", 10, 0.2, "duty",
       {"责任清单", "重点工作"},
       {"推进年度重点工作任务", "完成责任清单季度节点任务", "落实党建工作责任清单事项",
        "推进统计法治宣传工作"}},
  };
  return all;
}

const std::vector<const char*>& note_texts() {
  static const std::vector<const char*> all{
      "已完成初稿，正在核对数据", "已与相关单位对接，等待回复", "进展顺利，预计按期办结",
      "数据已汇总，正在审核",     "已召开专题会研究",         "材料已报分管领导审阅"};
  return all;
}

// How a task's year goes.
enum class Outcome { on_time, late, backlog, extended, cancelled };

struct TaskPlan {
  std::string id;
  std::string run;
  std::string workflow;
  std::string policy;
  std::string task_class;
  std::string tw_tag;
  std::vector<std::string> owners;
  std::string unit;
  Minutes created = 0;
  Minutes started = kNever;  // for Taskwarrior's "start" of an active task
  std::string uuid;
};

// One event waiting to be appended, in time order.
struct Planned {
  Minutes when;
  std::size_t task;  // index into the plans, or kRunEvent
  EventRecord record;
};
constexpr std::size_t kRunEvent = SIZE_MAX;

class YearGenerator {
 public:
  YearGenerator(const Workspace& ws, std::size_t n_tasks, std::uint64_t seed)
      : ws_(ws), n_tasks_(n_tasks), rng_(seed), workday_end_(ws.config.workday_end.count()) {
    for (const auto& p : ws.org.people()) {
      int weight = 4;  // staff
      const Unit* unit = ws.org.unit(p.unit);
      if (unit && unit->kind == "bureau") weight = 1;  // the bureau's leaders
      else if (unit && unit->chief == p.id) weight = 2;
      for (int i = 0; i < weight; ++i) owner_pool_.push_back(&p);
      if (unit) unit_people_[p.unit].push_back(p.id);
    }
  }

  void generate() {
    std::vector<Period> weeks;
    for (int w = 1; w <= 53; ++w) {
      char key[16];
      std::snprintf(key, sizeof key, "2026-W%02d", w);
      const auto period = parse_period(key);
      if (!period) continue;
      if (!workdays_of(*period).empty()) weeks.push_back(*period);
    }
    int total_weight = 0;
    for (const auto& f : flows()) total_weight += f.weight;
    std::size_t done = 0;
    for (std::size_t w = 0; w < weeks.size(); ++w) {
      const std::size_t upto = n_tasks_ * (w + 1) / weeks.size();
      const std::size_t in_week = upto - done;
      done = upto;
      std::size_t given = 0;
      int weight_so_far = 0;
      for (const auto& f : flows()) {
        weight_so_far += f.weight;
        const std::size_t share =
            in_week * static_cast<std::size_t>(weight_so_far) / static_cast<std::size_t>(total_weight);
        if (share > given) make_run(f, weeks[w], share - given);
        given = share;
      }
    }
  }

  std::vector<Planned>& events() { return events_; }
  std::vector<TaskPlan>& plans() { return plans_; }
  std::size_t run_count() const { return runs_; }

 private:
  std::vector<Date> workdays_of(const Period& p) const {
    std::vector<Date> days;
    for (Date d = p.start; d <= p.end; d += std::chrono::days{1}) {
      if (year_of(d) == 2026 && ws_.calendar.is_workday(d)) days.push_back(d);
    }
    return days;
  }

  // m moved into working hours: before 08:00 to 09:00 that day, after the
  // workday's end or on a day off to the next workday morning.
  Minutes working(Minutes m) const {
    const Date d = date_of(m);
    if (ws_.calendar.is_workday(d) && time_of(m) <= workday_end_) {
      return time_of(m) < kEight ? at(d, kNine) : m;
    }
    return at(ws_.calendar.next_workday(d + std::chrono::days{1}), kNine + m % 60);
  }
  Minutes later(Minutes m, std::int64_t lo, std::int64_t hi) {
    return working(m + rng_.between(lo, hi));
  }
  // `n` workdays after m's day, at a time between lo and hi.
  Minutes workdays_after(Minutes m, int n, Minutes lo, Minutes hi) {
    return at(ws_.calendar.add_workdays(date_of(m), n), rng_.between(lo, hi));
  }
  // Uniformly between a and b (a < b).
  Minutes within(Minutes a, Minutes b) { return rng_.between(a, std::max(a, b)); }

  void emit(std::size_t task, Minutes when, const std::string& actor, const char* type,
            std::string payload, std::string reason = "") {
    const TaskPlan& t = plans_[task];
    events_.push_back({when, task,
                       EventRecord{0, stamp(when), actor, t.run, t.id, type, std::move(payload),
                                   std::move(reason), "", ""}});
  }

  std::string uuid() {
    const std::uint64_t a = rng_.next();
    const std::uint64_t b = rng_.next();
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx",
                  static_cast<unsigned>(a >> 32), static_cast<unsigned>((a >> 16) & 0xffff),
                  static_cast<unsigned>(a & 0xfff),
                  static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return text;
  }

  // Who leads a person: their reports_to ("" at the top).
  std::string boss_of(const std::string& person) const {
    const Person* p = ws_.org.person(person);
    return p ? p->reports_to : "";
  }

  void make_run(const Flow& flow, const Period& week, std::size_t count) {
    const auto days = workdays_of(week);
    const Minutes opened = at(days.front(), 8 * 60 + 30);
    const std::string run_id = std::string(flow.id) + "/" + week.key();
    ++runs_;
    events_.push_back(
        {opened, kRunEvent,
         EventRecord{0, stamp(opened), "system", run_id, "", event_type::run_created,
                     json{{"workflow", flow.id},
                          {"period", week.key()},
                          {"title", flow.name},
                          {"task_count", count}}
                         .dump(),
                     "", "", ""}});
    const DeadlinePolicy& policy = ws_.policies.at(flow.policy);
    std::optional<Minutes> previous_closed;
    for (std::size_t j = 0; j < count; ++j) {
      const bool dependent = j > 0 && rng_.chance(0.10);
      const std::optional<Minutes> closed =
          make_task(flow, policy, run_id, opened, days, j, dependent, previous_closed);
      previous_closed = closed;
    }
  }

  // Plans one task and its events; returns when it closed (done or cancelled).
  std::optional<Minutes> make_task(const Flow& flow, const DeadlinePolicy& policy,
                                   const std::string& run_id, Minutes opened,
                                   const std::vector<Date>& days, std::size_t j, bool dependent,
                                   std::optional<Minutes> dependency_closed) {
    const std::size_t index = plans_.size();
    TaskPlan& t = plans_.emplace_back();
    char key[24];
    std::snprintf(key, sizeof key, "item-%04zu", j + 1);
    t.run = run_id;
    t.id = run_id + "/" + key;
    t.workflow = flow.id;
    t.policy = flow.policy;
    t.task_class = rng_.chance(flow.major) ? "major" : "ordinary";
    t.tw_tag = flow.tw_tag;
    t.created = opened;
    t.uuid = uuid();
    const Person* owner = owner_pool_[rng_.below(owner_pool_.size())];
    t.owners.push_back(owner->id);
    t.unit = owner->unit;
    const auto& colleagues = unit_people_[owner->unit];
    if (colleagues.size() > 1 && rng_.chance(0.15)) {
      const std::string& other = rng_.pick(colleagues);
      if (other != owner->id) t.owners.push_back(other);
    }
    const Date start_day = rng_.chance(0.6) ? days.front() : rng_.pick(days);
    const Minutes start = at(start_day, kNine);
    const Date due_day = last_milestone_date(policy, t.task_class, ws_.calendar, start_day);
    const LocalDateTime due_time{due_day, TimeOfDay{workday_end_}};
    const Minutes due = at(due_day, workday_end_);
    const auto planned =
        plan_milestones(policy, t.task_class, ws_.calendar, start_day, due_time, TimeOfDay{workday_end_});
    json milestones = json::array();
    for (std::size_t i = 0; i < planned.size(); ++i) {
      const char* met_by = i + 1 == planned.size() ? "done" : i == 0 ? "ack" : "progress";
      milestones.push_back({{"action", planned[i].action},
                            {"name", planned[i].name},
                            {"at", stored_time(planned[i].at)},
                            {"met_by", met_by}});
    }
    const std::string last_milestone = planned.empty() ? "截止" : planned.back().name;
    const Unit* unit = ws_.org.unit(t.unit);
    const std::string subject = rng_.pick(flow.subjects);
    const std::string title = (unit ? unit->name : t.unit) + "：" + subject + "（" + key + "）";
    std::vector<std::string> depends_on;
    if (dependent) {
      char previous[24];
      std::snprintf(previous, sizeof previous, "item-%04zu", j);
      depends_on.push_back(run_id + "/" + previous);
    }
    json payload{
        {"workflow", flow.id},
        {"key", key},
        {"title", title},
        {"unit", t.unit},
        {"owners", t.owners},
        {"state", dependent ? "pending" : "ready"},
        {"start", stamp(start)},
        {"due", stamp(due)},
        {"policy", flow.policy},
        {"class", t.task_class},
        {"kind", "human"},
        {"depends_on", depends_on},
        {"tags", flow.tags},
        {"weight", 1.0},
        {"milestones", milestones},
        {"detail",
         {{"description", std::string(flow.name) + "：" + subject + "。按" + policy.name +
                              "要求办理，逐项销号。"},
          {"checklist", json::array({"明确责任人和完成时限", "按节点反馈进展", "办结后报送结果"})},
          {"evidence", json::array({"办理结果报告"})}}}};
    emit(index, opened, "system", event_type::task_created, payload.dump());

    Minutes begin = start;
    if (dependent) {
      if (!dependency_closed) return std::nullopt;  // waits for ever
      begin = std::max(start, *dependency_closed);
      emit(index, *dependency_closed, "system", event_type::task_ready, "{}");
    }
    return live(index, begin, due, last_milestone, policy);
  }

  // The task's life from the moment it can be worked on.
  std::optional<Minutes> live(std::size_t index, Minutes begin, Minutes due,
                              const std::string& milestone, const DeadlinePolicy& policy) {
    const double r = rng_.unit();
    Outcome outcome = r < 0.85   ? Outcome::on_time
                      : r < 0.93 ? Outcome::late
                      : r < 0.96 ? Outcome::backlog
                      : r < 0.99 ? Outcome::extended
                                 : Outcome::cancelled;
    std::string actor = plans_[index].owners.front();
    std::string boss = boss_of(actor);
    if (outcome == Outcome::extended && boss.empty()) outcome = Outcome::on_time;
    if (begin + 120 >= due && outcome == Outcome::on_time) outcome = Outcome::late;
    Minutes now = begin;

    // A few tasks change hands before anyone acknowledges them.
    if (!boss.empty() && rng_.chance(0.015)) {
      const auto& colleagues = unit_people_[plans_[index].unit];
      const std::string& to = rng_.pick(colleagues);
      if (to != actor && to != boss) {
        now = later(now, 10, 60);
        const Person* p = ws_.org.person(to);
        emit(index, now, boss, event_type::task_reassigned,
             json{{"owners", json::array({to})}, {"unit", p ? p->unit : ""}}.dump());
        plans_[index].owners = {to};
        actor = to;
        boss = boss_of(actor);
        if (outcome == Outcome::extended && boss.empty()) outcome = Outcome::on_time;
      }
    }

    if (outcome == Outcome::cancelled) {
      if (rng_.chance(0.7)) {
        now = later(now, 5, 180);
        emit(index, now, actor, event_type::task_acknowledged, "{}");
      }
      now = std::max(now + 30, within(now, due));
      emit(index, now, boss.empty() ? actor : boss, event_type::task_cancelled, "{}",
           "工作调整，此项不再办理");
      return now;
    }

    now = later(now, 5, 180);
    emit(index, now, actor, event_type::task_acknowledged, "{}");
    const bool starts = outcome != Outcome::backlog || rng_.chance(0.7);
    if (starts) {
      now = rng_.chance(0.5) ? later(now, 10, 120) : workdays_after(now, 1, kNine, 11 * 60);
      emit(index, now, actor, event_type::task_started, "{}");
      plans_[index].started = now;
    }
    const Minutes yellow_at = at(ws_.calendar.add_workdays(date_of(due), -1), kEight);
    const Minutes red_at = at(ws_.calendar.add_workdays(date_of(due), 1), kEight);
    const json yellow{{"light", "yellow"}, {"milestone", milestone}};
    const json red{{"light", "red"}, {"milestone", milestone}};

    Minutes closes = 0;
    switch (outcome) {
      case Outcome::on_time:
        closes = within(now + 30, due - 10);
        if (yellow_at > now && yellow_at < closes && rng_.chance(0.25))
          emit(index, yellow_at, "system", event_type::light_changed, yellow.dump());
        break;
      case Outcome::late: {
        if (yellow_at > now && yellow_at < due && rng_.chance(0.6))
          emit(index, yellow_at, "system", event_type::light_changed, yellow.dump());
        const Minutes red_time = std::max(red_at, now + 1);
        emit(index, red_time, "system", event_type::light_changed, red.dump());
        closes = std::max(red_time + 30, workdays_after(due, static_cast<int>(rng_.between(1, 5)),
                                                        kNine, workday_end_));
        if (!boss.empty() && rng_.chance(0.6)) {
          const Minutes chased = red_time + 120;
          emit(index, chased, boss, event_type::task_chased, "{}", "请抓紧办理，尽快办结");
          closes = std::max(closes, chased + 30);
        }
        break;
      }
      case Outcome::extended: {
        const Minutes asked = std::max(now + 30, at(date_of(yellow_at), rng_.between(600, 960)));
        const Minutes new_due = at(ws_.calendar.add_workdays(date_of(due), 5), workday_end_);
        emit(index, asked, actor, event_type::extension_requested,
             json{{"due", stamp(new_due)}}.dump(), "需等待相关部门数据，申请延期");
        const Minutes approved = asked + rng_.between(30, 240);
        emit(index, approved, boss, event_type::extension_approved, "{}");
        now = approved;
        closes = within(approved + 60, new_due - 10);
        break;
      }
      case Outcome::backlog: {
        if (yellow_at > now && yellow_at < due && rng_.chance(0.6))
          emit(index, yellow_at, "system", event_type::light_changed, yellow.dump());
        const Minutes red_time = std::max(red_at, now + 1);
        emit(index, red_time, "system", event_type::light_changed, red.dump());
        if (!boss.empty() && rng_.chance(0.8))
          emit(index, red_time + 120, boss, event_type::task_chased, "{}", "请抓紧办理，尽快办结");
        escalate(index, red_time, milestone, due, policy);
        if (!boss.empty() && rng_.chance(0.4)) {
          emit(index, workdays_after(red_time, 5, 10 * 60, 11 * 60), boss,
               event_type::task_chased, "{}", "再次催办：请说明未办结原因");
        }
        closes = kNever;
        break;
      }
      case Outcome::cancelled: break;
    }

    // Progress notes between starting and closing (or the due time).
    const Minutes notes_end = closes == kNever ? due : closes;
    const double n = rng_.unit();
    const int notes = n < 0.45 ? 0 : n < 0.9 ? 1 : 2;
    for (int i = 1; i <= notes && notes_end > now + 2; ++i) {
      const Minutes when = now + (notes_end - now) * i / (notes + 1);
      emit(index, when, actor, event_type::task_noted,
           json{{"text", rng_.pick(note_texts())}}.dump());
    }
    if (closes == kNever) return std::nullopt;
    emit(index, closes, actor, event_type::task_done, "{}");
    return closes;
  }

  // Escalation as tick does it: one step of the policy's chain per missed
  // milestone, here one or two steps some workdays after the task turned red.
  void escalate(std::size_t index, Minutes red_time, const std::string& milestone, Minutes due,
                const DeadlinePolicy& policy) {
    Task probe;
    probe.owners = plans_[index].owners;
    probe.unit = plans_[index].unit;
    std::vector<std::string> chain;
    for (const auto& step : policy.escalate) {
      const std::string person = escalation_target(step, probe, ws_.org);
      if (person.empty() || std::find(chain.begin(), chain.end(), person) != chain.end()) continue;
      chain.push_back(person);
    }
    const int levels = rng_.chance(0.5) ? 2 : 1;
    for (int level = 1; level <= levels && static_cast<std::size_t>(level) < chain.size(); ++level) {
      const Minutes when = workdays_after(red_time, 2 * level, kEight, kEight);
      emit(index, when, "system", event_type::task_escalated,
           json{{"level", level}, {"to", chain[static_cast<std::size_t>(level)]},
                {"milestone", milestone}}
               .dump(),
           "missed " + milestone + " (" + stamp(due) + ")");
    }
  }

  const Workspace& ws_;
  std::size_t n_tasks_;
  SplitMix64 rng_;
  Minutes workday_end_;
  std::vector<const Person*> owner_pool_;
  std::map<std::string, std::vector<std::string>> unit_people_;
  std::vector<TaskPlan> plans_;
  std::vector<Planned> events_;
  std::size_t runs_ = 0;
};

// "20260612T090000Z" from a stored local time in a zone `offset` minutes east of UTC.
std::string taskwarrior_time(const std::string& stored, int offset) {
  if (stored.empty()) return "";
  const auto date = parse_date(stored.substr(0, 10));
  const Minutes local = at(*date, std::stoi(stored.substr(11, 2)) * 60 + std::stoi(stored.substr(14, 2)));
  const Minutes utc = local - offset;
  const std::string d = format_date(date_of(utc));
  char text[24];
  std::snprintf(text, sizeof text, "%s%s%sT%02d%02d00Z", d.substr(0, 4).c_str(),
                d.substr(5, 2).c_str(), d.substr(8, 2).c_str(), static_cast<int>(time_of(utc) / 60),
                static_cast<int>(time_of(utc) % 60));
  return text;
}

void write_taskwarrior(const fs::path& file, const std::vector<TaskPlan>& plans,
                       const std::vector<Task>& tasks, const Workspace& ws) {
  std::map<std::string, std::string> uuid_of;
  for (const auto& p : plans) uuid_of[p.id] = p.uuid;
  const int offset = ws.config.zone.minutes;
  std::ofstream out(file, std::ios::binary);
  out << "[\n";
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const Task& t = tasks[i];
    const TaskPlan& p = plans[i];
    json j{{"uuid", p.uuid},
           {"description", t.title},
           {"project", t.workflow},
           {"entry", taskwarrior_time(stamp(p.created), offset)},
           {"due", taskwarrior_time(stored_time(t.due), offset)},
           {"priority", t.task_class == "major" ? "H" : t.policy == "13710" ? "M" : "L"}};
    json tags = json::array();
    for (const auto& o : t.owners) tags.push_back(o);
    tags.push_back(p.tw_tag);
    j["tags"] = tags;
    std::string modified = stamp(p.created);
    if (!t.detail.notes.empty()) {
      json annotations = json::array();
      for (const auto& note : t.detail.notes) {
        annotations.push_back({{"entry", taskwarrior_time(stored_time(note.time), offset)},
                               {"description", note.text}});
        modified = std::max(modified, stored_time(note.time));
      }
      j["annotations"] = annotations;
    }
    if (!t.is_open()) {
      j["status"] = t.state == TaskState::done ? "completed" : "deleted";
      const std::string end = t.done_at ? stored_time(*t.done_at) : modified;
      j["end"] = taskwarrior_time(end, offset);
      modified = std::max(modified, end);
    } else {
      j["status"] = "pending";
      if (t.state == TaskState::in_progress && p.started != kNever)
        j["start"] = taskwarrior_time(stamp(p.started), offset);
      if (!t.depends_on.empty()) {
        json deps = json::array();
        for (const auto& d : t.depends_on) deps.push_back(uuid_of[d]);
        j["depends"] = deps;
      }
    }
    j["modified"] = taskwarrior_time(modified, offset);
    out << j.dump() << (i + 1 < tasks.size() ? ",\n" : "\n");
  }
  out << "]\n";
}

std::uintmax_t size_or_zero(const fs::path& p) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  return ec ? 0 : size;
}

int usage() {
  std::cerr << "usage: bench_make_store WORKSPACE_DIR N_TASKS [--taskwarrior FILE] "
               "[--open-tasks FILE] [--seed N]\n"
               "  fills the empty store of a workspace made by 'duban init' with N tasks over 2026\n";
  return 2;
}

int run(int argc, char** argv) {
  if (argc < 3) return usage();
  const fs::path root = argv[1];
  const long long requested = std::atoll(argv[2]);
  if (requested <= 0) return usage();
  const auto n_tasks = static_cast<std::size_t>(requested);
  std::string taskwarrior_file;
  std::string open_tasks_file;
  std::uint64_t seed = 2026;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--taskwarrior" && i + 1 < argc) {
      taskwarrior_file = argv[++i];
    } else if (arg == "--open-tasks" && i + 1 < argc) {
      open_tasks_file = argv[++i];
    } else if (arg == "--seed" && i + 1 < argc) {
      seed = std::stoull(argv[++i]);
    } else {
      return usage();
    }
  }

  const auto t_start = Clock::now();
  Diagnostics diagnostics;
  auto ws = load_workspace(root, diagnostics);
  if (!ws || diagnostics.has_errors()) {
    std::cerr << "bench_make_store: " << root.string()
              << " is not a valid workspace (run 'duban init DIR' and 'duban validate')\n";
    return 1;
  }

  // Plan the year (off the store).
  const auto t_plan = Clock::now();
  YearGenerator year(*ws, n_tasks, seed);
  year.generate();
  auto& planned = year.events();
  std::stable_sort(planned.begin(), planned.end(),
                   [](const Planned& a, const Planned& b) { return a.when < b.when; });
  const std::string cutoff = "2026-12-31T18:00";
  const double plan_ms = ms_since(t_plan);

  auto store = open_store(ws->config.database_url, ws->root);
  EventQuery any;
  any.limit = 1;
  if (!store->events(any).empty()) {
    std::cerr << "bench_make_store: the store of " << root.string()
              << " already holds events; give a fresh workspace\n";
    return 1;
  }
  // A bulk load's only tuning: a bigger page cache for this connection, so
  // the index B-trees stay in memory during the one big transaction.
  if (auto* sqlite = dynamic_cast<SqliteStore*>(store.get()))
    sqlite->connection().exec("PRAGMA cache_size = -524288");

  const auto t_write = Clock::now();
  auto& plans = year.plans();
  std::vector<Task> tasks(plans.size());
  std::map<std::string, std::size_t> by_type;
  std::size_t appended = 0;
  double append_ms = 0;
  double reduce_ms = 0;
  auto writer = store->write();
  for (auto& p : planned) {
    if (p.record.time > cutoff) continue;
    const auto a0 = Clock::now();
    EventRecord event = writer->append(std::move(p.record));
    const auto a1 = Clock::now();
    append_ms += std::chrono::duration<double, std::milli>(a1 - a0).count();
    if (p.task == kRunEvent) {
      writer->put_run(run_from_event(event));
    } else {
      apply_task_event(event, tasks[p.task]);
    }
    reduce_ms += ms_since(a1);
    ++appended;
    ++by_type[event.type];
  }
  planned.clear();
  planned.shrink_to_fit();
  const auto t_put = Clock::now();
  for (const auto& t : tasks) writer->put_task(t);
  const double put_ms = ms_since(t_put);
  const auto t_commit = Clock::now();
  writer->commit();
  writer.reset();
  const double commit_ms = ms_since(t_commit);
  const double write_ms = ms_since(t_write);
  store.reset();  // the last connection closes: SQLite checkpoints the WAL into the file
  const double total_ms = ms_since(t_start);

  std::map<std::string, std::size_t> by_state;
  std::size_t red_open = 0;
  for (const auto& t : tasks) {
    ++by_state[std::string(state_name(t.state))];
    if (t.light == Light::red) ++red_open;
  }
  const fs::path db = ws->root / ws->config.database_url.substr(7);
  std::printf("bench_make_store: %zu tasks, %zu runs, %zu events (%.2f per task) in %s\n",
              tasks.size(), year.run_count(), appended,
              static_cast<double>(appended) / static_cast<double>(tasks.size()),
              root.string().c_str());
  std::printf("  time: %.0f ms in all (plan %.0f ms; one transaction %.0f ms = append %.0f + "
              "reduce/put_run %.0f + put_task %.0f + commit %.0f)\n",
              total_ms, plan_ms, write_ms, append_ms, reduce_ms, put_ms, commit_ms);
  std::printf("  db: %s %.1f MB (wal %.1f MB)\n", db.string().c_str(),
              static_cast<double>(size_or_zero(db)) / 1e6,
              static_cast<double>(size_or_zero(db.string() + "-wal")) / 1e6);
  std::printf("  states:");
  for (const auto& [state, count] : by_state) std::printf(" %s %zu", state.c_str(), count);
  std::printf("; red lights %zu\n  events:", red_open);
  for (const auto& [type, count] : by_type) std::printf(" %s %zu", type.c_str(), count);
  std::printf("\n");

  if (!taskwarrior_file.empty()) {
    const auto t_tw = Clock::now();
    write_taskwarrior(taskwarrior_file, plans, tasks, *ws);
    std::printf("  taskwarrior import file: %s (%.1f MB, %.0f ms)\n", taskwarrior_file.c_str(),
                static_cast<double>(size_or_zero(taskwarrior_file)) / 1e6, ms_since(t_tw));
  }
  if (!open_tasks_file.empty()) {
    std::ofstream out(open_tasks_file, std::ios::binary);
    std::size_t listed = 0;
    for (const auto& t : tasks) {
      if (t.state != TaskState::ready && t.state != TaskState::acknowledged &&
          t.state != TaskState::in_progress)
        continue;
      out << t.id << '\t' << t.owners.front() << '\n';
      ++listed;
    }
    std::printf("  open tasks (ready, acknowledged, in progress): %zu listed in %s\n", listed,
                open_tasks_file.c_str());
  }
  return 0;
}

}  // namespace
}  // namespace duban::bench

int main(int argc, char** argv) {
  try {
    return duban::bench::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "bench_make_store: " << e.what() << '\n';
    return 1;
  }
}
