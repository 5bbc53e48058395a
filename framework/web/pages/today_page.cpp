// 今日: what the logged-in person should look at first thing in the day.

#include "engine/engine.hpp"
#include "web/app.hpp"
#include "web/pages/html.hpp"
#include "web/pages/layout.hpp"
#include "web/pages/pages.hpp"
#include "web/pages/task_lists.hpp"

namespace duban::web {

namespace {

using html::esc;

LocalDateTime day_start(Date d) {
  return {d, TimeOfDay{0}};
}

// The units whose figures the person answers for: their own, and those
// they are chief or leader in charge of (every unit for the head of the root).
std::vector<const Unit*> units_led_by(const Organisation& org, const std::string& person) {
  std::vector<const Unit*> out;
  const Unit* root = org.root_unit();
  const bool heads_all = root && root->chief == person;
  for (const auto& u : org.units()) {
    if (heads_all || u.chief == person || u.leader == person) out.push_back(&u);
  }
  return out;
}

std::vector<Task> unit_tasks_today(Store& store, const std::string& unit, Date today,
                                   const std::string& me) {
  TaskQuery due_today;
  due_today.unit = unit;
  due_today.due_from = day_start(today);
  due_today.due_to = day_start(today + std::chrono::days{1});
  TaskQuery late;
  late.unit = unit;
  late.open_only = true;
  late.due_to = day_start(today);
  auto tasks = store.tasks(due_today);
  for (auto& t : store.tasks(late)) tasks.push_back(std::move(t));
  std::erase_if(tasks, [&](const Task& t) {
    return t.state == TaskState::cancelled ||
           std::find(t.owners.begin(), t.owners.end(), me) != t.owners.end();
  });
  return tasks;
}

std::string led_units_table(const Messages& m, const StatusReport& day,
                            const std::vector<const Unit*>& units) {
  std::vector<std::vector<std::string>> rows;
  for (const Unit* u : units) {
    auto it = day.by_unit.find(u->id);
    rows.push_back(counts_cells(
        "<a href=\"/week?unit=" + esc(url_encode(u->id)) + "\">" + esc(u->name) + "</a>",
        it == day.by_unit.end() ? StatusCounts{} : it->second));
  }
  return html::table("counts", counts_header(m, m[Msg::unit]), rows);
}

}  // namespace

Response today_page(WebApp& app, const Request&, const Caller& caller) {
  const Workspace& ws = app.workspace();
  const Messages& m = app.messages();
  const LocalDateTime now = app.now();
  const Person* me = ws.org.person(caller.person);
  const std::string my_unit = me ? me->unit : "";
  auto store = app.store();
  const std::int64_t version = store->last_event_id();

  TaskQuery mine;
  mine.owner = caller.person;
  mine.open_only = true;
  const auto my_tasks = lit_tasks(ws, store->tasks(mine), now);
  const auto unit_items =
      lit_tasks(ws, unit_tasks_today(*store, my_unit, now.date, caller.person), now);
  const Period today = period_containing(now.date, PeriodKind::day);
  StatusFilter unit_filter;
  unit_filter.unit = my_unit;
  const auto unit_day = app.status(*store, version, today, unit_filter, now);

  auto count = [&m](std::size_t n) { return m(Msg::item_count, {std::to_string(n)}); };
  std::string body = "<h1>" + m[Msg::nav_today] + " <small>" + format_date(now.date) + " " +
                     m[weekday_key(iso_weekday(now.date))] + "</small></h1>";
  body += "<p class=\"lead\">" +
          m(Msg::today_lead, {esc(me ? me->name : caller.person), unit_name(ws.org, my_unit)}) +
          "</p>";
  body += "<section><h2>" + m[Msg::today_my_unit] + "</h2>" + totals_strip(m, unit_day->totals) +
          "</section>";
  body += "<section id=\"mine\"><h2>" + m[Msg::today_mine] + " <small>" + count(my_tasks.size()) +
          "</small></h2>" + task_table(m, ws, my_tasks, m[Msg::today_mine_empty]) + "</section>";
  body += "<section id=\"unit\"><h2>" + m[Msg::today_unit] + " <small>" + count(unit_items.size()) +
          "</small></h2>" + task_table(m, ws, unit_items, m[Msg::today_unit_empty]) + "</section>";
  const auto led = units_led_by(ws.org, caller.person);
  if (!led.empty() && !(led.size() == 1 && led.front()->id == my_unit)) {
    const auto whole_day = app.status(*store, version, today, StatusFilter{}, now);
    body += "<section id=\"led\"><h2>" + m[Msg::today_led] + "</h2>" +
            led_units_table(m, *whole_day, led) + "</section>";
  }
  return html_response(page_html(m, ws, caller, Nav::today, m[Msg::nav_today], body));
}

}  // namespace duban::web
