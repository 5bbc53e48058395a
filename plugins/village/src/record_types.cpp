#include "record_types.hpp"

#include "catalogue.hpp"

namespace duban::village {
namespace {

using sdk::field;
using sdk::FieldType;

std::vector<std::string> ids_of(const std::vector<Term>& terms) {
  std::vector<std::string> ids;
  ids.reserve(terms.size());
  for (const auto& term : terms) ids.push_back(term.id);
  return ids;
}

sdk::RecordType village_type() {
  return {type::village,
          "帮扶村：村名、乡镇、驻村工作队、包村领导",
          {{
              field("name", FieldType::text).required().describe("村名"),
              field("township", FieldType::text).describe("所属乡镇"),
              field("team", FieldType::text_list).describe("驻村工作队队员（姓名或人员id）"),
              field("leaders", FieldType::text_list).describe("包村领导（人员id），每月走访"),
              field("note", FieldType::text).describe("备注"),
          }}};
}

sdk::RecordType household_type() {
  return {
      type::household,
      "防止返贫监测户：类别、风险类型、人均收入、劳动能力、三保障、帮扶责任人",
      {{
          field("head", FieldType::text).required().describe("户主姓名"),
          field("members", FieldType::integer).required().range(1, 30).describe("家庭人口"),
          field("village", FieldType::text).required().describe("所在村（村id）"),
          field("category", FieldType::choice)
              .required()
              .choices(ids_of(default_categories()))
              .describe("监测类别"),
          field("risks", FieldType::text_list)
              .default_to(nlohmann::json::array())
              .describe("风险类型 id"),
          field("income", FieldType::number).range(0, std::nullopt).describe("年人均纯收入（元）"),
          field("labour", FieldType::boolean).default_to(true).describe("有劳动能力"),
          field("guarantees", FieldType::boolean)
              .default_to(false)
              .describe("两不愁三保障及饮水安全均已保障"),
          field("large_costs", FieldType::boolean)
              .default_to(false)
              .describe("有未解决的大额刚性支出"),
          field("cadre", FieldType::person).describe("帮扶责任人"),
          field("state", FieldType::choice)
              .choices({"monitored", "cleared"})
              .default_to("monitored")
              .describe("风险状态：监测中 / 已消除"),
          field("cleared_on", FieldType::date).describe("风险消除日期"),
          field("identified_on", FieldType::date).describe("纳入监测日期"),
          field("note", FieldType::text).describe("备注"),
      }}};
}

sdk::RecordType income_type() {
  return {type::income,
          "监测户月度人均收入",
          {{
              field("household", FieldType::text).required().describe("监测户 id"),
              field("month", FieldType::text).required().describe("月份 YYYY-MM"),
              field("amount", FieldType::number)
                  .required()
                  .range(0, std::nullopt)
                  .describe("当月人均收入（元）"),
              field("note", FieldType::text).describe("备注"),
          }}};
}

sdk::RecordType visit_type() {
  return {type::visit,
          "局领导到村走访：听取汇报、协调资源",
          {{
              field("village", FieldType::text).required().describe("村 id"),
              field("leader", FieldType::person).required().describe("走访领导"),
              field("date", FieldType::date).required().describe("走访日期"),
              field("month", FieldType::text).required().describe("所属月份 YYYY-MM"),
              field("issues", FieldType::text).describe("听取的问题和诉求"),
              field("resources", FieldType::text).describe("协调的资源（如水泵）"),
              field("with", FieldType::text_list).describe("同行人员"),
              field("task", FieldType::text).describe("办结的走访任务 id"),
          }}};
}

sdk::RecordType measure_type() {
  return {type::measure,
          "帮扶措施：作为任务交帮扶干部办理",
          {{
              field("household", FieldType::text).required().describe("监测户 id"),
              field("type", FieldType::choice)
                  .required()
                  .choices(ids_of(measure_terms()))
                  .describe("措施类型"),
              field("owner", FieldType::person).required().describe("责任干部"),
              field("due", FieldType::date).required().describe("完成期限"),
              field("task", FieldType::text).describe("对应任务 id"),
              field("status", FieldType::choice)
                  .choices({"open", "done"})
                  .default_to("open")
                  .describe("办理中 / 已完成"),
              field("outcome", FieldType::text).describe("成效（如已就业）"),
              field("people", FieldType::integer)
                  .range(0, 30)
                  .default_to(1)
                  .describe("就业类措施帮助就业的人数"),
              field("done_on", FieldType::date).describe("完成日期"),
              field("overdue", FieldType::boolean).default_to(false).describe("已逾期"),
              field("overdue_on", FieldType::date).describe("发现逾期的日期"),
              field("created_by", FieldType::person).describe("登记人"),
              field("note", FieldType::text).describe("说明"),
          }}};
}

sdk::RecordType assessment_type() {
  return {type::assessment,
          "风险消除评估（按月），记录结论和原因",
          {{
              field("month", FieldType::text).required().describe("评估月份 YYYY-MM"),
              field("by", FieldType::text).describe("评估人（空为自动任务）"),
              field("at", FieldType::text).describe("评估时间"),
              field("cleared", FieldType::text_list).describe("本次消除风险的户"),
              field("kept", FieldType::text_list).describe("继续监测的户及原因"),
          }}};
}

}  // namespace

std::vector<sdk::RecordType> record_types() {
  return {village_type(), household_type(), income_type(),
          visit_type(),   measure_type(),   assessment_type()};
}

}  // namespace duban::village
