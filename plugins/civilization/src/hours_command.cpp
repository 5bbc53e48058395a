// `duban civilization hours`: one person's hours at one activity, entered
// by the verifier (--as) from the sign-in sheet (签到表).

#include "command_input.hpp"
#include "registrations.hpp"
#include "schemas.hpp"
#include "store.hpp"
#include "volunteer_hours.hpp"

namespace civilization {
namespace {

HoursEntry read_entry(const duban::sdk::CommandInput& input, duban::sdk::Context& context) {
  HoursEntry e;
  e.person = option(input, "person");
  if (!context.person(e.person)) throw duban::sdk::CommandError("人员 '" + e.person + "' 不存在");
  e.verified_by = context.actor();
  // Nobody verifies their own hours: the record is what the national system accepts.
  if (e.verified_by == e.person) throw duban::sdk::CommandError("志愿服务时长须由他人核实（--as）");
  e.team = option(input, "team").empty() ? team_of(context, e.person) : option(input, "team");
  if (!e.team.empty() && !context.team(e.team)) {
    throw duban::sdk::CommandError("服务队 '" + e.team + "' 不存在");
  }
  e.activity = option(input, "activity");
  e.place = option(input, "place");
  const auto computed = compute_hours(option(input, "start"), option(input, "end"), context.now(),
                                      read_config(context.config()).max_activity_hours);
  if (!computed.error.empty()) throw duban::sdk::CommandError(computed.error);
  e.start = computed.start;
  e.end = computed.end;
  e.hours = computed.hours;
  return e;
}

int record_hours(const duban::sdk::CommandInput& input, duban::sdk::Context& context,
                 std::ostream& out) {
  HoursEntry e = read_entry(input, context);
  e.id = next_sequence_id("hours", record_ids(context.records(), hours_type));
  context.records().put(hours_type, e.id, to_json(e));
  if (input.format == "json") {
    out << nlohmann::json{{"hours", e.id}, {"record", to_json(e)}}.dump(2) << "\n";
  } else {
    out << "已登记志愿服务时长 " << e.id << "：" << person_name(context, e.person) << " "
        << e.activity << " " << e.hours << " 小时（" << e.start << " 至 " << e.end << "，核实人 "
        << person_name(context, e.verified_by) << "）\n";
  }
  return 0;
}

}  // namespace

duban::sdk::Command hours_command() {
  return {"hours",
          "登记志愿服务时长（--as 为核实人）",
          {{"person", "志愿者（人员 id）", true, false},
           {"activity", "活动名称", true, false},
           {"start", "开始时间 YYYY-MM-DDTHH:MM", true, false},
           {"end", "结束时间 YYYY-MM-DDTHH:MM 或当天的 HH:MM", true, false},
           {"place", "地点", false, false},
           {"team", "服务队（默认为其所在的志愿服务队）", false, false}},
          true,
          true,
          record_hours};
}

}  // namespace civilization
