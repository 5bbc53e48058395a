// 日行动: the daily workflow's automatic task creates one patrol (or post
// duty) task per active area, owned by the area's team leader or, with
// roster = "rotate", by the team's members in turn.

#include <algorithm>

#include "dates.hpp"
#include "registrations.hpp"
#include "store.hpp"

namespace civilization {
namespace {

using duban::sdk::field;
using duban::sdk::FieldType;

// Who patrols `area` on `date`: the leader, or one of the team in turn
// (leader first) so that duty rotates by day.
std::string patrol_owner(const duban::sdk::Context& context, const Area& area,
                         const std::string& date, const std::string& roster) {
  const auto team = context.team(area.team);
  if (!team) return "";
  if (roster != "rotate") return team->leader;
  std::vector<std::string> people{team->leader};
  people.insert(people.end(), team->members.begin(), team->members.end());
  const auto day = static_cast<std::size_t>(day_number(date).value_or(0));
  return people.at(day % people.size());
}

std::string patrol_title(const Area& area, const std::string& date) {
  const char* duty = area.kind == "traffic-post" ? "文明交通岗值勤" : "巡查";
  return "日行动：" + area.name + "（" + area_kind_label(area.kind) + "）" + duty + " " +
         chinese_date(date);
}

duban::sdk::NewTask patrol_task(const Area& area, const std::string& date, const std::string& owner,
                                const nlohmann::json& params) {
  duban::sdk::NewTask task;
  task.key = "patrol-" + area.id;
  task.title = patrol_title(area, date);
  task.owners = {owner};
  const std::string due_time = params.value("due_time", std::string());
  task.due = due_time.empty() ? date : date + "T" + due_time;
  task.policy = params.value("policy", std::string());
  task.tags = {"civilization", patrol_tag, area_tag(area.id), area.team};
  task.description = "按创建标准巡查" + area.name +
                     (area.location.empty() ? "" : "（" + area.location + "）") +
                     "，拍照留存；发现问题用 `duban civilization finding --area " + area.id +
                     " --text …` 登记，能当场整改的当场整改。";
  return task;
}

// The day the run is for: a daily run's period is its date.
std::string run_date(const duban::sdk::RunView& run, duban::sdk::Context& context) {
  return day_number(run.period) ? run.period : date_part(context.now());
}

duban::sdk::TaskResult dispatch(const duban::sdk::TaskView& task, const duban::sdk::RunView& run,
                                duban::sdk::Context& context) {
  const std::string date = run_date(run, context);
  const std::string only_kind = task.params.value("area_kind", std::string());
  const std::string roster = task.params.value("roster", std::string("leader"));
  auto created = nlohmann::json::array();
  auto skipped = nlohmann::json::array();
  for (const auto& area : load_areas(context.records())) {
    if (!area.active || (!only_kind.empty() && area.kind != only_kind)) continue;
    const std::string key = "patrol-" + area.id;
    if (context.task(run.id + "/" + key)) continue;  // executed again: already dispatched
    const std::string owner = patrol_owner(context, area, date, roster);
    if (owner.empty()) {
      context.log().warn("责任区 " + area.id + " 的服务队 " + area.team + " 不存在，未派巡查");
      skipped.push_back({{"area", area.id}, {"reason", "unknown team " + area.team}});
      continue;
    }
    const auto made = context.create_task(run.id, patrol_task(area, date, owner, task.params));
    created.push_back({{"area", area.id}, {"task", made.id}, {"owner", owner}});
  }
  nlohmann::json evidence{{"date", date}, {"patrols", created}, {"skipped", skipped}};
  return duban::sdk::TaskResult::success(
      chinese_date(date) + "日行动：派发巡查任务 " + std::to_string(created.size()) + " 项",
      evidence);
}

}  // namespace

duban::sdk::TaskKind dispatch_patrols_kind() {
  return {"civilization.dispatch-patrols",
          "日行动：为每个责任区派发当天的巡查（值勤）任务",
          {{field("area_kind", FieldType::choice)
                .choices(area_kinds())
                .describe("只派这一类责任区（不填为全部）"),
            field("roster", FieldType::choice)
                .choices({"leader", "rotate"})
                .default_to("leader")
                .describe("leader 由队长负责；rotate 队长和队员按日轮值"),
            field("due_time", FieldType::text).describe("巡查完成时间 HH:MM（不填为下班时间）"),
            field("policy", FieldType::text).describe("巡查任务的办理时限政策（不填为默认）")}},
          dispatch};
}

}  // namespace civilization
