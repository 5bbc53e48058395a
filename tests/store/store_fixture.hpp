#pragma once
// Sample records and a store in a fresh temporary folder, shared by the
// store tests. Every field of the samples is set to a distinct value so a
// round trip that drops or swaps a column fails.

#include <filesystem>
#include <string>

#include "store/records.hpp"
#include "store/sqlite_store.hpp"
#include "support/local_time.hpp"
#include "support/workspace_fixture.hpp"

namespace duban::test {

inline Run sample_run(const std::string& period = "2026-W07") {
  Run run;
  run.id = "weekly-planning/" + period;
  run.workflow = "weekly-planning";
  run.period = period;
  run.title = "周计划";
  run.created_at = test::local("2026-02-09T09:00");
  run.created_by = "zhang.wei";
  run.task_count = 12;
  return run;
}

inline Task sample_task(const std::string& key = "summary.office") {
  Task task;
  task.id = "weekly-planning/2026-W07/" + key;
  task.run = "weekly-planning/2026-W07";
  task.workflow = "weekly-planning";
  task.key = key;
  task.title = "汇总 " + key;
  task.unit = "office";
  task.owners = {"li.na", "wang.fang"};
  task.state = TaskState::in_progress;
  task.start = test::local("2026-02-09T09:00");
  task.due = test::local("2026-02-11T18:00");
  task.original_due = test::local("2026-02-10T18:00");
  task.policy = "standard";
  task.task_class = "report";
  task.kind = "task";
  task.depends_on = {"weekly-planning/2026-W07/collect.a", "weekly-planning/2026-W07/collect.b"};
  task.tags = {"weekly", "汇总"};
  task.weight = 2.5;
  task.milestones = {{"draft", "初稿", test::local("2026-02-10T12:00"), MetBy::progress,
                      test::local("2026-02-10T11:00")}};
  task.light = Light::yellow;
  task.escalation_level = 1;
  task.chases = 3;
  task.done_at = test::local("2026-02-11T17:30");
  Extension extension;
  extension.state = Extension::State::approved;
  extension.due = test::local("2026-02-11T18:00");
  extension.requested_by = "li.na";
  extension.requested_at = test::local("2026-02-10T09:00");
  extension.reason = "数据未齐";
  extension.approved_by = "zhang.wei";
  extension.approved_at = test::local("2026-02-10T10:00");
  task.extension = extension;
  task.detail.description = "write it";
  TaskEntry note;
  note.time = test::local("2026-02-10T08:00");
  note.actor = "li.na";
  note.text = "n1";
  task.detail.notes.push_back(note);
  task.detail.params = {{"threshold", 3}};
  task.version = 7;
  return task;
}

inline EventRecord sample_event(
    const std::string& type = "task.done",
    const std::string& task = "weekly-planning/2026-W07/summary.office") {
  EventRecord event;
  event.time = "2026-02-11T17:30";
  event.actor = "li.na";
  event.run = "weekly-planning/2026-W07";
  event.task = task;
  event.type = type;
  event.payload = R"({"note":"完成"})";
  event.reason = "finished early";
  return event;
}

/// A temporary folder with the database path inside it.
class StoreFolder {
 public:
  [[nodiscard]] std::filesystem::path db() const { return dir_.path() / "duban.db"; }
  [[nodiscard]] const std::filesystem::path& path() const { return dir_.path(); }

 private:
  TempDir dir_;
};

}  // namespace duban::test
