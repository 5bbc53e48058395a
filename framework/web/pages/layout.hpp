#pragma once
// The frame of every page (title, navigation, who is logged in, log-out)
// and the pieces pages share: lights, states, names, times, counts.

#include <string>
#include <vector>

#include "model/task.hpp"
#include "messages/messages.hpp"
#include "status/status_report.hpp"
#include "store/records.hpp"
#include "web/http.hpp"
#include "web/router.hpp"
#include "workspace/workspace.hpp"

namespace duban::web {

/// Which navigation entry is current.
enum class Nav { today, week, workflows, sections, none };

/// Every page is in the words of one catalogue (`m`, the WebApp's), and
/// its <html lang> says which.

/// A whole page: `body` (HTML) inside the frame.
std::string page_html(const Messages& m, const Workspace& ws, const Caller& caller, Nav nav,
                      const std::string& title, const std::string& body);
/// The opening of every page up to <body>: <html lang>, the title, the style sheet.
std::string page_head(const Messages& m, const std::string& title);
/// A page saying what went wrong in the catalogue's words, with the
/// detail (English) underneath.
Response error_page(const Messages& m, int status, const std::string& message);

/// A light as a coloured dot and a word: 红灯, 黄灯, 绿灯 ("—" for none).
std::string light_badge(const Messages& m, Light light);
/// "已签收", "已办结" …
std::string state_badge(const Messages& m, TaskState state);
/// A link to the task's page, its title as the text.
std::string task_link(const Task& task);
/// Names of people, joined by "、".
std::string people_names(const Messages& m, const Organisation& org,
                         const std::vector<std::string>& ids);
/// A unit's name (its id if unknown).
std::string unit_name(const Organisation& org, const std::string& id);
/// "03-13 17:30"; "" when there is no time.
std::string short_time(const std::optional<LocalDateTime>& when);
/// "86%".
std::string percent(double rate);
/// The hidden form field carrying the caller's CSRF token.
std::string csrf_field(const Caller& caller);
/// One row of counts: due, done, on time, overdue, red, yellow, green,
/// closure rate (with a bar) and on-time rate, after `name`.
std::vector<std::string> counts_cells(const std::string& name, const StatusCounts& counts);
/// The header for counts_cells.
std::vector<std::string> counts_header(const Messages& m, const std::string& first);
/// The big figures at the top of a status page, each with data-count="key".
std::string totals_strip(const Messages& m, const StatusCounts& counts);

}  // namespace duban::web
