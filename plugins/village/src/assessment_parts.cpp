// `duban village assess` and the automatic monthly kind village.risk-review:
// both apply the risk-cleared rule (risk_rule.hpp) to every monitored household.

#include <ostream>

#include "assessment.hpp"
#include "cli_support.hpp"
#include "parts.hpp"

namespace duban::village {
namespace {

using nlohmann::json;

void print_verdicts(std::ostream& out, Month month, const std::vector<HouseholdVerdict>& verdicts,
                    bool applied) {
  out << verdicts_summary(month, verdicts) << (applied ? "" : "（试算，未写入）") << "\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& v : verdicts) {
    std::string result = v.already_cleared ? "此前已消除" : v.cleared ? "风险消除" : "继续监测";
    std::string why;
    for (std::size_t i = 0; i < v.reasons.size(); ++i) why += (i ? "；" : "") + v.reasons[i];
    rows.push_back({v.household, v.head, v.village, result, why});
  }
  print_table(out, {"户", "户主", "村", "结论", "原因"}, rows);
}

int run_assess(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const std::string text = required_option(input, "month");
  const auto month = parse_month(text);
  if (!month) throw sdk::CommandError("--month 应为 YYYY-MM，不是 '" + text + "'");
  const bool apply = option(input, "dry-run").empty();
  const auto verdicts = assess_month(context, *month, apply);
  if (input.format == "json") {
    json report = verdicts_json(*month, verdicts);
    report["applied"] = apply;
    out << report.dump(2) << '\n';
  } else {
    print_verdicts(out, *month, verdicts, apply);
  }
  return 0;
}

// The month assessed: params.month, else the month before the run's period
// (a run opening on March's first workday assesses February, whose incomes are in).
Month review_month(const sdk::TaskView& task, const sdk::RunView& run,
                   const sdk::Context& context) {
  if (task.params.is_object() && task.params.contains("month")) {
    if (const auto month = parse_month(task.params["month"].get<std::string>())) return *month;
    throw std::invalid_argument("params.month 应为 YYYY-MM");
  }
  if (const auto period = parse_month(run.period)) return add_months(*period, -1);
  return add_months(*month_of(context.now()), -1);
}

sdk::TaskResult risk_review(const sdk::TaskView& task, const sdk::RunView& run,
                            sdk::Context& context) {
  const Month month = review_month(task, run, context);
  const auto verdicts = assess_month(context, month, true);
  return sdk::TaskResult::success(verdicts_summary(month, verdicts),
                                  verdicts_json(month, verdicts));
}

}  // namespace

void add_assessment_parts(sdk::Registry& registry) {
  registry.add_command({
      "assess",
      "按风险消除标准评估全部监测户：连续六个月人均收入高于监测线且三保障，无劳动能力户不消除",
      {
          {"month", "评估月份 YYYY-MM（看截至该月的连续月份收入）", true},
          {"dry-run", "只试算，不改监测户状态", false, true},
      },
      true,
      true,
      run_assess,
  });
  registry.add_task_kind({
      "village.risk-review",
      "每月自动评估监测户风险消除（默认评估上月）",
      {{sdk::field("month", sdk::FieldType::text)
            .describe("评估月份 YYYY-MM；默认运行周期的上月")}},
      risk_review,
  });
}

}  // namespace duban::village
