// `duban civilization area add|list`: the responsibility areas (责任区)
// each team patrols and each leading cadre takes charge of (包片).

#include <algorithm>
#include <cctype>

#include "command_input.hpp"
#include "registrations.hpp"
#include "store.hpp"
#include "text_table.hpp"

namespace civilization {
namespace {

// Ids go into task keys and command lines: keep them to ASCII letters,
// digits and '-'.
bool is_area_id(const std::string& id) {
  return !id.empty() && std::ranges::all_of(id, [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
  });
}

Area read_area(const duban::sdk::CommandInput& input, duban::sdk::Context& context) {
  Area area;
  area.id = option(input, "id");
  if (!is_area_id(area.id)) {
    throw duban::sdk::CommandError("--id '" + area.id + "' 只能用字母、数字和 -");
  }
  const auto kind = parse_area_kind(option(input, "kind"));
  if (!kind) {
    throw duban::sdk::CommandError("--kind '" + option(input, "kind") +
                                   "' 应为 compound（无主楼院）、road-section（路长路段）或 "
                                   "traffic-post（交通文明岗）");
  }
  area.kind = *kind;
  area.name = option(input, "name");
  area.team = option(input, "team");
  if (!context.team(area.team)) throw duban::sdk::CommandError("服务队 '" + area.team + "' 不存在");
  area.cadre = option(input, "cadre");
  if (!area.cadre.empty() && !context.person(area.cadre)) {
    throw duban::sdk::CommandError("包片领导 '" + area.cadre + "' 不存在");
  }
  area.location = option(input, "location");
  area.active = !flag(input, "inactive");
  return area;
}

int add_area(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
             std::ostream& out) {
  for (const char* required : {"id", "kind", "name", "team"}) {
    if (option(input, required).empty()) {
      throw duban::sdk::CommandError(std::string("area add 需要 --") + required);
    }
  }
  const Area area = read_area(input, context);
  const bool replacing = context.records().get(area_type, area.id).has_value();
  if (replacing && !flag(input, "replace")) {
    throw duban::sdk::CommandError("责任区 " + area.id + " 已存在（修改请加 --replace）");
  }
  context.records().put(area_type, area.id, to_json(area));
  out << (replacing ? "已更新" : "已添加") << "责任区 " << area.id << "：" << area.name << "（"
      << area_kind_label(area.kind) << "，" << team_name(context, area.team) << "）\n";
  return 0;
}

int list_areas(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
               std::ostream& out) {
  const auto areas = load_areas(context.records());
  if (input.format == "json") {
    auto rows = nlohmann::json::array();
    for (const auto& a : areas) {
      auto row = to_json(a);
      row["id"] = a.id;
      rows.push_back(row);
    }
    out << rows.dump(2) << "\n";
    return 0;
  }
  TextTable table{{"编号", "名称", "类型", "服务队", "包片领导", "位置", "状态"}, {}};
  for (const auto& a : areas) {
    table.rows.push_back({a.id, a.name, area_kind_label(a.kind), team_name(context, a.team),
                          person_name(context, a.cadre), a.location, a.active ? "在用" : "停用"});
  }
  out << render_table(table, input.format);
  return 0;
}

int run_area(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
             std::ostream& out) {
  const std::string action = input.arguments.empty() ? "list" : input.arguments.front();
  if (action == "add") return add_area(input, context, out);
  if (action == "list") return list_areas(input, context, out);
  throw duban::sdk::CommandError("area " + action + "：应为 area add 或 area list");
}

}  // namespace

duban::sdk::Command area_command() {
  return {
      "area",
      "责任区：area add --id --kind --name --team [--cadre --location]；area list",
      {{"id", "责任区 id（字母、数字、-）", false, false},
       {"kind", "compound 无主楼院、road-section 路长路段、traffic-post 交通文明岗", false, false},
       {"name", "名称", false, false},
       {"team", "负责的志愿服务队 id", false, false},
       {"cadre", "包片领导（人员 id）", false, false},
       {"location", "位置、范围", false, false},
       {"inactive", "停用（不再派巡查）", false, true},
       {"replace", "修改已有的责任区", false, true}},
      true,
      false,
      run_area};
}

}  // namespace civilization
