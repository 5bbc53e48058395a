#pragma once
// Each module of the web layer adds its routes to the table.

#include "web/router.hpp"

namespace duban::web {

class WebApp;

/// POST /api/login, /api/logout, GET /api/me; the log-in page and form.
void add_auth_routes(Router& router, WebApp& app);
/// /api/tasks…: list, show with history, every action.
void add_task_routes(Router& router, WebApp& app);
/// /api/status, /api/sections, /api/runs, /api/workflows.
void add_report_routes(Router& router, WebApp& app);
/// The pages: today, week, task, workflow, sections; the style sheet.
void add_page_routes(Router& router, WebApp& app);

}  // namespace duban::web
