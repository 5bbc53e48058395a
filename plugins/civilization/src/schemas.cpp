#include "schemas.hpp"

#include "finding_status.hpp"
#include "model.hpp"

namespace civilization {

using duban::sdk::field;
using duban::sdk::FieldType;

duban::sdk::RecordType area_record_type() {
  return {area_type,
          "创文责任区：无主楼院、路长路段、交通文明岗",
          {{field("kind", FieldType::choice)
                .required()
                .choices(area_kinds())
                .describe("compound 无主楼院, road-section 路长路段, traffic-post 交通文明岗"),
            field("name", FieldType::text).required().describe("名称"),
            field("team", FieldType::team).required().describe("负责的志愿服务队"),
            field("cadre", FieldType::person).describe("包片领导"),
            field("location", FieldType::text).describe("位置、范围"),
            field("active", FieldType::boolean).default_to(true).describe("停用后不再派巡查")}}};
}

duban::sdk::RecordType finding_record_type() {
  return {finding_type,
          "巡查发现的问题：整改 → 回头看 → 销号",
          {{field("area", FieldType::text).required().describe("责任区 id"),
            field("found_by", FieldType::person).required().describe("发现人"),
            field("found_at", FieldType::datetime).required().describe("发现时间"),
            field("description", FieldType::text).required().describe("问题描述"),
            field("photos", FieldType::text_list).describe("照片、佐证材料"),
            field("deadline", FieldType::date).required().describe("整改期限"),
            field("status", FieldType::choice)
                .required()
                .choices(finding_statuses())
                .describe("open 待整改, rectified 已整改, checked 已回头看, closed 已销号"),
            field("overdue", FieldType::boolean).default_to(false).describe("整改逾期"),
            field("patrol_task", FieldType::text).describe("发现问题的巡查任务"),
            field("rectify_task", FieldType::text).describe("整改任务"),
            field("check_task", FieldType::text).describe("回头看任务"),
            field("rectified_at", FieldType::datetime).describe("整改完成时间"),
            field("checked_at", FieldType::datetime).describe("回头看时间"),
            field("closed_at", FieldType::datetime).describe("销号时间"),
            field("overdue_at", FieldType::datetime).describe("标记逾期的时间"),
            field("round", FieldType::integer)
                .range(1, std::nullopt)
                .default_to(1)
                .describe("整改轮次：回头看不合格后加一")}}};
}

duban::sdk::RecordType hours_record_type() {
  return {hours_type,
          "志愿服务时长：人员、活动、地点、起止时间、时长、核实人",
          {{field("person", FieldType::person).required().describe("志愿者"),
            field("team", FieldType::team).describe("所属志愿服务队"),
            field("activity", FieldType::text).required().describe("活动"),
            field("place", FieldType::text).describe("地点"),
            field("start", FieldType::datetime).required().describe("开始时间"),
            field("end", FieldType::datetime).required().describe("结束时间"),
            field("hours", FieldType::number).required().range(0, 24).describe("时长（小时）"),
            field("verified_by", FieldType::person).required().describe("核实人")}}};
}

duban::sdk::Schema config_schema() {
  return {{field("campaign_lead", FieldType::person)
               .describe("创文办负责人：周调度会的责任人，也可负责回头看"),
           field("rectify_workdays", FieldType::integer)
               .range(1, 30)
               .default_to(3)
               .describe("整改期限：发现后几个工作日（--deadline 可另定）"),
           field("check_workdays", FieldType::integer)
               .range(1, 30)
               .default_to(2)
               .describe("回头看期限：整改完成后几个工作日"),
           field("rectify_owner", FieldType::choice)
               .choices({"cadre", "team-leader"})
               .default_to("cadre")
               .describe("整改责任人：cadre 包片领导（无则队长）或 team-leader 队长"),
           field("check_by", FieldType::choice)
               .choices({"team-leader", "finder", "campaign-lead"})
               .default_to("team-leader")
               .describe("回头看责任人：队长、发现人或创文办负责人"),
           field("policy", FieldType::text)
               .default_to("")
               .describe("整改、回头看任务的办理时限政策（空为工作区默认）"),
           field("max_activity_hours", FieldType::number)
               .range(0.5, 24)
               .default_to(12)
               .describe("单次志愿服务时长上限（小时）")}};
}

Config read_config(const nlohmann::json& table) {
  Config config;
  if (!table.is_object()) return config;
  config.campaign_lead = table.value("campaign_lead", std::string());
  config.rectify_workdays = table.value("rectify_workdays", 3);
  config.check_workdays = table.value("check_workdays", 2);
  config.rectify_owner = table.value("rectify_owner", std::string("cadre"));
  config.check_by = table.value("check_by", std::string("team-leader"));
  config.policy = table.value("policy", std::string());
  config.max_activity_hours = table.value("max_activity_hours", 12.0);
  return config;
}

}  // namespace civilization
