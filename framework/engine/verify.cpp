#include "engine/verify.hpp"

#include <stdexcept>

#include "engine/reducer.hpp"
#include "store/records.hpp"

namespace duban {

namespace {

std::string check_chain(const std::vector<EventRecord>& events) {
  std::string previous;
  std::int64_t expected_id = 1;
  for (const auto& e : events) {
    if (e.id != expected_id)
      return "event " + std::to_string(expected_id) + " is missing (next is " +
             std::to_string(e.id) + ")";
    if (e.prev_hash != previous)
      return "event " + std::to_string(e.id) + " (" + e.type +
             "): its prev_hash does not match event " + std::to_string(e.id - 1);
    if (event_hash(e) != e.hash)
      return "event " + std::to_string(e.id) + " (" + e.type + ", " + e.time +
             "): its hash does not match its contents";
    previous = e.hash;
    ++expected_id;
  }
  return "";
}

// The first event of `task`, to name where a mismatch starts.
std::string first_event_of(const std::vector<EventRecord>& events, const std::string& task) {
  for (const auto& e : events) {
    if (e.task == task) return "event " + std::to_string(e.id);
  }
  return "no event";
}

// How a record is named in messages: a score entry as people know it.
std::string record_name(const PluginRecord& record) {
  if (record.type == core_record::score_entry) return "score entry " + record.id;
  return "record " + record.type + "/" + record.id;
}

std::string record_source(const PluginRecord& record) {
  return record.type == core_record::score_entry ? "its last score.entered event"
                                                 : "its record.put events";
}

// Every stored record but accounts (which the log does not carry) must be
// what its events make it, and every record the events make must be stored.
std::string check_records(Store& store, const RebuiltState& rebuilt, VerifyReport& report) {
  std::size_t compared = 0;
  for (const auto& record : store.records("")) {
    if (record.type == core_record::account) continue;
    ++compared;
    ++(record.type == core_record::score_entry ? report.score_entries : report.records);
    auto it = rebuilt.records.find({record.type, record.id});
    if (it == rebuilt.records.end())
      return record_name(record) + " is in the state but no event made it";
    if (!(it->second == record))
      return record_name(record) + " differs from " + record_source(record);
  }
  if (compared != rebuilt.records.size())
    return "events write " + std::to_string(rebuilt.records.size()) +
           " records but the state holds " + std::to_string(compared);
  return "";
}

std::string check_state(Store& store, const std::vector<EventRecord>& events,
                        VerifyReport& report) {
  RebuiltState rebuilt;
  try {
    rebuilt = rebuild(events);
  } catch (const std::exception& e) {
    return std::string("cannot rebuild state from events: ") + e.what();
  }
  std::vector<Task> tasks;
  std::vector<Run> runs;
  try {
    tasks = store.tasks(TaskQuery{});
    runs = store.runs();
  } catch (const StoreError& e) {  // a row that does not even read as a task
    return e.what();
  }
  report.tasks = static_cast<std::int64_t>(tasks.size());
  report.runs = static_cast<std::int64_t>(runs.size());
  for (const auto& t : tasks) {
    auto it = rebuilt.tasks.find(t.id);
    if (it == rebuilt.tasks.end())
      return "task " + t.id + " is in the state but no event created it";
    if (!(it->second == t))
      return "task " + t.id + " differs from the state rebuilt from its events (from " +
             first_event_of(events, t.id) + ")";
  }
  if (tasks.size() != rebuilt.tasks.size())
    return "events create " + std::to_string(rebuilt.tasks.size()) + " tasks but the state holds " +
           std::to_string(tasks.size());
  for (const auto& r : runs) {
    auto it = rebuilt.runs.find(r.id);
    if (it == rebuilt.runs.end() || !(it->second == r))
      return "run " + r.id + " differs from its run.created event";
  }
  if (runs.size() != rebuilt.runs.size())
    return "events create " + std::to_string(rebuilt.runs.size()) + " runs but the state holds " +
           std::to_string(runs.size());
  return check_records(store, rebuilt, report);
}

}  // namespace

VerifyReport verify_store(Store& store) {
  store.check_integrity();  // damaged pages first: they would mislead the checks below
  VerifyReport report;
  const auto events = store.events({});
  report.events = static_cast<std::int64_t>(events.size());
  report.problem = check_chain(events);
  if (report.problem.empty()) report.problem = check_state(store, events, report);
  return report;
}

}  // namespace duban
