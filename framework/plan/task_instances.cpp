#include "plan/task_instances.hpp"

#include <algorithm>

namespace duban {

namespace {

std::string person_name(const Organisation& org, const std::string& id) {
  const Person* p = org.person(id);
  return p ? p->name : id;
}

TaskInstance unit_instance(const Organisation& org, const TaskTemplate& task, const Unit& unit,
                           PlaceholderValues values) {
  values["unit.id"] = unit.id;
  values["unit.name"] = unit.name;
  values["unit.chief"] = unit.chief;
  values["unit.chief_name"] = person_name(org, unit.chief);
  values["unit.leader"] = unit.leader;
  values["unit.leader_name"] = person_name(org, unit.leader);
  return {&task, unit.id, std::move(values)};
}

TaskInstance team_instance(const Organisation& org, const TaskTemplate& task, const Team& team,
                           PlaceholderValues values) {
  values["team.id"] = team.id;
  values["team.name"] = team.name;
  values["team.leader"] = team.leader;
  values["team.leader_name"] = person_name(org, team.leader);
  values["team.unit"] = team.unit;
  return {&task, team.id, std::move(values)};
}

TaskInstance person_instance(const TaskTemplate& task, const Person& person,
                             PlaceholderValues values) {
  values["person.id"] = person.id;
  values["person.name"] = person.name;
  values["person.unit"] = person.unit;
  values["person.title"] = person.title;
  return {&task, person.id, std::move(values)};
}

TaskInstance list_instance(const TaskTemplate& task, const ListItem& item, std::size_t index,
                           PlaceholderValues values) {
  for (const auto& [field, value] : item.fields)
    values[field.empty() ? "item" : "item." + field] = value;
  values["item.index"] = std::to_string(index + 1);
  // An item's own id makes a readable key; otherwise its position does.
  auto id = item.fields.find("id");
  std::string key = id != item.fields.end() ? id->second : std::to_string(index + 1);
  return {&task, std::move(key), std::move(values)};
}

bool team_has_tag(const Team& team, const std::string& tag) {
  return tag.empty() || std::find(team.tags.begin(), team.tags.end(), tag) != team.tags.end();
}

}  // namespace

PlaceholderValues run_values(const WorkflowDefinition& workflow, const Period& period,
                             const std::map<std::string, std::string>& params) {
  PlaceholderValues v;
  v["workflow.id"] = workflow.id;
  v["workflow.name"] = workflow.name;
  v["period.key"] = period.key();
  const Period week =
      period.kind == PeriodKind::week ? period : period_containing(period.start, PeriodKind::week);
  const Period month = period_containing(period.start, PeriodKind::month);
  const Period quarter = period_containing(period.start, PeriodKind::quarter);
  v["period.year"] =
      std::to_string(period.kind == PeriodKind::week ? period.year : year_of(period.start));
  v["period.week"] = std::to_string(week.number);
  v["period.month"] = std::to_string(month.number);
  v["period.quarter"] = std::to_string(quarter.number);
  v["period.start"] = format_date(period.start);
  v["period.end"] = format_date(period.end);
  for (const auto& [id, value] : params) v["param." + id] = value;
  return v;
}

std::vector<TaskInstance> expand_task(const Organisation& org, const WorkflowDefinition& workflow,
                                      const TaskTemplate& task, const PlaceholderValues& base) {
  std::vector<TaskInstance> out;
  const FanOut& f = task.for_each;
  switch (f.over) {
    case FanOut::Over::none: out.push_back({&task, "", base}); break;
    case FanOut::Over::units:
      for (const Unit* u : org.units_of_kind(f.filter))
        out.push_back(unit_instance(org, task, *u, base));
      break;
    case FanOut::Over::teams:
      for (const auto& t : org.teams()) {
        if (team_has_tag(t, f.filter)) out.push_back(team_instance(org, task, t, base));
      }
      break;
    case FanOut::Over::people:
      for (const Person* p : org.people_with_tag(f.filter))
        out.push_back(person_instance(task, *p, base));
      break;
    case FanOut::Over::list:
      if (auto it = workflow.lists.find(f.filter); it != workflow.lists.end()) {
        for (std::size_t i = 0; i < it->second.size(); ++i) {
          out.push_back(list_instance(task, it->second[i], i, base));
        }
      }
      break;
  }
  return out;
}

}  // namespace duban
