#include "settings.hpp"

namespace duban::village {

using sdk::field;
using sdk::FieldType;

sdk::Schema settings_schema() {
  const auto& categories = default_categories();
  return {{
      field("line", FieldType::number)
          .describe("监测线：年人均纯收入（元），逐年由省里确定")
          .range(0, std::nullopt)
          .default_to(8050),
      field("stable_months", FieldType::integer)
          .describe("风险消除所需连续高于监测线的月数")
          .range(1, 36)
          .default_to(6),
      field("category_unstable", FieldType::text)
          .describe("类别 unstable 的名称")
          .default_to(categories[0].name),
      field("category_marginal", FieldType::text)
          .describe("类别 marginal 的名称")
          .default_to(categories[1].name),
      field("category_sudden", FieldType::text)
          .describe("类别 sudden 的名称")
          .default_to(categories[2].name),
      field("pairings", FieldType::text_list)
          .describe("包村领导与帮扶村：\"人员id:村id\"，如 \"li-wenhua:xiaohe\"")
          .default_to(nlohmann::json::array()),
      field("visit_due_day", FieldType::integer)
          .describe("每月走访截止日（几号；遇节假日提前到之前的工作日）")
          .range(1, 31)
          .default_to(25),
      field("visit_policy", FieldType::text)
          .describe("走访任务的办理时限（policy id；空为工作区默认）")
          .default_to(""),
      field("measure_policy", FieldType::text)
          .describe("帮扶措施任务的办理时限（policy id；空为工作区默认）")
          .default_to(""),
  }};
}

namespace {

// The core fills in defaults, but a missing key still reads as the default
// here so that a plugin tested against a bare {} behaves the same.
template <typename T>
T value_or(const nlohmann::json& config, const char* key, T fallback) {
  if (!config.is_object() || !config.contains(key) || config.at(key).is_null()) return fallback;
  return config.at(key).get<T>();
}

}  // namespace

Settings read_settings(const nlohmann::json& config) {
  Settings settings;
  settings.rule.line = value_or(config, "line", 8050.0);
  settings.rule.stable_months = value_or(config, "stable_months", 6);
  settings.categories = default_categories();
  for (auto& category : settings.categories) {
    category.name = value_or(config, ("category_" + category.id).c_str(), category.name);
  }
  settings.pairings = parse_pairings(value_or(config, "pairings", std::vector<std::string>{}));
  settings.visit_due_day = value_or(config, "visit_due_day", 25);
  settings.visit_policy = value_or(config, "visit_policy", std::string{});
  settings.measure_policy = value_or(config, "measure_policy", std::string{});
  return settings;
}

std::string category_name(const Settings& settings, const std::string& id) {
  const auto term = find_term(settings.categories, id);
  return term ? term->name : id;
}

}  // namespace duban::village
