#include "web/task_access.hpp"

#include "web/app.hpp"

namespace duban::web {

Task readable_task(WebApp& app, Store& store, const Caller& caller, const std::string& id) {
  // By id, or by a key unique among all tasks, as the command line takes it.
  Task task = resolve_task(store, id).value();
  if (!app.may_read(caller, task))
    throw HttpError(403, caller.person + " may not see " + task.id +
                             ": it is neither theirs, nor their unit's, nor led by them");
  return task;
}

TaskView view_task(WebApp& app, const Caller& caller, const std::string& id) {
  auto store = app.store();
  TaskView view;
  view.task = readable_task(app, *store, caller, id);
  const Workspace& ws = app.workspace();
  view.light =
      assess_light(view.task, app.now(), policy_for_task(ws.definitions(), view.task), ws.calendar);
  EventQuery q;
  q.task = view.task.id;
  view.history = store->events(q);
  view.actions = offered_actions(ws.org, view.task, caller.person);
  return view;
}

ActionOutcome perform(WebApp& app, const Caller& caller, ActionRequest request) {
  auto store = app.store();
  readable_task(app, *store, caller, request.task);
  request.actor = caller.person;
  std::lock_guard lock(app.write_mutex());
  Engine engine(app.workspace().definitions(), app.now());
  auto writer = store->write();
  ActionOutcome outcome = engine.act(*writer, request).value();
  writer->commit();
  return outcome;
}

}  // namespace duban::web
