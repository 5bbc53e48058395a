// Reading and writing rows of the tasks and task_owners tables.

#include "store/record_columns.hpp"
#include "store/sql_filter.hpp"
#include "store/store_rows.hpp"

namespace duban {

namespace {

// Turns the query's non-empty fields into conditions on tasks `t`.
void add_conditions(SqlFilter& filter, const TaskQuery& query) {
  if (!query.id.empty()) filter.add("t.id = ?", {query.id});
  if (!query.key.empty()) filter.add("t.\"key\" = ?", {query.key});
  if (!query.run.empty()) filter.add("t.run = ?", {query.run});
  if (!query.workflow.empty()) filter.add("t.workflow = ?", {query.workflow});
  if (!query.unit.empty()) filter.add("t.unit = ?", {query.unit});
  if (!query.light.empty()) filter.add("t.light = ?", {query.light});
  if (!query.states.empty()) {
    std::string marks;
    std::vector<SqlFilter::Value> values;
    for (const auto& state : query.states) {
      marks += marks.empty() ? "?" : ", ?";
      values.emplace_back(state);
    }
    filter.add("t.state IN (" + marks + ")", std::move(values));
  }
  // The same term as the partial index tasks_open_due (migrations.cpp).
  if (query.open_only) filter.add("t.state NOT IN ('done', 'cancelled')");
  // Text comparison is time order for "YYYY-MM-DD[THH:MM]" values.
  if (!query.due_from.empty()) filter.add("t.due >= ?", {query.due_from});
  if (!query.due_to.empty()) filter.add("t.due < ?", {query.due_to});
}

void replace_owners(SqliteConnection& db, const TaskRecord& task) {
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

std::vector<TaskRecord> select_tasks(SqliteConnection& db, const TaskQuery& query) {
  static const std::string kSelect =
      "SELECT " + column_list(column_names<TaskRecord>(), "t") + " FROM tasks t";
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
  std::vector<TaskRecord> tasks;
  while (statement->step()) tasks.push_back(read_record<TaskRecord>(*statement, db.file()));
  return tasks;
}

std::optional<TaskRecord> select_task(SqliteConnection& db, const std::string& id) {
  TaskQuery query;
  query.id = id;
  auto tasks = select_tasks(db, query);
  if (tasks.empty()) return std::nullopt;
  return std::move(tasks.front());
}

void upsert_task(SqliteConnection& db, const TaskRecord& task) {
  static const std::string kUpsert = upsert_sql("tasks", column_names<TaskRecord>());
  auto statement = db.cached(kUpsert);
  visit_columns(task, ColumnBinder(*statement));
  statement->run();
  replace_owners(db, task);
}

}  // namespace duban
