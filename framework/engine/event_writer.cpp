#include "engine/event_writer.hpp"

#include <stdexcept>

#include "engine/reducer.hpp"

namespace duban {

EventRecord EventWriter::write(EventRecord event) {
  event = store_.append(std::move(event));
  switch (target_of(event)) {
    case EventTarget::run: store_.put_run(run_from_event(event)); break;
    case EventTarget::task: {
      Task task = store_.task(event.task).value_or(Task{});
      apply_task_event(event, task);
      store_.put_task(task);
      break;
    }
    case EventTarget::record: {
      const auto [type, id] = record_key(event);
      PluginRecord record = store_.record(type, id).value_or(PluginRecord{});
      apply_record_event(event, record);
      store_.put_record(record);
      break;
    }
    case EventTarget::none: break;
  }
  return event;
}

EventRecord EventWriter::write(EventRecord event, Task& task) {
  if (target_of(event) != EventTarget::task)
    throw std::logic_error("EventWriter: a " + event.type + " event does not change a task");
  event = store_.append(std::move(event));
  apply_task_event(event, task);
  store_.put_task(task);
  return event;
}

EventRecord EventWriter::write_secret(EventRecord event, const PluginRecord& row) {
  if (target_of(event) != EventTarget::none)
    throw std::logic_error("EventWriter: a " + event.type + " event has state of its own");
  event = store_.append(std::move(event));
  store_.put_record(row);
  return event;
}

}  // namespace duban
