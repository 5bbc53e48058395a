// 周调度: the weekly workflow's automatic task rolls the week's patrols,
// findings and volunteer hours up into its evidence, then hands a dispatch
// meeting to the campaign lead to review open problems and reassign them.

#include "dates.hpp"
#include "figures.hpp"
#include "registrations.hpp"
#include "schemas.hpp"
#include "store.hpp"

namespace civilization {
namespace {

using duban::sdk::field;
using duban::sdk::FieldType;

std::string summary(const Figures& f) {
  return "日行动巡查完成 " + std::to_string(f.patrols_done) + "/" + std::to_string(f.patrols) +
         "，覆盖责任区 " + std::to_string(f.areas_covered) + "/" + std::to_string(f.areas.size()) +
         "；发现问题 " + std::to_string(f.found) + " 个，销号 " + std::to_string(f.closed) +
         " 个，未销号 " + std::to_string(f.open.size()) + " 个（逾期 " +
         std::to_string(f.overdue_open) + " 个）";
}

std::string open_list(const Figures& f) {
  std::string text;
  for (const auto& a : f.open) {
    text += "\n- " + a.finding.id + " " + a.finding.area + "：" + a.finding.description + "（" +
            std::to_string(a.age_days) + "天，" + finding_status_label(a.finding.status) +
            (a.finding.overdue ? "，逾期" : "") + "）";
  }
  return text.empty() ? "\n本周无未销号问题。" : text;
}

// The meeting is due on the week's last working day up to Friday, but never before today.
std::string meeting_day(duban::sdk::Context& context, const std::string& monday) {
  std::string day = add_days(monday, 4);
  if (!context.is_workday(day)) day = context.add_workdays(day, -1);
  const std::string today = date_part(context.now());
  return days_between(today, day) < 0 ? today : day;
}

duban::sdk::NewTask meeting_task(duban::sdk::Context& context, const std::string& week,
                                 const std::string& monday, const Figures& figures,
                                 const std::string& lead) {
  duban::sdk::NewTask task;
  task.key = "dispatch-meeting";
  task.title = "创文创卫周调度会（" + week + "）：讲评本周巡查，督办未销号问题";
  task.owners = {lead};
  task.due = meeting_day(context, monday);
  task.tags = {"civilization", "civilization-dispatch"};
  task.description = summary(figures) + "。未销号问题：" + open_list(figures);
  return task;
}

// The week a run is for: a weekly run's period is "YYYY-Www"; otherwise the
// week of today, named by its Monday.
std::pair<std::string, std::string> run_week(const duban::sdk::RunView& run,
                                             duban::sdk::Context& context) {
  if (const auto range = iso_week_range(run.period)) return {run.period, range->first};
  const std::string monday = week_monday(date_part(context.now()));
  return {monday, monday};
}

duban::sdk::TaskResult roll_up_week(const duban::sdk::TaskView& task,
                                    const duban::sdk::RunView& run, duban::sdk::Context& context) {
  const auto [week, monday] = run_week(run, context);
  const Figures figures = gather_figures(context, monday, add_days(monday, 6));
  nlohmann::json evidence = to_json(figures);
  std::string message = week + " 周调度：" + summary(figures);
  const std::string lead = read_config(context.config()).campaign_lead;
  if (!task.params.value("meeting", true))
    return duban::sdk::TaskResult::success(message, evidence);
  if (lead.empty()) {
    context.log().warn("未配置 [plugins.civilization] campaign_lead，未派周调度会");
    return duban::sdk::TaskResult::success(message + "；未配置创文办负责人，未派调度会", evidence);
  }
  if (!context.task(run.id + "/dispatch-meeting")) {
    evidence["meeting"] =
        context.create_task(run.id, meeting_task(context, week, monday, figures, lead)).id;
  }
  return duban::sdk::TaskResult::success(message, evidence);
}

}  // namespace

duban::sdk::TaskKind weekly_dispatch_kind() {
  return {"civilization.weekly-dispatch",
          "周调度：汇总本周巡查、问题和志愿服务时长，派周调度会给创文办负责人",
          {{field("meeting", FieldType::boolean)
                .default_to(true)
                .describe("是否派周调度会任务（责任人为 campaign_lead）")}},
          roll_up_week};
}

}  // namespace civilization
