#pragma once
// How tasks are shown: JSON objects, table rows, and the list and show commands.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "engine/task_state.hpp"

namespace duban::cli {

using Runner = std::pair<CLI::App*, std::function<int(CommandContext&)>>;

/// A stored local time ("2026-02-13T12:00") as ISO 8601 with the workspace offset.
std::string iso_time(const std::string& stored, const Workspace& workspace);
/// The documented JSON object of a task (id, title, owners, due, depends_on, run, state, light …).
nlohmann::json task_json(const TaskRecord& task, const Workspace& workspace);
/// "办结 weekly-planning/2026-W07/summary.office · 办公室第7周工作总结".
std::string action_done_line(TaskAction action, const TaskRecord& task, const Workspace& workspace);
/// Person names for ids, joined by "、".
std::string names_of(const std::vector<std::string>& ids, const Organisation& org);

Runner add_list_command(CLI::App& task_app);
Runner add_show_command(CLI::App& task_app);

}  // namespace duban::cli
