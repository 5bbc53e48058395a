// The tasks of the rectification loop and who owns them.

#include "rectification.hpp"

#include "dates.hpp"
#include "store.hpp"

namespace civilization {

// Titles carry a short form of the problem; the full text is in the description.
std::string short_text(const std::string& text) {
  constexpr std::size_t limit = 60;  // bytes: about 20 Chinese characters
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string rectify_owner(const duban::sdk::Context& context, const Config& config,
                          const Area& area) {
  if (config.rectify_owner == "cadre" && !area.cadre.empty()) return area.cadre;
  return team_leader(context, area.team);
}

std::string check_owner(const duban::sdk::Context& context, const Config& config, const Area& area,
                        const Finding& finding) {
  if (config.check_by == "campaign-lead" && !config.campaign_lead.empty()) {
    return config.campaign_lead;
  }
  const std::string leader = team_leader(context, area.team);
  // The finder checks when asked to, and when the area's team is gone.
  return config.check_by == "finder" || leader.empty() ? finding.found_by : leader;
}

std::vector<std::string> finding_tags(const Finding& finding, const char* step) {
  return {"civilization", step, area_tag(finding.area), "finding:" + finding.id};
}

duban::sdk::NewTask rectify_task_for(const Finding& finding, const Area& area,
                                     const std::string& owner, const Config& config) {
  duban::sdk::NewTask task;
  // A later round (after a failed 回头看) gets its own key: keys are unique in a run.
  task.key =
      "rectify-" + finding.id + (finding.round > 1 ? "-" + std::to_string(finding.round) : "");
  task.title = "整改：" + area.name + " " + short_text(finding.description);
  task.owners = {owner};
  task.due = finding.deadline;
  task.policy = config.policy;
  task.tags = finding_tags(finding, rectify_tag);
  task.description = "问题 " + finding.id + "（" + chinese_date(date_part(finding.found_at)) +
                     "巡查发现）：" + finding.description + "。整改后上传整改前后对比照片。";
  return task;
}

duban::sdk::NewTask check_task_for(const Finding& finding, const Area& area,
                                   const std::string& owner, const std::string& due,
                                   const Config& config) {
  duban::sdk::NewTask check;
  check.key =
      "check-" + finding.id + (finding.round > 1 ? "-" + std::to_string(finding.round) : "");
  check.title = "回头看：" + area.name + " " + short_text(finding.description);
  check.owners = {owner};
  check.due = due;
  check.policy = config.policy;
  check.tags = finding_tags(finding, check_tag);
  check.description = "核查问题 " + finding.id + " 的整改效果（" + finding.description +
                      "），对照整改前后照片；合格办结即销号，不合格用 "
                      "`duban civilization recheck --finding " +
                      finding.id + " --text …` 退回重新整改。";
  return check;
}

}  // namespace civilization
