// `duban civilization recheck`: the follow-up check failed (回头看不合格).
// The finding goes back to open for another round of rectification with a
// new deadline, and the check task is closed with the verdict as evidence.

#include "command_input.hpp"
#include "dates.hpp"
#include "finding_status.hpp"
#include "rectification.hpp"
#include "registrations.hpp"
#include "schemas.hpp"
#include "store.hpp"

namespace civilization {
namespace {

std::string new_deadline(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
                         const Config& config) {
  auto add = [&context](const std::string& d, int n) { return context.add_workdays(d, n); };
  try {
    return rectify_deadline(date_part(context.now()), option(input, "deadline"),
                            config.rectify_workdays, add);
  } catch (const std::invalid_argument& e) {
    throw duban::sdk::CommandError(e.what());
  }
}

int recheck(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
            std::ostream& out) {
  const Config config = read_config(context.config());
  auto f = load_finding(context.records(), option(input, "finding"));
  if (!f) throw duban::sdk::CommandError("问题 '" + option(input, "finding") + "' 不存在");
  const auto area = load_area(context.records(), f->area);
  if (!area) throw duban::sdk::CommandError("问题 " + f->id + " 的责任区 " + f->area + " 已不存在");
  const std::string old_check = f->check_task;
  if (const auto error = reopen_finding(*f); !error.empty()) throw duban::sdk::CommandError(error);
  f->deadline = new_deadline(input, context, config);
  const auto old_rectify = context.task(f->rectify_task);
  const std::string run = old_rectify ? old_rectify->run : std::string(rectify_workflow);
  auto task = rectify_task_for(*f, *area, rectify_owner(context, config, *area), config);
  task.description +=
      "（第" + std::to_string(f->round) + "轮；回头看不合格：" + option(input, "text") + "）";
  f->rectify_task = context.create_task(run, task).id;
  // Saved before the check is closed, so the completion hook no longer finds
  // the finding by that check and does not close it.
  save_finding(context.records(), *f);
  const auto check = context.task(old_check);
  if (check && check->state != "done" && check->state != "cancelled") {
    context.complete_task(old_check, {{"result", "不合格"}, {"reason", option(input, "text")}});
  }
  out << "问题 " << f->id << " 回头看不合格，退回第" << f->round << "轮整改：" << f->rectify_task
      << "，期限 " << f->deadline << "\n";
  return 0;
}

}  // namespace

duban::sdk::Command recheck_command() {
  return {"recheck",
          "回头看不合格：问题退回重新整改（新期限），回头看任务随之办结",
          {{"finding", "问题编号（finding-0001）", true, false},
           {"text", "不合格的原因", true, false},
           {"deadline", "新的整改期限 YYYY-MM-DD（默认按配置的工作日数）", false, false}},
          true,
          true,
          recheck};
}

}  // namespace civilization
