#pragma once
// How tasks are shown: JSON objects, table rows, and the list and show commands.

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "model/task_state.hpp"
#include "views/task_json.hpp"

namespace duban::cli {

using Runner = std::pair<CLI::App*, std::function<int(CommandContext&)>>;

/// "done: weekly-planning/2026-W07/summary.office · 办公室第7周工作总结 · 王芳 · 已办结",
/// the state in the words of `messages`.
std::string action_done_line(TaskAction action, const Task& task, const Workspace& workspace,
                             const Messages& messages);

Runner add_list_command(CLI::App& task_app);
Runner add_show_command(CLI::App& task_app);

}  // namespace duban::cli
