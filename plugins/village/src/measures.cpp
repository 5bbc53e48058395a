// Assistance measures (帮扶措施) as tasks owned by cadres:
//   * `duban village measure add` records the measure and creates its task in
//     the month's run of the ad-hoc workflow "village-measures";
//   * `measure done` (or `duban task done ID --reason …`) closes it; the
//     task_completed hook copies the outcome onto the measure;
//   * the task_overdue hook flags the measure, for the report.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ostream>

#include "cli_support.hpp"
#include "month.hpp"
#include "parts.hpp"
#include "record_types.hpp"
#include "risk_rule.hpp"
#include "settings.hpp"
#include "task_outcome.hpp"

namespace duban::village {
namespace {

using nlohmann::json;

// "m-0001", "m-0002", … : one more than the highest so far.
std::string next_measure_id(sdk::Context& context) {
  int highest = 0;
  for (const auto& record : context.records().find({type::measure, {}, 0})) {
    if (record.id.starts_with("m-")) highest = std::max(highest, std::atoi(record.id.c_str() + 2));
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "m-%04d", highest + 1);
  return buffer;
}

// The household's village as people name it (its id if the record is gone).
std::string village_name_of(sdk::Context& context, const sdk::Record& household) {
  const std::string id = household.data.value("village", "");
  const auto village = context.records().get(type::village, id);
  return village ? village->data.value("name", id) : id;
}

sdk::Record household_or_throw(sdk::Context& context, const std::string& id) {
  auto record = context.records().get(type::household, id);
  if (!record) throw sdk::CommandError("没有监测户 '" + id + "'");
  return *record;
}

sdk::NewTask measure_task(const std::string& id, const MeasureType& kind,
                          const sdk::Record& household, const std::string& village_name,
                          const std::string& owner, const std::string& due,
                          const std::string& policy, const std::string& note) {
  sdk::NewTask task;
  task.key = id;
  task.title = "【" + kind.name + "】" + household.data.value("head", household.id) +
               "户帮扶措施（" + village_name + "）";
  task.owners = {owner};
  task.due = due;
  task.policy = policy;
  task.tags = {tag::measure, household.id, kind.id};
  task.description = note.empty() ? "落实" + kind.name + "帮扶措施，办结时写明成效。" : note;
  return task;
}

int add_measure(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const Settings settings = read_settings(context.config());
  const auto household = household_or_throw(context, required_option(input, "household"));
  const std::string type_text = required_option(input, "type");
  const auto kind = find_measure_type(type_text);
  if (!kind) {
    throw sdk::CommandError("未知措施类型 '" + type_text + "'，可选：" +
                            list_terms(measure_terms()));
  }
  const std::string owner = required_option(input, "owner");
  if (!context.person(owner)) throw sdk::CommandError("责任干部 '" + owner + "' 不在组织机构中");
  const std::string due = required_option(input, "due");
  if (!is_date(due)) throw sdk::CommandError("--due 应为 YYYY-MM-DD，不是 '" + due + "'");
  const int people =
      option(input, "people").empty() ? 1 : parse_count("people", option(input, "people"), 0, 30);

  const std::string id = next_measure_id(context);
  const Month month = *month_of(context.now());
  const auto run = context.ensure_run(measures_workflow, format_month(month),
                                      "驻村帮扶措施（" + month_title(month) + "）");
  const auto task = context.create_task(
      run.id, measure_task(id, *kind, household, village_name_of(context, household), owner, due,
                           settings.measure_policy, option(input, "note")));
  json data{{"household", household.id},
            {"type", kind->id},
            {"owner", owner},
            {"due", due},
            {"task", task.id},
            {"status", "open"},
            {"people", people},
            {"created_by", context.actor()}};
  if (!option(input, "note").empty()) data["note"] = option(input, "note");
  context.records().put(type::measure, id, data);
  out << "已登记帮扶措施 " << id << "（" << kind->name << "，" << household.data.value("head", "")
      << "户），任务 " << task.id << " 交 " << person_name(context, owner) << "，" << due
      << " 前完成\n";
  return 0;
}

sdk::Record measure_or_throw(sdk::Context& context, const std::string& id) {
  auto record = context.records().get(type::measure, id);
  if (!record) throw sdk::CommandError("没有帮扶措施 '" + id + "'");
  return *record;
}

// Marks the measure done (idempotent: the hook and the command both call it).
void mark_done(sdk::Context& context, sdk::Record measure, const std::string& outcome,
               const std::string& done_on) {
  json& data = measure.data;
  const bool nothing_new = outcome.empty() || outcome == data.value("outcome", "");
  if (data.value("status", "open") == "done" && nothing_new) return;
  data["status"] = "done";
  if (!data.contains("done_on")) data["done_on"] = done_on;
  if (!outcome.empty()) data["outcome"] = outcome;
  context.records().put(type::measure, measure.id, data);
}

int finish_measure(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  auto measure = measure_or_throw(context, required_option(input, "measure"));
  if (measure.data.value("status", "open") == "done") {
    throw sdk::CommandError("帮扶措施 " + measure.id + " 已完成");
  }
  const std::string outcome = required_option(input, "outcome");
  if (!option(input, "people").empty()) {
    measure.data["people"] = parse_count("people", option(input, "people"), 0, 30);
  }
  measure.data["outcome"] = outcome;
  context.records().put(type::measure, measure.id, measure.data);
  const std::string task_id = measure.data.value("task", "");
  const auto task = context.task(task_id);
  if (task && task->done_at.empty()) {
    context.complete_task(task_id, {{"measure", measure.id}, {"outcome", outcome}});
  }
  // Re-read: the task_completed hook may have written the measure meanwhile.
  mark_done(context, measure_or_throw(context, measure.id), outcome, today(context));
  out << "帮扶措施 " << measure.id << " 已完成：" << outcome << "\n";
  return 0;
}

std::vector<std::string> measure_row(sdk::Context& context, const sdk::Record& r) {
  const json& d = r.data;
  const auto kind = find_measure_type(d.value("type", ""));
  std::string status = d.value("status", "open") == "done" ? "已完成 " + d.value("done_on", "")
                       : d.value("overdue", false)         ? "逾期"
                                                           : "办理中";
  return {r.id,
          d.value("household", ""),
          kind ? kind->name : d.value("type", ""),
          person_name(context, d.value("owner", "")),
          d.value("due", ""),
          status,
          d.value("outcome", "")};
}

int list_measures(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  sdk::RecordQuery query{type::measure, {}, 0};
  if (!option(input, "household").empty()) {
    query.equals.emplace_back("household", option(input, "household"));
  }
  const auto records = context.records().find(query);
  if (input.format == "json") {
    json list = json::array();
    for (const auto& r : records) list.push_back(json{{"id", r.id}, {"data", r.data}});
    out << json{{"measures", list}}.dump(2) << '\n';
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : records) rows.push_back(measure_row(context, r));
  print_table(out, {"措施", "户", "类型", "责任干部", "期限", "状态", "成效"}, rows);
  return 0;
}

int run_measure(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const std::string action = action_of(input, "add");
  if (action != "list" && context.actor().empty())
    throw sdk::CommandError("measure " + action + " 需要 --as");
  if (action == "add") return add_measure(input, context, out);
  if (action == "done") return finish_measure(input, context, out);
  if (action == "list") return list_measures(input, context, out);
  throw sdk::CommandError("measure 的动作是 add、done 或 list，不是 '" + action + "'");
}

bool is_measure_task(const sdk::TaskView& task) {
  return std::find(task.tags.begin(), task.tags.end(), tag::measure) != task.tags.end();
}

std::optional<sdk::Record> measure_of_task(sdk::Context& context, const sdk::TaskView& task) {
  auto found = context.records().find({type::measure, {{"task", task.id}}, 1});
  if (found.empty()) return std::nullopt;
  return found.front();
}

void on_task_completed(const sdk::HookData& data, sdk::Context& context) {
  if (!is_measure_task(data.task)) return;
  auto measure = measure_of_task(context, data.task);
  if (!measure) return;
  const std::string done_on =
      data.task.done_at.empty() ? today(context) : data.task.done_at.substr(0, 10);
  std::string outcome = measure->data.value("outcome", "");
  if (outcome.empty()) outcome = outcome_from_detail(data.task.detail);
  mark_done(context, *measure, outcome, done_on);
}

void on_task_overdue(const sdk::HookData& data, sdk::Context& context) {
  if (!is_measure_task(data.task)) return;
  auto measure = measure_of_task(context, data.task);
  if (!measure || measure->data.value("status", "open") == "done") return;
  measure->data["overdue"] = true;
  measure->data["overdue_on"] = today(context);
  context.records().put(type::measure, measure->id, measure->data);
  context.log().warn("帮扶措施 " + measure->id + " 已逾期（任务 " + data.task.id + "）");
}

}  // namespace

void add_measure_parts(sdk::Registry& registry) {
  registry.add_command({
      "measure",
      "帮扶措施：add 登记并派任务（默认）、done 办结并写明成效、list 列表",
      {
          {"household", "监测户 id"},
          {"type",
           "措施类型：就业、公益岗位、产业、小额信贷、健康、教育(雨露计划)、住房、饮水、"
           "低保、特困、临时救助、社会救助、消费帮扶（或英文 id）"},
          {"owner", "责任干部（人员 id）"},
          {"due", "完成期限 YYYY-MM-DD"},
          {"people", "就业类：帮助就业的人数（默认 1）"},
          {"note", "措施说明"},
          {"measure", "done：措施 id（如 m-0001）"},
          {"outcome", "done：成效，如\"已在县城物流园就业\""},
      },
      true,
      false,  // list needs no --as; add and done check for it
      run_measure,
  });
  registry.add_hook({sdk::HookEvent::task_completed, "帮扶措施任务办结时，记录措施完成和成效",
                     on_task_completed});
  registry.add_hook(
      {sdk::HookEvent::task_overdue, "帮扶措施任务逾期时，标记措施逾期", on_task_overdue});
}

}  // namespace duban::village
