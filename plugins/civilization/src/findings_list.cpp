// `duban civilization findings`: the problems not yet closed, oldest first,
// so the campaign office sees what is lagging (the monthly notice names laggards).

#include <algorithm>

#include "command_input.hpp"
#include "dates.hpp"
#include "finding_status.hpp"
#include "registrations.hpp"
#include "store.hpp"
#include "text_table.hpp"

namespace civilization {
namespace {

bool selected(const Finding& f, const duban::sdk::CommandInput& input) {
  const std::string area = option(input, "area");
  const std::string status = option(input, "status");
  if (!area.empty() && f.area != area) return false;
  if (!status.empty()) return f.status == status;
  return flag(input, "all") || f.status != "closed";
}

TextTable findings_table(duban::sdk::Context& context, const std::vector<Finding>& findings,
                         const std::string& today) {
  TextTable table{
      {"编号", "责任区", "问题", "发现人", "发现日期", "天数", "整改期限", "状态", "逾期"}, {}};
  for (const auto& f : findings) {
    const auto area = load_area(context.records(), f.area);
    table.rows.push_back({f.id, area ? area->name : f.area, f.description,
                          person_name(context, f.found_by), date_part(f.found_at),
                          std::to_string(days_between(f.found_at, today)), f.deadline,
                          finding_status_label(f.status), f.overdue ? "是" : ""});
  }
  return table;
}

int list_findings(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
                  std::ostream& out) {
  const std::string today = date_part(context.now());
  std::vector<Finding> findings;
  for (auto& f : load_findings(context.records())) {
    if (selected(f, input)) findings.push_back(std::move(f));
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](auto& a, auto& b) { return a.found_at < b.found_at; });
  if (input.format == "json") {
    auto rows = nlohmann::json::array();
    for (const auto& f : findings) {
      auto row = to_json(f);
      row["id"] = f.id;
      row["age_days"] = days_between(f.found_at, today);
      rows.push_back(row);
    }
    out << rows.dump(2) << "\n";
    return 0;
  }
  if (findings.empty() && input.format == "table") {
    out << "没有未销号的问题。\n";
    return 0;
  }
  out << render_table(findings_table(context, findings, today), input.format);
  return 0;
}

}  // namespace

duban::sdk::Command findings_command() {
  return {"findings",
          "列出未销号的问题（按发现时间，最久的在前）",
          {{"area", "只看这个责任区", false, false},
           {"status", "只看这个状态：open, rectified, checked, closed", false, false},
           {"all", "包括已销号的问题", false, true}},
          false,
          false,
          list_findings};
}

}  // namespace civilization
