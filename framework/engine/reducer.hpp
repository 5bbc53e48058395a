#pragma once
// Current state is a fold of the event log. The same functions update state
// when a command writes an event (through EventWriter) and rebuild all of it
// for `log --verify`, so the two can never disagree by construction — only
// by tampering.

#include <map>
#include <string>
#include <vector>

#include "model/task.hpp"
#include "store/records.hpp"

namespace duban {

/// Event types, as stored.
namespace event_type {
inline constexpr const char* run_created = "run.created";
inline constexpr const char* task_created = "task.created";
inline constexpr const char* task_ready = "task.ready";
inline constexpr const char* task_acknowledged = "task.acknowledged";
inline constexpr const char* task_started = "task.started";
inline constexpr const char* task_done = "task.done";
inline constexpr const char* task_blocked = "task.blocked";
inline constexpr const char* task_returned = "task.returned";
inline constexpr const char* task_cancelled = "task.cancelled";
inline constexpr const char* task_reassigned = "task.reassigned";
inline constexpr const char* task_noted = "task.noted";
inline constexpr const char* task_chased = "task.chased";
inline constexpr const char* extension_requested = "task.extension_requested";
inline constexpr const char* extension_approved = "task.extension_approved";
inline constexpr const char* light_changed = "task.light_changed";
inline constexpr const char* task_escalated = "task.escalated";
/// Tick saw an open task past its due time (once per task; hooks run on it).
inline constexpr const char* task_overdue = "task.overdue";
/// An automatic task's plugin reported failure (payload: message, evidence).
inline constexpr const char* task_failed = "task.failed";
/// An automatic task completed by its plugin (payload: message, evidence).
inline constexpr const char* task_completed_automatically = "task.completed";
/// A plugin record was written (run and task empty; payload: type, id, data).
inline constexpr const char* record_put = "record.put";
/// A manual score input entered for a person and week; run and task are "".
inline constexpr const char* score_entered = "score.entered";
/// A person's web password was set (payload: person); run and task are "".
/// The password itself is never in the log (see core_record::account).
inline constexpr const char* account_password_set = "account.password_set";
}  // namespace event_type

/// The rows of the generic records table that the core itself keeps. The
/// ':' keeps them apart from every plugin's types ("plugin.type"), which
/// plugins can neither name nor read.
namespace core_record {
/// A manual score input's current value, id "WEEK/PERSON/ITEM": folded from
/// its score.entered events like a plugin record from its record.put ones.
inline constexpr const char* score_entry = "duban:score_entry";
/// A person's web log-in (data: password_hash, set_by). Not derived from
/// events: the log says a password was set, never its hash.
inline constexpr const char* account = "duban:account";
}  // namespace core_record

/// What an event changes: a run, a task, a record, or nothing derived (an
/// account's password, a roster's leave note: facts the log only records).
enum class EventTarget { run, task, record, none };
/// The one decision of which state an event type folds into, shared by the
/// live writer (EventWriter) and the rebuild, so the two cannot disagree.
EventTarget target_of(const EventRecord& event);

/// The run an event of type run.created describes.
Run run_from_event(const EventRecord& event);
/// Applies one task event to `task` (a task.created event fills it from nothing).
/// Throws std::invalid_argument for an event type it does not know, and
/// nlohmann::json's exceptions for a payload that is not what it should be.
void apply_task_event(const EventRecord& event, Task& task);

/// (type, id) of the record a record.put or score.entered event writes.
std::pair<std::string, std::string> record_key(const EventRecord& event);
/// Applies a record.put or score.entered event to the record it names
/// (created if new): its data is the event's, its version counts them.
void apply_record_event(const EventRecord& event, PluginRecord& record);
/// "2026-W10/liu-xiaoyan/attendance": the id of the entry for (week, person, item).
std::string score_entry_id(const std::string& week, const std::string& person,
                           const std::string& item);

struct RebuiltState {
  std::map<std::string, Run> runs;
  std::map<std::string, Task> tasks;
  std::map<std::pair<std::string, std::string>, PluginRecord> records;  ///< (type, id) →
};

/// Folds events in order into runs, tasks and records (plugin records and
/// the core's score entries).
RebuiltState rebuild(const std::vector<EventRecord>& events);

}  // namespace duban
