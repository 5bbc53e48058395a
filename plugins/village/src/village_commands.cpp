// `duban village village add|list` (the assisted villages) and
// `duban village income` (a household's per-person income for a month).

#include <ostream>

#include "cli_support.hpp"
#include "month.hpp"
#include "parts.hpp"
#include "record_types.hpp"
#include "risk_rule.hpp"
#include "settings.hpp"

namespace duban::village {
namespace {

using nlohmann::json;

json checked_leaders(const sdk::Context& context, const std::string& text) {
  json leaders = json::array();
  for (const auto& id : split_list(text)) {
    if (!context.person(id)) throw sdk::CommandError("包村领导 '" + id + "' 不在组织机构中");
    leaders.push_back(id);
  }
  return leaders;
}

int add_village(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  if (context.actor().empty()) throw sdk::CommandError("登记村需要 --as");
  const std::string id = required_option(input, "id");
  check_id("村", id);
  const auto existing = context.records().get(type::village, id);
  json data = existing ? existing->data : json::object();
  data["name"] = existing && option(input, "name").empty() ? data["name"].get<std::string>()
                                                           : required_option(input, "name");
  if (!option(input, "township").empty()) data["township"] = option(input, "township");
  if (!option(input, "team").empty()) data["team"] = split_list(option(input, "team"));
  if (!option(input, "leaders").empty()) {
    data["leaders"] = checked_leaders(context, option(input, "leaders"));
  }
  if (!option(input, "note").empty()) data["note"] = option(input, "note");
  context.records().put(type::village, id, data);
  out << (existing ? "已更新村 " : "已登记村 ") << id << "（" << data["name"].get<std::string>()
      << "）\n";
  return 0;
}

std::string names_of(const sdk::Context& context, const json& ids) {
  std::string text;
  for (const auto& id : ids) {
    if (!text.empty()) text += "、";
    text += person_name(context, id.get<std::string>());
  }
  return text;
}

int list_villages(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const auto villages = context.records().find({type::village, {}, 0});
  if (input.format == "json") {
    json list = json::array();
    for (const auto& r : villages) list.push_back(json{{"id", r.id}, {"data", r.data}});
    out << json{{"villages", list}}.dump(2) << '\n';
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : villages) {
    const auto households = context.records().find({type::household, {{"village", r.id}}, 0});
    std::string team;
    for (const auto& member : r.data.value("team", json::array())) {
      team += (team.empty() ? "" : "、") + person_name(context, member.get<std::string>());
    }
    rows.push_back({r.id, r.data.value("name", ""), r.data.value("township", ""), team,
                    names_of(context, r.data.value("leaders", json::array())),
                    std::to_string(households.size())});
  }
  print_table(out, {"村", "村名", "乡镇", "驻村工作队", "包村领导", "监测户"}, rows);
  return 0;
}

int run_village(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const std::string action = action_of(input, "list");
  if (action == "add") return add_village(input, context, out);
  if (action == "list") return list_villages(input, context, out);
  throw sdk::CommandError("village 的动作是 add 或 list，不是 '" + action + "'");
}

int run_income(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const std::string household = required_option(input, "household");
  const std::string month_text = required_option(input, "month");
  const double amount = parse_amount("amount", required_option(input, "amount"));
  const auto month = parse_month(month_text);
  if (!month) throw sdk::CommandError("--month 应为 YYYY-MM，不是 '" + month_text + "'");
  if (!context.records().get(type::household, household)) {
    throw sdk::CommandError("没有监测户 '" + household + "'");
  }
  json data{{"household", household}, {"month", month_text}, {"amount", amount}};
  if (!option(input, "note").empty()) data["note"] = option(input, "note");
  // One entry per household and month: entering it again corrects it.
  context.records().put(type::income, household + "." + month_text, data);
  const Settings settings = read_settings(context.config());
  out << household << " " << month_title(*month) << "人均收入 " << format_yuan(amount) << " 元（"
      << (above_line(amount, settings.rule.line) ? "高于" : "未高于") << "监测线月均 "
      << format_yuan(settings.rule.line / 12.0) << " 元）\n";
  return 0;
}

}  // namespace

void add_village_commands(sdk::Registry& registry) {
  registry.add_command({
      "village",
      "帮扶村：add 登记或修改、list 列表",
      {
          {"id", "村 id（英文，如 xiaohe）"},
          {"name", "村名"},
          {"township", "所属乡镇"},
          {"team", "驻村工作队队员，逗号分隔（人员 id 或姓名）"},
          {"leaders", "包村领导（人员 id），逗号分隔"},
          {"note", "备注"},
      },
      true,
      false,
      run_village,
  });
  registry.add_command({
      "income",
      "录入监测户某月人均收入（再次录入即更正）",
      {
          {"household", "监测户 id", true},
          {"month", "月份 YYYY-MM", true},
          {"amount", "当月人均收入（元）", true},
          {"note", "备注"},
      },
      true,
      true,
      run_income,
  });
}

}  // namespace duban::village
