#include "web/pages/task_lists.hpp"

#include <algorithm>

#include "web/pages/html.hpp"
#include "web/pages/layout.hpp"

namespace duban::web {

namespace {

int light_rank(Light light) {
  switch (light) {
    case Light::red: return 0;
    case Light::yellow: return 1;
    case Light::green: return 2;
    case Light::none: break;
  }
  return 3;
}

std::string milestone_cell(const Messages& m, const StatusItem& item) {
  if (item.light.milestone.empty()) return "";
  std::string out =
      html::esc(milestone_label(item.light, m)) + " " + short_time(item.light.milestone_at);
  if (item.light.days_late > 0)
    out += " <span class=\"late\">" +
           m(Msg::days_late_badge, {std::to_string(item.light.days_late)}) + "</span>";
  return out;
}

}  // namespace

std::vector<StatusItem> lit_tasks(const Workspace& ws, std::vector<Task> tasks, LocalDateTime now) {
  std::vector<StatusItem> out;
  out.reserve(tasks.size());
  for (auto& t : tasks) {
    // As in status: a task has a light once it has been handed over.
    LightAssessment light;
    if (t.handed_over(now))
      light = assess_light(t, now, policy_for_task(ws.definitions(), t), ws.calendar);
    out.push_back({std::move(t), std::move(light)});
  }
  std::stable_sort(out.begin(), out.end(), [](const StatusItem& a, const StatusItem& b) {
    const int ra = light_rank(a.light.light);
    const int rb = light_rank(b.light.light);
    if (ra != rb) return ra < rb;
    if (ra == 0 && a.light.days_late != b.light.days_late)
      return a.light.days_late > b.light.days_late;
    return a.task.due < b.task.due;
  });
  return out;
}

std::string task_table(const Messages& m, const Workspace& ws, std::span<const StatusItem> items,
                       std::string_view empty) {
  if (items.empty()) return "<p class=\"empty\">" + html::esc(empty) + "</p>";
  std::vector<std::vector<std::string>> rows;
  for (const auto& item : items) {
    rows.push_back({light_badge(m, item.light.light), task_link(item.task),
                    people_names(m, ws.org, item.task.owners), short_time(item.task.due),
                    state_badge(m, item.task.state), milestone_cell(m, item),
                    item.task.chases > 0 ? std::to_string(item.task.chases) : ""});
  }
  return html::table("tasks",
                     headings(m, {Msg::light, Msg::task, Msg::owners, Msg::due, Msg::status,
                                  Msg::milestone, Msg::chases}),
                     rows);
}

std::string more_line(const Messages& m, std::size_t shown, std::size_t total) {
  if (shown >= total) return "";
  return "<p class=\"more\">" + m(Msg::more_line, {std::to_string(total - shown)}) + "</p>";
}

}  // namespace duban::web
