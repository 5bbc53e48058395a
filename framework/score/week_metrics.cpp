#include "score/week_metrics.hpp"

#include <algorithm>
#include <set>

#include "engine/reducer.hpp"

namespace duban {

namespace {

LocalDateTime day_start(Date date) {
  return {date, TimeOfDay{0}};
}

// Counts per person, before the rates are derived.
struct Counts {
  int tasks_due = 0, tasks_done = 0, tasks_on_time = 0, overdue = 0;
  int milestones_due = 0, milestones_met = 0;
  int chases = 0, extensions_requested = 0, extensions_approved = 0, escalations = 0;
};

double rate(int part, int whole) {
  return whole == 0 ? 1.0 : static_cast<double>(part) / whole;
}

// The window a week is judged over: [start, cutoff), cutoff = min(end, now).
struct Window {
  LocalDateTime start;
  LocalDateTime cutoff;
};

void count_task(Counts& c, const Task& t, const Window& w) {
  if (t.due >= w.start && t.due < w.cutoff) {
    ++c.tasks_due;
    if (t.state == TaskState::done) {
      ++c.tasks_done;
      if (t.done_at && *t.done_at <= t.due) ++c.tasks_on_time;
    } else {
      ++c.overdue;
    }
  }
  // Milestones falling due in the window, met by their time. A milestone
  // met by closing is due no earlier than the (extended) due, as for lights.
  for (const auto& m : t.milestones) {
    const LocalDateTime at = m.met_by == MetBy::done ? std::max(m.at, t.due) : m.at;
    if (at < w.start || at >= w.cutoff) continue;
    ++c.milestones_due;
    if (m.met_at && *m.met_at <= at) ++c.milestones_met;
  }
}

MetricValues values_of(const Counts& c) {
  return {{"tasks_due", c.tasks_due},
          {"tasks_done", c.tasks_done},
          {"tasks_on_time", c.tasks_on_time},
          {"overdue", c.overdue},
          {"on_time_rate", rate(c.tasks_on_time, c.tasks_due)},
          {"closure_rate", rate(c.tasks_done, c.tasks_due)},
          {"milestones_due", c.milestones_due},
          {"milestones_met", c.milestones_met},
          {"milestone_rate", rate(c.milestones_met, c.milestones_due)},
          {"chases", c.chases},
          {"extensions_requested", c.extensions_requested},
          {"extensions_approved", c.extensions_approved},
          {"escalations", c.escalations}};
}

}  // namespace

const std::vector<MetricInfo>& metric_infos() {
  static const std::vector<MetricInfo> infos{
      {"tasks_due", Msg::count_due, "tasks due in the week (up to now)", "", ""},
      {"tasks_done", Msg::count_done, "of those, closed", "", ""},
      {"tasks_on_time", Msg::count_on_time,
       "of those, closed by their (possibly extended) due time", "", ""},
      {"overdue", Msg::count_overdue, "of those, still open past their due time", "", ""},
      {"on_time_rate", Msg::on_time_rate, "tasks_on_time / tasks_due (1 when nothing was due)",
       "tasks_on_time", "tasks_due"},
      {"closure_rate", Msg::closure_rate, "tasks_done / tasks_due (1 when nothing was due)",
       "tasks_done", "tasks_due"},
      {"milestones_due", Msg::metric_milestones_due,
       "deadline-policy milestones falling due in the week", "", ""},
      {"milestones_met", Msg::metric_milestones_met, "of those, met by their time", "", ""},
      {"milestone_rate", Msg::metric_milestone_rate,
       "milestones_met / milestones_due (1 when none fell due)", "milestones_met",
       "milestones_due"},
      {"chases", Msg::metric_chases, "chases (催办) received on the person's tasks in the week", "",
       ""},
      {"extensions_requested", Msg::metric_extensions_requested,
       "extensions the person requested in the week", "", ""},
      {"extensions_approved", Msg::metric_extensions_approved,
       "extensions approved in the week on the person's tasks", "", ""},
      {"escalations", Msg::metric_escalations,
       "escalation steps taken on the person's tasks in the week", "", ""}};
  return infos;
}

const MetricInfo* metric_info(std::string_view name) {
  for (const auto& info : metric_infos()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

std::vector<std::string> metric_names() {
  std::vector<std::string> names;
  for (const auto& info : metric_infos()) names.emplace_back(info.name);
  return names;
}

std::map<std::string, MetricValues> week_metrics(Store& store, const Period& week,
                                                 LocalDateTime now,
                                                 const std::vector<std::string>& people) {
  const Window w{day_start(week.start), std::min(now, day_start(next_period(week).start))};
  std::map<std::string, Counts> counts;
  for (const auto& p : people) counts[p];
  // Tasks due from the week's start on hold every task due or with a
  // milestone in the week (a milestone is never after its task's due).
  TaskQuery query;
  query.due_from = w.start;
  std::map<std::string, std::vector<std::string>> owners_of;
  for (const auto& t : store.tasks(query)) {
    owners_of[t.id] = t.owners;
    if (t.state == TaskState::cancelled) continue;
    for (const auto& owner : t.owners) {
      if (auto it = counts.find(owner); it != counts.end()) count_task(it->second, t, w);
    }
  }
  EventQuery events;
  events.time_from = stored_time(w.start);
  events.time_to = stored_time(w.cutoff);
  for (const auto& e : store.events(events)) {
    if (e.type == event_type::extension_requested) {
      if (auto it = counts.find(e.actor); it != counts.end()) ++it->second.extensions_requested;
      continue;
    }
    int Counts::*field = e.type == event_type::task_chased          ? &Counts::chases
                         : e.type == event_type::task_escalated     ? &Counts::escalations
                         : e.type == event_type::extension_approved ? &Counts::extensions_approved
                                                                    : nullptr;
    if (!field || e.task.empty()) continue;
    auto owners = owners_of.find(e.task);
    if (owners == owners_of.end()) {  // a task due before the week
      auto task = store.task(e.task);
      owners = owners_of.emplace(e.task, task ? task->owners : std::vector<std::string>{}).first;
    }
    for (const auto& owner : owners->second) {
      if (auto it = counts.find(owner); it != counts.end()) ++(it->second.*field);
    }
  }
  std::map<std::string, MetricValues> out;
  for (const auto& [person, c] : counts) out[person] = values_of(c);
  return out;
}

}  // namespace duban
