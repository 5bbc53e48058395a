// The 创文创卫 section of `duban status --day/--week`: areas covered by
// patrols, open problems by age, volunteer hours this week by team and person.

#include <cstdio>

#include "dates.hpp"
#include "figures.hpp"
#include "registrations.hpp"
#include "store.hpp"

namespace civilization {
namespace {

std::string hours_text(double hours) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", hours);
  return text;
}

std::vector<std::string> summary_lines(const Figures& f, bool day) {
  const std::string when = day ? "今日" : "本周";
  std::size_t people = f.hours_by_person.size();
  return {
      "责任区 " + std::to_string(f.areas.size()) + " 个，" + when + "巡查覆盖 " +
          std::to_string(f.areas_covered) + " 个；日行动巡查完成 " +
          std::to_string(f.patrols_done) + "/" + std::to_string(f.patrols) + " 项",
      when + "发现问题 " + std::to_string(f.found) + " 个，整改完成 " +
          std::to_string(f.rectified) + " 个，销号 " + std::to_string(f.closed) + " 个；未销号 " +
          std::to_string(f.open.size()) + " 个（逾期 " + std::to_string(f.overdue_open) + " 个）",
      "本周志愿服务时长 " + hours_text(f.hours_total) + " 小时，" + std::to_string(people) +
          " 人（" + chinese_date(f.period.hours_start) + "至" + chinese_date(f.period.end) + "）"};
}

duban::sdk::SectionTable coverage_table(duban::sdk::Context& context, const Figures& f) {
  duban::sdk::SectionTable table{
      "责任区巡查", {"责任区", "类型", "服务队", "包片领导", "巡查完成", "发现问题"}, {}};
  for (const auto& c : f.areas) {
    table.rows.push_back({c.area.name, area_kind_label(c.area.kind),
                          team_name(context, c.area.team), person_name(context, c.area.cadre),
                          std::to_string(c.done) + "/" + std::to_string(c.patrols),
                          std::to_string(c.findings)});
  }
  return table;
}

duban::sdk::SectionTable age_table(const Figures& f) {
  duban::sdk::SectionTable table{"未销号问题（按发现天数）", {"发现天数", "问题数"}, {}};
  for (std::size_t i = 0; i < f.open_by_age.size(); ++i) {
    table.rows.push_back(
        {age_bucket_label(static_cast<AgeBucket>(i)), std::to_string(f.open_by_age.at(i))});
  }
  return table;
}

duban::sdk::SectionTable open_table(duban::sdk::Context& context, const Figures& f) {
  duban::sdk::SectionTable table{
      "未销号问题清单", {"编号", "责任区", "问题", "天数", "整改期限", "状态", "逾期"}, {}};
  for (const auto& a : f.open) {
    const auto area = load_area(context.records(), a.finding.area);
    table.rows.push_back({a.finding.id, area ? area->name : a.finding.area, a.finding.description,
                          std::to_string(a.age_days), a.finding.deadline,
                          finding_status_label(a.finding.status), a.finding.overdue ? "是" : ""});
  }
  return table;
}

duban::sdk::SectionTable team_hours_table(duban::sdk::Context& context, const Figures& f) {
  duban::sdk::SectionTable table{
      "志愿服务时长（按服务队）", {"服务队", "人数", "人次", "小时"}, {}};
  for (const auto& t : f.hours_by_team) {
    table.rows.push_back({t.key.empty() ? "（未编队）" : team_name(context, t.key),
                          std::to_string(t.people), std::to_string(t.records),
                          hours_text(t.hours)});
  }
  return table;
}

duban::sdk::SectionTable person_hours_table(duban::sdk::Context& context, const Figures& f) {
  duban::sdk::SectionTable table{"志愿服务时长（按人员）", {"姓名", "服务队", "人次", "小时"}, {}};
  for (const auto& t : f.hours_by_person) {
    const std::string team = team_of(context, t.key);
    table.rows.push_back({person_name(context, t.key), team.empty() ? "" : team_name(context, team),
                          std::to_string(t.records), hours_text(t.hours)});
  }
  return table;
}

duban::sdk::ReportSection build(const duban::sdk::SectionRequest& request,
                                duban::sdk::Context& context) {
  const Figures figures = gather_figures(context, request.start, request.end, request.person);
  duban::sdk::ReportSection section;
  section.title = "创文创卫";
  section.lines = summary_lines(figures, request.kind == "day");
  section.tables = {coverage_table(context, figures), age_table(figures)};
  if (!figures.open.empty()) section.tables.push_back(open_table(context, figures));
  section.tables.push_back(team_hours_table(context, figures));
  section.tables.push_back(person_hours_table(context, figures));
  section.data = to_json(figures);
  section.data["kind"] = request.kind;
  section.data["report_period"] = request.period;
  return section;
}

}  // namespace

duban::sdk::SectionProvider campaign_section() {
  return {"civilization", "创文创卫：责任区巡查覆盖、未销号问题按天数、本周志愿服务时长", build};
}

}  // namespace civilization
