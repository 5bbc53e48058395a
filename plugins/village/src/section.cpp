// The section of `duban status --day/--week`: this month's leadership visits,
// monitored households by category and risk state, overdue measures, and the
// year's people helped into jobs and households given social assistance (the
// bureau's own report counts those "今年以来", so they run from 1 January).

#include <algorithm>

#include "catalogue.hpp"
#include "cli_support.hpp"
#include "month.hpp"
#include "parts.hpp"
#include "record_types.hpp"
#include "settings.hpp"
#include "tallies.hpp"

namespace duban::village {
namespace {

using nlohmann::json;

std::vector<HouseholdRow> household_rows(sdk::Context& context) {
  std::vector<HouseholdRow> rows;
  for (const auto& r : context.records().find({type::household, {}, 0})) {
    rows.push_back({r.id, r.data.value("category", ""), r.data.value("state", "monitored")});
  }
  return rows;
}

std::vector<MeasureRow> measure_rows(sdk::Context& context) {
  std::vector<MeasureRow> rows;
  for (const auto& r : context.records().find({type::measure, {}, 0})) {
    MeasureRow row;
    row.id = r.id;
    row.household = r.data.value("household", "");
    row.type = r.data.value("type", "");
    row.owner = r.data.value("owner", "");
    row.due = r.data.value("due", "");
    row.status = r.data.value("status", "open");
    row.done_on = r.data.value("done_on", "");
    row.flagged_overdue = r.data.value("overdue", false);
    row.people = r.data.value("people", 1);
    rows.push_back(std::move(row));
  }
  return rows;
}

// Visits of the month, and how many of its planned visit tasks are done.
struct VisitFigures {
  std::vector<sdk::Record> visits;
  int planned = 0;
  int done = 0;
};

VisitFigures visit_figures(sdk::Context& context, Month month) {
  VisitFigures figures;
  figures.visits = context.records().find({type::visit, {{"month", format_month(month)}}, 0});
  sdk::TaskFilter filter;
  filter.tag = tag::visit;
  for (const auto& task : context.tasks(filter)) {
    if (std::find(task.tags.begin(), task.tags.end(), format_month(month)) == task.tags.end()) {
      continue;
    }
    ++figures.planned;
    if (task.state == "done") ++figures.done;
  }
  return figures;
}

sdk::SectionTable visits_table(sdk::Context& context, const VisitFigures& figures) {
  sdk::SectionTable table{"本月领导到村走访", {"日期", "村", "领导", "听取问题", "协调资源"}, {}};
  for (const auto& v : figures.visits) {
    const std::string village = v.data.value("village", "");
    const auto record = context.records().get(type::village, village);
    table.rows.push_back({v.data.value("date", ""),
                          record ? record->data.value("name", village) : village,
                          person_name(context, v.data.value("leader", "")),
                          v.data.value("issues", ""), v.data.value("resources", "")});
  }
  return table;
}

sdk::SectionTable categories_table(const std::vector<CategoryTally>& tallies) {
  sdk::SectionTable table{"监测户（按类别、风险状态）", {"类别", "监测中", "已消除", "合计"}, {}};
  for (const auto& t : tallies) {
    table.rows.push_back({t.category.name, std::to_string(t.monitored), std::to_string(t.cleared),
                          std::to_string(t.total())});
  }
  return table;
}

sdk::SectionTable overdue_table(sdk::Context& context, const std::vector<MeasureRow>& overdue) {
  sdk::SectionTable table{"逾期帮扶措施", {"措施", "户", "类型", "责任干部", "期限"}, {}};
  for (const auto& m : overdue) {
    const auto kind = find_measure_type(m.type);
    table.rows.push_back(
        {m.id, m.household, kind ? kind->name : m.type, person_name(context, m.owner), m.due});
  }
  return table;
}

json tallies_json(const std::vector<CategoryTally>& tallies) {
  json list = json::array();
  for (const auto& t : tallies) {
    list.push_back({{"category", t.category.id},
                    {"name", t.category.name},
                    {"monitored", t.monitored},
                    {"cleared", t.cleared}});
  }
  return list;
}

sdk::ReportSection build(const sdk::SectionRequest& request, sdk::Context& context) {
  const Settings settings = read_settings(context.config());
  const Month month = month_of(request.end).value_or(*month_of(context.now()));
  // Overdue as of the report's last day, or today if that is earlier.
  const std::string as_of = std::min(request.end, today(context));
  const std::string year_start = std::to_string(month.year) + "-01-01";

  auto figures = visit_figures(context, month);
  if (!request.person.empty()) {  // --person: that leader's visits only
    std::erase_if(figures.visits, [&](const sdk::Record& v) {
      return v.data.value("leader", "") != request.person;
    });
  }
  const auto tallies = tally_by_category(household_rows(context), settings.categories);
  const auto measures = measure_rows(context);
  auto overdue = overdue_measures(measures, as_of);
  if (!request.person.empty()) {  // --person: that cadre's overdue measures only
    std::erase_if(overdue, [&](const MeasureRow& m) { return m.owner != request.person; });
  }
  const int jobs = people_into_jobs(measures, year_start, request.end);
  const auto assisted = households_assisted(measures, year_start, request.end);
  int monitored = 0;
  int cleared = 0;
  for (const auto& t : tallies) {
    monitored += t.monitored;
    cleared += t.cleared;
  }

  sdk::ReportSection section;
  section.title = "驻村帮扶与防止返贫监测";
  section.lines = {
      month_title(month) + "领导到村走访 " + std::to_string(figures.visits.size()) +
          " 次（走访任务 " + std::to_string(figures.done) + "/" + std::to_string(figures.planned) +
          " 已办结）",
      "监测户 " + std::to_string(monitored + cleared) + " 户：监测中 " + std::to_string(monitored) +
          " 户，已消除风险 " + std::to_string(cleared) + " 户",
      "逾期帮扶措施 " + std::to_string(overdue.size()) + " 项",
      "今年以来帮助 " + std::to_string(jobs) + " 名群众解决就业，" +
          std::to_string(assisted.size()) + " 户群众获得社会救助",
  };
  section.tables = {visits_table(context, figures), categories_table(tallies),
                    overdue_table(context, overdue)};
  json overdue_ids = json::array();
  for (const auto& m : overdue) overdue_ids.push_back(m.id);
  section.data = {
      {"month", format_month(month)},
      {"visits", figures.visits.size()},
      {"visit_tasks", {{"planned", figures.planned}, {"done", figures.done}}},
      {"households",
       {{"monitored", monitored}, {"cleared", cleared}, {"by_category", tallies_json(tallies)}}},
      {"overdue_measures", overdue_ids},
      {"people_into_jobs", jobs},
      {"households_assisted", assisted.size()},
      {"since", year_start},
  };
  return section;
}

}  // namespace

void add_report_section(sdk::Registry& registry) {
  registry.add_section({"village", "驻村帮扶：本月走访、监测户、逾期措施、就业和救助", build});
}

}  // namespace duban::village
