#include "workflow/workflow_loader.hpp"

#include <algorithm>

#include "diagnostics/suggest.hpp"
#include "toml/toml_reader.hpp"
#include "workflow/task_template_loader.hpp"

namespace duban {

namespace {

const std::vector<std::string>& recurrence_words() {
  static const std::vector<std::string> words{"none", "day", "week", "month", "quarter", "year"};
  return words;
}

std::optional<Recurrence::Every> parse_every(std::string_view word) {
  // Both "week" and "weekly" read naturally; accept both.
  if (word == "none") return Recurrence::Every::none;
  if (word == "day" || word == "daily") return Recurrence::Every::day;
  if (word == "week" || word == "weekly") return Recurrence::Every::week;
  if (word == "month" || word == "monthly") return Recurrence::Every::month;
  if (word == "quarter" || word == "quarterly") return Recurrence::Every::quarter;
  if (word == "year" || word == "yearly") return Recurrence::Every::year;
  return std::nullopt;
}

unsigned read_weekday(TableReader& r, std::string_view key) {
  auto text = r.string(key);
  if (!text) return 0;
  const unsigned day = parse_weekday(*text);
  if (day == 0) {
    r.error(key, "'" + *text + "' is not a weekday (monday … sunday)" +
                     did_you_mean(*text, {"monday", "tuesday", "wednesday", "thursday", "friday",
                                          "saturday", "sunday"}));
  }
  return day;
}

Recurrence read_recurrence(TableReader& workflow) {
  Recurrence rec;
  rec.where = workflow.position("recurrence");
  const toml::node* node = workflow.node("recurrence");
  if (!node) return rec;
  if (const auto* word = node->as_string()) {  // recurrence = "week"
    auto every = parse_every(word->get());
    if (!every) {
      workflow.error("recurrence", "unknown recurrence '" + word->get() + "'" +
                                       did_you_mean(word->get(), recurrence_words()));
    }
    rec.every = every.value_or(Recurrence::Every::none);
    return rec;
  }
  const toml::table* t = node->as_table();
  if (!t) {
    workflow.error("recurrence", "'recurrence' must be a table such as { every = \"week\" }");
    return rec;
  }
  TableReader r(*t, workflow.path(), workflow.diagnostics(), "recurrence");
  if (auto word = r.string("every", Need::required)) {
    auto every = parse_every(*word);
    if (!every) {
      r.error("every",
              "unknown recurrence '" + *word + "'" + did_you_mean(*word, recurrence_words()));
    }
    rec.every = every.value_or(Recurrence::Every::none);
  }
  if (unsigned day = read_weekday(r, "weekday")) rec.weekday = day;
  rec.day = static_cast<int>(r.integer("day").value_or(0));
  rec.workday = static_cast<int>(r.integer("workday").value_or(0));
  rec.month = static_cast<unsigned>(r.integer("month").value_or(1));
  rec.workdays_only = r.boolean("workdays_only").value_or(true);
  if (rec.day != 0 && rec.workday != 0)
    r.error("workday", "give either 'day' or 'workday', not both");
  if (rec.day < 0 || rec.day > 31) r.error("day", "'day' must be 1–31");
  if (rec.workday < 0 || rec.workday > 23) r.error("workday", "'workday' must be 1–23");
  if (rec.month < 1 || rec.month > 12) r.error("month", "'month' must be 1–12");
  r.finish();
  return rec;
}

std::vector<Parameter> read_parameters(TableReader& root) {
  std::vector<Parameter> out;
  const toml::table* params = root.subtable("parameters");
  if (!params) return out;
  static const std::vector<std::string> types{"string", "integer", "date", "person", "bool"};
  for (const auto& [key, node] : *params) {
    Parameter p;
    p.id = std::string(key.str());
    p.where = position_of(node, root.path());
    const toml::table* t = node.as_table();
    if (!t) {
      root.diagnostics().error(
          p.where, "parameter '" + p.id + "' must be a table such as { type = \"string\" }");
      continue;
    }
    TableReader r(*t, root.path(), root.diagnostics(), "parameter '" + p.id + "'");
    p.type = r.string("type").value_or("string");
    if (std::find(types.begin(), types.end(), p.type) == types.end()) {
      r.error("type", "unknown parameter type '" + p.type +
                          "' (string, integer, date, person, bool)" + did_you_mean(p.type, types));
    }
    p.description = r.string("description").value_or("");
    if (const toml::node* d = r.node("default")) {
      if (const auto* s = d->as_string())
        p.default_value = s->get();
      else if (const auto* i = d->as_integer())
        p.default_value = std::to_string(i->get());
      else if (const auto* b = d->as_boolean())
        p.default_value = b->get() ? "true" : "false";
      else if (auto date = date_from_node(*d))
        p.default_value = format_date(*date);
      else
        r.error("default",
                "default of parameter '" + p.id + "' must be a string, number, date or boolean");
    }
    r.finish();
    out.push_back(std::move(p));
  }
  return out;
}

ListItem read_list_item(const toml::node& node, const std::string& path, Diagnostics& diagnostics,
                        const std::string& list) {
  ListItem item;
  item.where = position_of(node, path);
  if (const auto* s = node.as_string()) {
    item.fields[""] = s->get();
    return item;
  }
  const toml::table* t = node.as_table();
  if (!t) {
    diagnostics.error(item.where, "items of list '" + list + "' must be strings or tables");
    return item;
  }
  for (const auto& [key, value] : *t) {
    if (const auto* s = value.as_string())
      item.fields[std::string(key.str())] = s->get();
    else if (const auto* i = value.as_integer())
      item.fields[std::string(key.str())] = std::to_string(i->get());
    else if (auto d = date_from_node(value))
      item.fields[std::string(key.str())] = format_date(*d);
    else
      diagnostics.error(position_of(value, path), "field '" + std::string(key.str()) +
                                                      "' of list '" + list +
                                                      "' must be a string, integer or date");
  }
  return item;
}

std::map<std::string, std::vector<ListItem>> read_lists(TableReader& root) {
  std::map<std::string, std::vector<ListItem>> out;
  const toml::table* lists = root.subtable("lists");
  if (!lists) return out;
  for (const auto& [key, node] : *lists) {
    const std::string name{key.str()};
    const toml::array* a = node.as_array();
    if (!a) {
      root.diagnostics().error(position_of(node, root.path()),
                               "list '" + name + "' must be an array");
      continue;
    }
    auto& items = out[name];
    for (const toml::node& element : *a) {
      items.push_back(read_list_item(element, root.path(), root.diagnostics(), name));
    }
  }
  return out;
}

}  // namespace

namespace {

WorkflowDefinition read_workflow(const toml::table& root_table, const std::string& path,
                                 Diagnostics& diagnostics) {
  TableReader root(root_table, path, diagnostics, "workflow file");
  WorkflowDefinition wf;
  wf.path = path;
  wf.where = root.position();
  if (const toml::table* header = root.subtable("workflow", Need::required)) {
    TableReader r(*header, path, diagnostics, "[workflow]");
    wf.where = r.position();
    wf.id = r.string("id", Need::required).value_or("");
    wf.name = r.string("name", Need::required).value_or(wf.id);
    wf.version = static_cast<int>(r.integer("version").value_or(1));
    wf.description = r.string("description").value_or("");
    wf.policy = r.string("policy").value_or("");
    wf.recurrence = read_recurrence(r);
    for (const char* key : {"id", "policy", "recurrence"}) wf.key_positions[key] = r.position(key);
    r.finish();
  }
  wf.parameters = read_parameters(root);
  if (const toml::table* policies = root.subtable("policy")) {
    read_policies(*policies, path, diagnostics, wf.local_policies);
  }
  wf.lists = read_lists(root);
  int index = 0;
  for (const toml::table* t : root.tables("task", Need::required)) {
    wf.tasks.push_back(read_task_template(*t, path, diagnostics, ++index));
    wf.task_index.emplace(wf.tasks.back().id, wf.tasks.size() - 1);
  }
  root.finish();
  return wf;
}

}  // namespace

std::optional<WorkflowDefinition> load_workflow_text(std::string_view text, const std::string& path,
                                                     Diagnostics& diagnostics) {
  auto table = parse_toml_text(text, path, diagnostics);
  if (!table) return std::nullopt;
  return read_workflow(*table, path, diagnostics);
}

std::optional<WorkflowDefinition> load_workflow(const std::string& path, Diagnostics& diagnostics) {
  auto table = parse_toml_file(path, diagnostics);
  if (!table) return std::nullopt;
  return read_workflow(*table, path, diagnostics);
}

}  // namespace duban
