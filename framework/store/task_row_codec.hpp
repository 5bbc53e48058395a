#pragma once
// Rows of the runs and tasks tables to the typed model and back. Reading
// happens once per row, when the store reads it; a row that does not decode
// (an unknown state, a time that is not a time, JSON that is not what this
// program writes) is damage, reported as a StoreError naming the file, the
// task and what was wrong.

#include <string>

#include "model/task.hpp"
#include "store/records.hpp"

namespace duban {

/// Throws StoreError ("FILE: database is corrupt: task ID: …").
Task task_from_row(TaskRow row, const std::string& file);
TaskRow task_row(const Task& task);

/// Throws StoreError ("FILE: database is corrupt: run ID: …").
Run run_from_row(RunRow row, const std::string& file);
RunRow run_row(const Run& run);

}  // namespace duban
