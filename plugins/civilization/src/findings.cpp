// The rectification loop (整改闭环): a finding recorded on patrol becomes a
// rectification task with a deadline; its completion creates the follow-up
// check (回头看); the check's completion closes the finding (销号). The
// finding record follows each step, so the report reads state from records.

#include <sstream>

#include "command_input.hpp"
#include "dates.hpp"
#include "finding_status.hpp"
#include "rectification.hpp"
#include "registrations.hpp"
#include "schemas.hpp"
#include "store.hpp"

namespace civilization {
namespace {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');) {
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

// The patrol the finding belongs to: the one named, else that day's patrol of its area.
std::string patrol_of(duban::sdk::Context& context, const std::string& named,
                      const std::string& area, const std::string& date) {
  if (!named.empty()) {
    if (!context.task(named)) throw duban::sdk::CommandError("巡查任务 " + named + " 不存在");
    return named;
  }
  const std::string guess = std::string(daily_workflow) + "/" + date + "/patrol-" + area;
  return context.task(guess) ? guess : std::string();
}

Finding new_finding(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
                    const Config& config) {
  Finding f;
  f.id = next_sequence_id("finding", record_ids(context.records(), finding_type));
  f.area = option(input, "area");
  f.found_by = context.actor();
  f.found_at = option(input, "at").empty() ? context.now() : option(input, "at");
  if (!minute_number(f.found_at)) {
    throw duban::sdk::CommandError("--at '" + f.found_at + "' 应为 YYYY-MM-DDTHH:MM");
  }
  f.description = option(input, "text");
  f.photos = split_list(option(input, "photo"));
  auto add = [&context](const std::string& d, int n) { return context.add_workdays(d, n); };
  try {
    f.deadline = rectify_deadline(date_part(f.found_at), option(input, "deadline"),
                                  config.rectify_workdays, add);
  } catch (const std::invalid_argument& e) {
    throw duban::sdk::CommandError(e.what());
  }
  f.patrol_task = patrol_of(context, option(input, "patrol"), f.area, date_part(f.found_at));
  return f;
}

int record_finding(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
                   std::ostream& out) {
  const Config config = read_config(context.config());
  const auto area = load_area(context.records(), option(input, "area"));
  if (!area) {
    throw duban::sdk::CommandError("责任区 '" + option(input, "area") +
                                   "' 不存在（duban civilization area list 查看）");
  }
  Finding f = new_finding(input, context, config);
  const std::string month = date_part(f.found_at).substr(0, 7);
  const auto run = context.ensure_run(rectify_workflow, month, "创文创卫问题整改（" + month + "）");
  const std::string owner = rectify_owner(context, config, *area);
  f.rectify_task = context.create_task(run.id, rectify_task_for(f, *area, owner, config)).id;
  save_finding(context.records(), f);
  if (input.format == "json") {
    out << nlohmann::json{{"finding", f.id}, {"record", to_json(f)}}.dump(2) << "\n";
  } else {
    out << "已登记问题 " << f.id << "（" << area->name << "）：整改任务 " << f.rectify_task
        << "，责任人 " << person_name(context, owner) << "，期限 " << f.deadline << "\n";
  }
  return 0;
}

// A rectification was completed: record it and hand over the follow-up check.
void on_rectified(Finding& f, const duban::sdk::HookData& data, duban::sdk::Context& context) {
  const Config config = read_config(context.config());
  const std::string now = context.now();
  if (const auto error = advance_finding(f, "rectified", now); !error.empty()) {
    context.log().warn(error);
    return;
  }
  Area unknown;  // an area removed since: still checked, by the finder (see check_owner)
  unknown.id = unknown.name = f.area;
  const Area area = load_area(context.records(), f.area).value_or(unknown);
  const auto check =
      check_task_for(f, area, check_owner(context, config, area, f),
                     context.add_workdays(date_part(now), config.check_workdays), config);
  f.check_task = context.create_task(data.task.run, check).id;
  save_finding(context.records(), f);
}

// The follow-up check was completed: the finding is checked and closed (销号).
void on_checked(Finding& f, duban::sdk::Context& context) {
  const std::string now = context.now();
  for (const char* step : {"checked", "closed"}) {
    if (const auto error = advance_finding(f, step, now); !error.empty()) {
      context.log().warn(error);
      return;
    }
  }
  save_finding(context.records(), f);
}

void on_completed(const duban::sdk::HookData& data, duban::sdk::Context& context) {
  auto& records = context.records();
  if (auto f = finding_by_task(records, "rectify_task", data.task.id)) {
    on_rectified(*f, data, context);
  } else if (auto checked = finding_by_task(records, "check_task", data.task.id)) {
    on_checked(*checked, context);
  }
}

void on_overdue(const duban::sdk::HookData& data, duban::sdk::Context& context) {
  auto f = finding_by_task(context.records(), "rectify_task", data.task.id);
  if (!f || !flag_overdue(*f, context.now())) return;
  save_finding(context.records(), *f);
  context.log().warn("问题 " + f->id + " 整改逾期（期限 " + f->deadline + "）");
}

}  // namespace

duban::sdk::Command finding_command() {
  return {"finding",
          "登记巡查发现的问题，生成限期整改任务",
          {{"area", "责任区 id", true, false},
           {"text", "问题描述", true, false},
           {"deadline", "整改期限 YYYY-MM-DD（默认按配置的工作日数）", false, false},
           {"photo", "照片或佐证材料，逗号分隔", false, false},
           {"patrol", "所属巡查任务 id（默认当天该责任区的巡查）", false, false},
           {"at", "发现时间 YYYY-MM-DDTHH:MM（默认 --now）", false, false}},
          true,
          true,
          record_finding};
}

duban::sdk::Hook finding_completed_hook() {
  return {duban::sdk::HookEvent::task_completed, "整改办结 → 派回头看；回头看办结 → 问题销号",
          on_completed};
}

duban::sdk::Hook finding_overdue_hook() {
  return {duban::sdk::HookEvent::task_overdue, "整改逾期 → 在问题上标记逾期", on_overdue};
}

}  // namespace civilization
