// Reading and writing rows of the tasks and task_owners tables.

#include "store/record_columns.hpp"
#include "store/sql_filter.hpp"
#include "store/store_rows.hpp"
#include "store/task_row_codec.hpp"

namespace duban {

namespace {

// Turns the query's non-empty fields into conditions on tasks `t`.
void add_conditions(SqlFilter& filter, const TaskQuery& query) {
  if (!query.id.empty()) filter.add("t.id = ?", {query.id});
  if (!query.key.empty()) filter.add("t.\"key\" = ?", {query.key});
  if (!query.run.empty()) filter.add("t.run = ?", {query.run});
  if (!query.workflow.empty()) filter.add("t.workflow = ?", {query.workflow});
  if (!query.unit.empty()) filter.add("t.unit = ?", {query.unit});
  if (query.light) filter.add("t.light = ?", {std::string(light_name(*query.light))});
  if (!query.states.empty()) {
    std::string marks;
    std::vector<SqlFilter::Value> values;
    for (const auto state : query.states) {
      marks += marks.empty() ? "?" : ", ?";
      values.emplace_back(std::string(state_name(state)));
    }
    filter.add("t.state IN (" + marks + ")", std::move(values));
  }
  // The same term as the partial index tasks_open_due (migrations.cpp).
  if (query.open_only) filter.add("t.state NOT IN ('done', 'cancelled')");
  // Text comparison is time order for "YYYY-MM-DDTHH:MM" values.
  if (query.due_from) filter.add("t.due >= ?", {stored_time(*query.due_from)});
  if (query.due_to) filter.add("t.due < ?", {stored_time(*query.due_to)});
}

void replace_owners(SqliteConnection& db, const Task& task) {
  auto remove = db.cached("DELETE FROM task_owners WHERE task = ?");
  remove->bind_text(1, task.id).run();
  // OR IGNORE: a person listed twice is still one owner row.
  auto insert = db.cached("INSERT OR IGNORE INTO task_owners (task, person) VALUES (?, ?)");
  for (const auto& person : task.owners) {
    insert->bind_text(1, task.id).bind_text(2, person).run();
    insert->reset();  // the lease resets only at its end
  }
}

}  // namespace

std::vector<Task> select_tasks(SqliteConnection& db, const TaskQuery& query) {
  static const std::string kSelect =
      "SELECT " + column_list(column_names<TaskRow>(), "t") + " FROM tasks t";
  SqlFilter filter;
  std::string sql = kSelect;
  // A join, not EXISTS: the planner can then start from the person index.
  if (!query.owner.empty()) {
    sql += " JOIN task_owners o ON o.task = t.id AND o.person = ?";
    filter.add_value(query.owner);
  }
  add_conditions(filter, query);
  auto statement = db.cached(sql + filter.where() + " ORDER BY t.due, t.id");
  filter.bind(*statement);
  std::vector<Task> tasks;
  while (statement->step())
    tasks.push_back(task_from_row(read_record<TaskRow>(*statement, db.file()), db.file()));
  return tasks;
}

std::optional<Task> select_task(SqliteConnection& db, const std::string& id) {
  TaskQuery query;
  query.id = id;
  auto tasks = select_tasks(db, query);
  if (tasks.empty()) return std::nullopt;
  return std::move(tasks.front());
}

void upsert_task(SqliteConnection& db, const Task& task) {
  static const std::string kUpsert = upsert_sql("tasks", column_names<TaskRow>());
  auto statement = db.cached(kUpsert);
  const TaskRow row = task_row(task);
  visit_columns(row, ColumnBinder(*statement));
  statement->run();
  replace_owners(db, task);
}

}  // namespace duban
