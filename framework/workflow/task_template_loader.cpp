#include "workflow/task_template_loader.hpp"

#include "extensions/schema_check.hpp"

#include "diagnostics/suggest.hpp"
#include "toml/toml_reader.hpp"

namespace duban {

FanOut parse_fan_out(std::string_view text, std::string& error) {
  FanOut f;
  f.text = std::string(text);
  const auto colon = text.find(':');
  const std::string_view head = text.substr(0, colon);
  const std::string_view filter = colon == std::string_view::npos ? "" : text.substr(colon + 1);
  f.filter = std::string(filter);
  if (head == "units")
    f.over = FanOut::Over::units;
  else if (head == "teams")
    f.over = FanOut::Over::teams;
  else if (head == "people")
    f.over = FanOut::Over::people;
  else if (head == "list")
    f.over = FanOut::Over::list;
  else {
    error = "for_each '" + std::string(text) +
            "' must be units, units:KIND, teams, teams:TAG, people:TAG or list:NAME" +
            did_you_mean(head, {"units", "teams", "people", "list"});
    return FanOut{};
  }
  if (colon != std::string_view::npos && filter.empty()) {
    error = "for_each '" + std::string(text) + "' has an empty filter after ':'";
    return FanOut{};
  }
  if ((f.over == FanOut::Over::people || f.over == FanOut::Over::list) && filter.empty()) {
    error = "for_each '" + std::string(text) + "' needs a " +
            (f.over == FanOut::Over::people ? "tag (people:TAG)" : "list name (list:NAME)");
    return FanOut{};
  }
  return f;
}

namespace {

void read_due_amount(TableReader& r, DueRule& due) {
  const bool has_workdays = r.has("workdays");
  const bool has_days = r.has("days");
  if (has_workdays && has_days)
    r.error("days", "give either 'workdays' or 'days' in a due rule, not both");
  if (has_days) {
    due.in_workdays = false;
    due.amount = static_cast<int>(r.integer("days").value_or(0));
  } else {
    due.amount = static_cast<int>(r.integer("workdays").value_or(0));
  }
}

void read_due_anchor(TableReader& r, DueRule& due) {
  int anchors = 0;
  if (auto from = r.string("from")) {
    ++anchors;
    if (*from == "start")
      due.anchor = DueRule::Anchor::period_start;
    else if (*from == "end")
      due.anchor = DueRule::Anchor::period_end;
    else
      r.error("from", R"('from' in a due rule must be "start" or "end" of the period, not ")" +
                          *from + "\"");
  }
  if (auto weekday = r.string("weekday")) {
    ++anchors;
    due.anchor = DueRule::Anchor::weekday;
    due.weekday = parse_weekday(*weekday);
    if (due.weekday == 0)
      r.error("weekday", "'" + *weekday + "' is not a weekday (monday … sunday)");
  }
  if (auto nth = r.integer("nth_workday")) {
    ++anchors;
    due.anchor = DueRule::Anchor::nth_workday;
    due.nth = static_cast<int>(*nth);
    if (due.nth == 0) r.error("nth_workday", "'nth_workday' counts from 1 (or from -1 at the end)");
  }
  if (auto after = r.string("after")) {
    ++anchors;
    due.anchor = DueRule::Anchor::after;
    due.after = *after;
  }
  if (const toml::node* date = r.node("date")) {
    ++anchors;
    due.anchor = DueRule::Anchor::date;
    if (auto d = date_from_node(*date))
      due.date_text = format_date(*d);
    else if (const auto* s = date->as_string(); s && s->get().find("{{") != std::string::npos)
      due.date_text = s->get();
    else
      r.error("date",
              "'date' in a due rule must be a date (YYYY-MM-DD) or a placeholder such as "
              "\"{{item.deadline}}\"");
  }
  if (anchors > 1) {
    r.error("", r.what() + " takes one of from, weekday, nth_workday, after or date");
  }
}

DueRule read_due(TableReader& task) {
  DueRule due;
  due.where = task.position("due");
  const toml::table* t = task.subtable("due");
  if (!t) return due;
  TableReader r(*t, task.path(), task.diagnostics(), "due rule of " + task.what());
  read_due_anchor(r, due);
  read_due_amount(r, due);
  if (auto time = r.string("time")) {
    due.time = parse_time_of_day(*time);
    if (!due.time) r.error("time", "'" + *time + "' is not a time of day (HH:MM)");
  }
  if (due.anchor == DueRule::Anchor::none && due.amount != 0)
    due.anchor = DueRule::Anchor::period_start;
  r.finish();
  return due;
}

void read_owner(TableReader& r, TaskTemplate& task) {
  task.owners = r.strings("owner", Need::required);
  if (r.has("owner") && task.owners.empty()) r.error("owner", task.id + ": 'owner' is empty");
}

void read_fan_out(TableReader& r, TaskTemplate& task) {
  auto text = r.string("for_each");
  if (!text) return;
  std::string error;
  task.for_each = parse_fan_out(*text, error);
  task.for_each.where = r.position("for_each");
  if (!error.empty()) r.error("for_each", error);
}

}  // namespace

TaskTemplate read_task_template(const toml::table& table, const std::string& path,
                                Diagnostics& diagnostics, int index) {
  TaskTemplate task;
  // Messages name the task by its id once it is known.
  const auto id = table["id"].value<std::string>();
  TableReader r(table, path, diagnostics,
                id ? "task '" + *id + "'" : "task #" + std::to_string(index));
  task.where = r.position();
  task.id = r.string("id", Need::required).value_or("#" + std::to_string(index));
  task.title = r.string("title", Need::required).value_or(task.id);
  task.description = r.string("description").value_or("");
  read_owner(r, task);
  task.depends_on = r.strings("depends_on");
  task.due = read_due(r);
  task.policy = r.string("policy").value_or("");
  task.task_class = r.string("class").value_or("ordinary");
  task.checklist = r.strings("checklist");
  task.evidence = r.strings("evidence");
  task.tags = r.strings("tags");
  task.weight = r.number("weight").value_or(1.0);
  if (task.weight < 0) r.error("weight", "weight of task '" + task.id + "' must not be negative");
  task.duration = static_cast<int>(r.integer("duration").value_or(1));
  if (task.duration < 0)
    r.error("duration", "duration of task '" + task.id + "' must not be negative");
  task.kind = r.string("kind").value_or("human");
  // A plugin kind's parameters: checked against the kind's schema by the
  // validator, once the plugins are loaded.
  if (const toml::table* params = r.subtable("params")) {
    task.params_table = std::make_shared<const toml::table>(*params);
    task.params = toml_to_json(*params);
  }
  read_fan_out(r, task);
  for (const char* key : {"id", "title", "owner", "depends_on", "due", "policy", "class", "kind",
                          "for_each", "checklist", "evidence", "description", "params"}) {
    task.key_positions[key] = r.position(key);
  }
  r.finish();
  return task;
}

}  // namespace duban
