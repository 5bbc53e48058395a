#include "status/status_report.hpp"

#include <algorithm>

#include "engine/engine.hpp"
#include "engine/plugin_context.hpp"
#include "workflow/workflow_validator.hpp"

namespace duban {

namespace {

LocalDateTime day_start(Date date) {
  return {date, TimeOfDay{0}};
}

bool matches(const Task& t, const StatusFilter& f) {
  if (!f.unit.empty() && t.unit != f.unit) return false;
  if (!f.workflow.empty() && t.workflow != f.workflow) return false;
  if (!f.person.empty() && std::find(t.owners.begin(), t.owners.end(), f.person) == t.owners.end())
    return false;
  if (!f.tag.empty() && std::find(t.tags.begin(), t.tags.end(), f.tag) == t.tags.end())
    return false;
  return true;
}

std::vector<Task> load(Store& store, const StatusFilter& f, std::optional<LocalDateTime> from,
                       LocalDateTime to, bool open_only) {
  TaskQuery q;
  q.due_from = from;
  q.due_to = to;
  q.open_only = open_only;
  q.owner = f.person;
  q.unit = f.unit;
  q.workflow = f.workflow;
  auto tasks = store.tasks(q);
  std::erase_if(tasks,
                [&](const Task& t) { return !matches(t, f) || t.state == TaskState::cancelled; });
  return tasks;
}

void count_due(StatusCounts& c, const Task& t, LocalDateTime now) {
  ++c.due;
  if (t.state == TaskState::done) {
    ++c.done;
    if (t.done_at && *t.done_at <= t.due) ++c.done_on_time;
  } else if (t.due < now) {
    ++c.overdue;
  }
}

void count_light(StatusCounts& c, Light light) {
  if (light == Light::red) ++c.red;
  if (light == Light::yellow) ++c.yellow;
  if (light == Light::green) ++c.green;
}

// Applies `count` to the totals, the task's unit and each of its owners.
template <typename F>
void tally(StatusReport& r, const Task& t, F count) {
  count(r.totals);
  count(r.by_unit[t.unit]);
  for (const auto& owner : t.owners) count(r.by_person[owner]);
}

}  // namespace

Checked<Period> status_period(const std::optional<std::string>& day,
                              const std::optional<std::string>& week, Date today) {
  if (day && week) return Refusal{"give --day or --week, not both"};
  if (week) {
    if (week->empty()) return period_containing(today, PeriodKind::week);
    auto p = parse_period(*week);
    if (!p || p->kind != PeriodKind::week)
      return Refusal{"--week '" + *week + "' is not a week (YYYY-Www)"};
    return *p;
  }
  if (day && !day->empty()) {
    auto d = parse_date(*day);
    if (!d) return Refusal{"--day '" + *day + "' is not a date (YYYY-MM-DD)"};
    return period_containing(*d, PeriodKind::day);
  }
  return period_containing(today, PeriodKind::day);
}

StatusReport build_status(const Definitions& defs, Store& store, const Period& period,
                          LocalDateTime now, const StatusFilter& filter) {
  StatusReport r;
  r.period = period;
  r.now = now;
  const LocalDateTime start = day_start(period.start);
  const Period next = next_period(period);
  const LocalDateTime end = day_start(next.start);
  auto due_in_period = load(store, filter, start, end, false);
  auto overdue_before = load(store, filter, std::nullopt, start, true);
  for (const auto& t : due_in_period) {
    tally(r, t, [&](StatusCounts& c) { count_due(c, t, now); });
    count_due(r.by_run_day[t.run][format_date(t.due.date)], t, now);
  }
  // Records are moved into the lists, not copied: a week at 100,000 tasks
  // holds thousands of them, notes and all.
  auto assess = [&](Task& t) {
    LightAssessment light = assess_light(t, now, policy_for_task(defs, t), defs.calendar);
    if (light.light == Light::none) return;
    tally(r, t, [&](StatusCounts& c) { count_light(c, light.light); });
    if (light.light == Light::red)
      r.red.push_back({std::move(t), std::move(light)});
    else if (light.light == Light::yellow)
      r.yellow.push_back({std::move(t), std::move(light)});
  };
  for (auto& t : overdue_before) assess(t);
  for (auto& t : due_in_period) {
    // Closed tasks have no light; open ones only once they have started.
    if (t.state == TaskState::done) {
      if (t.done_at && *t.done_at >= start && *t.done_at < end)
        r.done.push_back({std::move(t), {}});
    } else if (t.handed_over(now)) {
      assess(t);
    }
  }
  for (auto& t : load(store, filter, end, day_start(next_period(next).start), true))
    r.due_next.push_back({std::move(t), {}});
  std::stable_sort(r.red.begin(), r.red.end(), [](const StatusItem& a, const StatusItem& b) {
    return a.light.days_late > b.light.days_late;
  });
  return r;
}

std::vector<PluginSection> build_plugin_sections(const Definitions& defs, Store& store,
                                                 const Period& period, LocalDateTime now,
                                                 const StatusFilter& filter) {
  sdk::SectionRequest request;
  request.period = period.key();
  request.kind = period.kind == PeriodKind::day ? "day" : "week";
  request.start = format_date(period.start);
  request.end = format_date(period.end);
  request.unit = filter.unit;
  request.person = filter.person;
  std::vector<PluginSection> out;
  for (const auto& provider : defs.extensions.sections()) {
    PluginSection section;
    section.plugin = provider.plugin;
    section.id = provider.value.id;
    PluginContext context(defs, provider.plugin, now, "", &store, nullptr, nullptr);
    try {
      section.section = provider.value.build(request, context);
    } catch (const std::exception& error) {
      section.error = error.what();
    } catch (...) {
      section.error = "a non-standard exception";
    }
    if (section.section.title.empty()) section.section.title = section.id;
    out.push_back(std::move(section));
  }
  return out;
}

}  // namespace duban
