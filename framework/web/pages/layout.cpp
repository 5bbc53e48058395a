#include "web/pages/layout.hpp"

#include <cmath>

#include "model/task_state.hpp"
#include "web/pages/html.hpp"

namespace duban::web {

using html::esc;

namespace {

std::string nav_link(Nav current, Nav mine, const char* href, const char* text) {
  return std::string("<a href=\"") + href + "\"" + (current == mine ? " class=\"current\"" : "") +
         ">" + text + "</a>";
}

const char* status_title(int status) {
  switch (status) {
    case 400: return "请求格式有误";
    case 401: return "请先登录";
    case 403: return "无权查看或操作";
    case 404: return "找不到该页面或任务";
    case 405: return "不支持该操作方式";
    case 409: return "当前状态不允许该操作";
    case 413: return "提交的内容过大";
    case 422: return "填写的内容有误";
    case 429: return "尝试次数过多";
    default: return "服务器出错";
  }
}

std::string head(const std::string& title) {
  return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>" +
         esc(title) +
         " · 督办</title><link rel=\"stylesheet\" href=\"/static/style.css\">"
         "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"></head><body>";
}

}  // namespace

std::string page_html(const Workspace& ws, const Caller& caller, Nav nav, const std::string& title,
                      const std::string& body) {
  const Person* me = ws.org.person(caller.person);
  std::string out = head(title);
  out +=
      "<header class=\"top\"><span class=\"brand\">督办 · " + esc(ws.config.name) + "</span><nav>";
  out += nav_link(nav, Nav::today, "/today", "今日");
  out += nav_link(nav, Nav::week, "/week", "本周");
  out += nav_link(nav, Nav::workflows, "/workflows", "流程");
  out += nav_link(nav, Nav::sections, "/sections", "专项栏目");
  out += R"(</nav><span class="who" data-person=")" + esc(caller.person) + R"(">)" +
         esc(me ? me->name : caller.person) + (caller.admin ? "（管理员）" : "") +
         R"(</span><form method="post" action="/logout" class="logout">)" + csrf_field(caller) +
         "<button type=\"submit\">退出</button></form></header>";
  out += "<main>" + body + "</main></body></html>";
  return out;
}

Response error_page(int status, const std::string& message) {
  std::string out = head(status_title(status));
  out += "<main class=\"error\"><h1>" + std::string(status_title(status)) +
         "</h1><p class=\"detail\">" + esc(message) +
         "</p><p><a href=\"/today\">返回今日</a></p></main></body></html>";
  return html_response(std::move(out), status);
}

std::string light_badge(Light light) {
  switch (light) {
    case Light::red: return "<span class=\"light red\" data-light=\"red\">红灯</span>";
    case Light::yellow: return "<span class=\"light yellow\" data-light=\"yellow\">黄灯</span>";
    case Light::green: return "<span class=\"light green\" data-light=\"green\">绿灯</span>";
    case Light::none: break;
  }
  return "<span class=\"light none\" data-light=\"none\">—</span>";
}

std::string state_badge(TaskState state) {
  const std::string name(state_name(state));
  return "<span class=\"state " + name + "\" data-state=\"" + name + "\">" +
         std::string(state_label_zh(state)) + "</span>";
}

std::string task_link(const Task& task) {
  return "<a href=\"/tasks/" + esc(url_encode(task.id)) + "\">" + esc(task.title) + "</a>";
}

std::string people_names(const Organisation& org, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const Person* p = org.person(id);
    out += (out.empty() ? "" : "、") + (p ? p->name : id);
  }
  return esc(out);
}

std::string unit_name(const Organisation& org, const std::string& id) {
  const Unit* u = org.unit(id);
  return esc(u ? u->name : id);
}

std::string short_time(const std::optional<LocalDateTime>& when) {
  return when ? format_month_day_time(*when) : std::string();
}

std::string percent(double rate) {
  return std::to_string(static_cast<int>(std::lround(rate * 100))) + "%";
}

std::string csrf_field(const Caller& caller) {
  return R"(<input type="hidden" name="_csrf" value=")" + esc(caller.csrf) + R"(">)";
}

std::vector<std::string> counts_header(const std::string& first) {
  return {first, "应办", "办结", "按时", "逾期", "红灯", "黄灯", "绿灯", "办结率", "按时率"};
}

std::vector<std::string> counts_cells(const std::string& name, const StatusCounts& c) {
  const int bar = static_cast<int>(std::lround(c.closure_rate() * 10)) * 10;
  return {name,
          std::to_string(c.due),
          std::to_string(c.done),
          std::to_string(c.done_on_time),
          c.overdue > 0 ? "<span class=\"late\">" + std::to_string(c.overdue) + "</span>" : "0",
          c.red > 0 ? "<span class=\"n red\">" + std::to_string(c.red) + "</span>" : "0",
          c.yellow > 0 ? "<span class=\"n yellow\">" + std::to_string(c.yellow) + "</span>" : "0",
          std::to_string(c.green),
          R"(<span class="rate"><span class="bar w)" + std::to_string(bar) + R"("></span>)" +
              percent(c.closure_rate()) + "</span>",
          percent(c.on_time_rate())};
}

std::string totals_strip(const StatusCounts& c) {
  auto figure = [](const char* key, const char* label, const std::string& value, const char* css) {
    return std::string(R"(<div class="figure )") + css + R"("><span class="value" data-count=")" +
           key + "\">" + value + "</span><span class=\"label\">" + label + "</span></div>";
  };
  return "<div class=\"totals\">" + figure("due", "应办", std::to_string(c.due), "") +
         figure("done", "办结", std::to_string(c.done), "") +
         figure("done_on_time", "按时办结", std::to_string(c.done_on_time), "") +
         figure("overdue", "逾期", std::to_string(c.overdue), c.overdue ? "late" : "") +
         figure("closure_rate", "办结率", percent(c.closure_rate()), "") +
         figure("on_time_rate", "按时率", percent(c.on_time_rate()), "") +
         figure("red", "红灯", std::to_string(c.red), "red") +
         figure("yellow", "黄灯", std::to_string(c.yellow), "yellow") +
         figure("green", "绿灯", std::to_string(c.green), "green") + "</div>";
}

}  // namespace duban::web
