// `duban village household add|set|list|show`: the monitored households.

#include <ostream>

#include "cli_support.hpp"
#include "parts.hpp"
#include "record_types.hpp"
#include "settings.hpp"

namespace duban::village {
namespace {

using nlohmann::json;

// Risk types given as ids or Chinese names, stored as ids.
json parse_risks(const std::string& text) {
  json ids = json::array();
  for (const auto& item : split_list(text)) {
    const auto term = find_term(risk_types(), item);
    if (!term) {
      throw sdk::CommandError("未知风险类型 '" + item + "'，可选：" + list_terms(risk_types()));
    }
    ids.push_back(term->id);
  }
  return ids;
}

// Copies the options that were given onto `data` (add and set share it).
void apply_options(const sdk::CommandInput& input, const Settings& settings, json& data) {
  auto given = [&](const char* name) { return !option(input, name).empty(); };
  if (given("head")) data["head"] = option(input, "head");
  if (given("members")) data["members"] = parse_count("members", option(input, "members"), 1, 30);
  if (given("village")) data["village"] = option(input, "village");
  if (given("category")) {
    const auto term = find_term(settings.categories, option(input, "category"));
    if (!term) {
      throw sdk::CommandError("未知类别 '" + option(input, "category") + "'，可选：" +
                              list_terms(settings.categories));
    }
    data["category"] = term->id;
  }
  if (given("risks")) data["risks"] = parse_risks(option(input, "risks"));
  if (given("income")) data["income"] = parse_amount("income", option(input, "income"));
  if (given("labour")) data["labour"] = parse_yes_no("labour", option(input, "labour"));
  if (given("guarantees")) {
    data["guarantees"] = parse_yes_no("guarantees", option(input, "guarantees"));
  }
  if (given("large-costs")) {
    data["large_costs"] = parse_yes_no("large-costs", option(input, "large-costs"));
  }
  if (given("cadre")) data["cadre"] = option(input, "cadre");
  if (given("identified")) data["identified_on"] = option(input, "identified");
  if (given("note")) data["note"] = option(input, "note");
}

void check_village_exists(sdk::Context& context, const json& data) {
  const std::string village = data.value("village", "");
  if (!context.records().get(type::village, village)) {
    throw sdk::CommandError("没有村 '" + village + "'：先用 duban village village add 登记");
  }
}

int add_or_set(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out,
               bool adding) {
  if (context.actor().empty()) throw sdk::CommandError("登记监测户需要 --as");
  const Settings settings = read_settings(context.config());
  const std::string id = required_option(input, "id");
  check_id("监测户", id);
  const auto existing = context.records().get(type::household, id);
  if (adding && existing)
    throw sdk::CommandError("监测户 '" + id + "' 已存在：用 household set 修改");
  if (!adding && !existing) throw sdk::CommandError("没有监测户 '" + id + "'");
  json data = existing ? existing->data : json::object();
  if (adding) data["identified_on"] = today(context);
  apply_options(input, settings, data);
  check_village_exists(context, data);
  const auto stored = context.records().put(type::household, id, data);
  out << (adding ? "已登记监测户 " : "已更新监测户 ") << id << "（" << stored.data.value("head", "")
      << "，" << category_name(settings, stored.data["category"]) << "）\n";
  return 0;
}

std::vector<std::string> household_row(const sdk::Record& r, const Settings& settings,
                                       const sdk::Context& context) {
  const json& d = r.data;
  const bool cleared = d.value("state", "monitored") == "cleared";
  return {r.id,
          d.value("head", ""),
          d.value("village", ""),
          category_name(settings, d.value("category", "")),
          std::to_string(d.value("members", 0)),
          d.contains("income") ? format_yuan(d["income"].get<double>()) : "",
          d.value("labour", true) ? "有" : "无",
          d.value("guarantees", false) ? "是" : "否",
          d.contains("cadre") ? person_name(context, d["cadre"]) : "",
          cleared ? "已消除 " + d.value("cleared_on", "") : "监测中"};
}

int list(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const Settings settings = read_settings(context.config());
  sdk::RecordQuery query{type::household, {}, 0};
  if (!option(input, "village").empty())
    query.equals.emplace_back("village", option(input, "village"));
  if (!option(input, "state").empty()) query.equals.emplace_back("state", option(input, "state"));
  if (!option(input, "category").empty()) {
    const auto term = find_term(settings.categories, option(input, "category"));
    query.equals.emplace_back("category", term ? term->id : option(input, "category"));
  }
  const auto records = context.records().find(query);
  if (input.format == "json") {
    json list = json::array();
    for (const auto& r : records) list.push_back(json{{"id", r.id}, {"data", r.data}});
    out << json{{"households", list}}.dump(2) << '\n';
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  rows.reserve(records.size());
  for (const auto& r : records) rows.push_back(household_row(r, settings, context));
  print_table(out,
              {"户", "户主", "村", "类别", "人口", "年人均收入", "劳动能力", "三保障", "帮扶责任人",
               "风险状态"},
              rows);
  return 0;
}

int show(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const std::string id = required_option(input, "id");
  const auto record = context.records().get(type::household, id);
  if (!record) throw sdk::CommandError("没有监测户 '" + id + "'");
  const auto incomes = context.records().find({type::income, {{"household", id}}, 0});
  json income = json::object();
  for (const auto& r : incomes) income[r.data.value("month", "")] = r.data["amount"];
  out << json{{"id", id}, {"data", record->data}, {"income", income}}.dump(2) << '\n';
  return 0;
}

int run(const sdk::CommandInput& input, sdk::Context& context, std::ostream& out) {
  const std::string action = action_of(input, "list");
  if (action == "add") return add_or_set(input, context, out, true);
  if (action == "set") return add_or_set(input, context, out, false);
  if (action == "list") return list(input, context, out);
  if (action == "show") return show(input, context, out);
  throw sdk::CommandError("household 的动作是 add、set、list 或 show，不是 '" + action + "'");
}

}  // namespace

void add_household_command(sdk::Registry& registry) {
  registry.add_command({
      "household",
      "监测户：add 登记、set 修改、list 列表、show 详情（含月收入）",
      {
          {"id", "户 id（英文，如 xiaohe-001）"},
          {"head", "户主姓名"},
          {"members", "家庭人口"},
          {"village", "所在村 id"},
          {"category", "类别：unstable/marginal/sudden 或其中文名称"},
          {"risks",
           "风险类型，逗号分隔：illness, disability, schooling, disaster, accident, "
           "business, job, labour, housing, water（或中文名）"},
          {"income", "年人均纯收入（元）"},
          {"labour", "有劳动能力 yes/no"},
          {"guarantees", "两不愁三保障及饮水安全均已保障 yes/no"},
          {"large-costs", "有未解决的大额刚性支出 yes/no"},
          {"cadre", "帮扶责任人（人员 id）"},
          {"identified", "纳入监测日期（默认今天）"},
          {"state", "list：按风险状态筛选 monitored/cleared"},
          {"note", "备注"},
      },
      true,
      false,
      run,
  });
}

}  // namespace duban::village
