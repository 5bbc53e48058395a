// The monthly leadership visit (局党组班子每月到村开展专题调研):
//   * kind village.plan-visits, run by a monthly workflow, creates one visit
//     task per leader ↔ village pairing for the month;
//   * `duban village visit` records what the leader heard and coordinated and
//     closes that leader's visit task for the month.

#include <algorithm>
#include <ostream>

#include "cli_support.hpp"
#include "month.hpp"
#include "parts.hpp"
#include "record_types.hpp"
#include "settings.hpp"

namespace duban::village {
namespace {

using nlohmann::json;

// Config pairings first, then the leaders named on village records.
std::vector<Pairing> all_pairings(sdk::Context& context, const Settings& settings) {
  std::vector<Pairing> from_villages;
  for (const auto& village : context.records().find({type::village, {}, 0})) {
    for (const auto& leader : village.data.value("leaders", json::array())) {
      from_villages.push_back({leader.get<std::string>(), village.id});
    }
  }
  return merge_pairings(settings.pairings.pairings, from_villages);
}

// The visit's due date: the configured day, moved back to a workday.
std::string visit_due(const sdk::Context& context, Month month, int day) {
  std::string due = day_of_month(month, day);
  for (int back = 0; back < 31 && !context.is_workday(due); ++back) {
    due = context.add_workdays(due, -1);
  }
  return due;
}

std::string village_name(sdk::Context& context, const std::string& id) {
  const auto record = context.records().get(type::village, id);
  return record ? record->data.value("name", id) : id;
}

sdk::NewTask visit_task(sdk::Context& context, const Settings& settings, const Pairing& pairing,
                        Month month) {
  sdk::NewTask task;
  task.key = visit_task_key(pairing);
  task.title = person_name(context, pairing.leader) + "到" +
               village_name(context, pairing.village) + "开展驻村帮扶走访（" + month_title(month) +
               "）";
  task.owners = {pairing.leader};
  task.due = visit_due(context, month, settings.visit_due_day);
  task.policy = settings.visit_policy;
  task.tags = {tag::visit, pairing.village, format_month(month)};
  task.description =
      "到村听取驻村工作队和村两委汇报，走访监测户，协调解决实际困难。走访后用 duban village "
      "visit --village " +
      pairing.village + " --issues … --resources … 登记，任务随之办结。";
  return task;
}

Month month_of_run(const sdk::RunView& run, const sdk::TaskView& task,
                   const sdk::Context& context) {
  if (const auto month = parse_month(run.period)) return *month;
  if (const auto month = month_of(task.start)) return *month;
  return *month_of(context.now());
}

sdk::TaskResult plan_visits(const sdk::TaskView& task, const sdk::RunView& run,
                            sdk::Context& context) {
  const Settings settings = read_settings(context.config());
  const Month month = month_of_run(run, task, context);
  json created = json::array();
  json skipped = json::array();
  for (const auto& error : settings.pairings.errors) skipped.push_back(error);
  for (const auto& pairing : all_pairings(context, settings)) {
    const std::string key = visit_task_key(pairing);
    if (context.task(run.id + "/" + key)) continue;  // planned by an earlier tick
    try {
      created.push_back(
          context.create_task(run.id, visit_task(context, settings, pairing, month)).id);
    } catch (const std::invalid_argument& error) {
      // A pairing naming someone who left the organisation must not stop the others.
      skipped.push_back(pairing.leader + ":" + pairing.village + ": " + error.what());
      context.log().warn("走访任务未创建：" + skipped.back().get<std::string>());
    }
  }
  std::string message =
      month_title(month) + "驻村走访任务 " + std::to_string(created.size()) + " 项";
  if (!skipped.empty()) message += "，" + std::to_string(skipped.size()) + " 项未创建";
  return sdk::TaskResult::success(message, {{"created", created}, {"skipped", skipped}});
}

// The open visit task of this leader, village and month, if planned.
std::optional<sdk::TaskView> open_visit_task(sdk::Context& context, const std::string& leader,
                                             const std::string& village, Month month) {
  sdk::TaskFilter filter;
  filter.owner = leader;
  filter.tag = tag::visit;
  filter.open_only = true;
  const std::string key = visit_task_key({leader, village});
  for (const auto& task : context.tasks(filter)) {
    const auto& tags = task.tags;
    if (task.key == key && std::find(tags.begin(), tags.end(), format_month(month)) != tags.end()) {
      return task;
    }
  }
  return std::nullopt;
}

int record_visit(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const std::string leader = context.actor();
  const std::string village = required_option(input, "village");
  if (!context.records().get(type::village, village)) {
    throw sdk::CommandError("没有村 '" + village + "'：先用 duban village village add 登记");
  }
  const std::string date = option(input, "date").empty() ? today(context) : option(input, "date");
  if (!is_date(date)) throw sdk::CommandError("--date 应为 YYYY-MM-DD，不是 '" + date + "'");
  const Month month = *month_of(date);
  json data{{"village", village},
            {"leader", leader},
            {"date", date},
            {"month", format_month(month)},
            {"issues", option(input, "issues")},
            {"resources", option(input, "resources")},
            {"with", split_list(option(input, "with"))}};
  const std::string id = "visit-" + date + "-" + village + "-" + leader;
  const auto task = open_visit_task(context, leader, village, month);
  if (task) data["task"] = task->id;
  context.records().put(type::visit, id, data);
  out << "已登记走访 " << id << "：" << person_name(context, leader) << "到"
      << village_name(context, village) << "\n";
  if (task) {
    context.complete_task(
        task->id, {{"visit", id}, {"issues", data["issues"]}, {"resources", data["resources"]}});
    out << "走访任务 " << task->id << " 已办结\n";
  } else {
    out << "（" << month_title(month) << "没有该领导到该村的待办走访任务）\n";
  }
  return 0;
}

}  // namespace

void add_visit_parts(sdk::Registry& registry) {
  registry.add_task_kind({
      "village.plan-visits",
      "为本月每一对包村领导与帮扶村创建走访任务",
      {},
      plan_visits,
  });
  registry.add_command({
      "visit",
      "登记领导到村走访（听取问题、协调资源），并办结本月走访任务",
      {
          {"village", "村 id", true},
          {"issues", "听取的问题和诉求"},
          {"resources", "协调的资源，如\"120米扬程大功率水泵一台\""},
          {"date", "走访日期（默认今天）"},
          {"with", "同行人员（人员 id），逗号分隔"},
      },
      true,
      true,
      record_visit,
  });
}

}  // namespace duban::village
