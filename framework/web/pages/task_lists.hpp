#pragma once
// Lists of tasks as the pages show them: each with its light assessed now,
// red before yellow before green, the worst first.

#include <span>
#include <string>
#include <vector>

#include "status/status_report.hpp"
#include "workspace/workspace.hpp"

namespace duban::web {

/// The tasks with their lights at `now`, red first (most
/// days late first), then yellow, green and closed, each by due time.
std::vector<StatusItem> lit_tasks(const Workspace& ws, std::vector<Task> tasks, LocalDateTime now);

/// A table of tasks: light, title (a link), owners, due, state, milestone.
/// `empty` is shown instead when there are none.
std::string task_table(const Messages& m, const Workspace& ws, std::span<const StatusItem> items,
                       std::string_view empty);

/// "另有 N 项未列出" under a list cut at `shown` of `total`, else "".
std::string more_line(const Messages& m, std::size_t shown, std::size_t total);

}  // namespace duban::web
