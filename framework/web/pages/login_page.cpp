// 登录: the one page anybody may open.

#include "web/pages/html.hpp"
#include "web/pages/pages.hpp"

namespace duban::web {

Response login_page(const Workspace& ws, const std::string& next, const std::string& person,
                    const std::string& error, int status) {
  using html::esc;
  std::string out =
      "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>登录 · 督办</title><link rel=\"stylesheet\" href=\"/static/style.css\">"
      "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"></head>"
      "<body class=\"login\"><main><h1>督办 · " +
      esc(ws.config.name) + "</h1>";
  if (!error.empty()) out += R"(<p class="notice refused" role="alert">)" + esc(error) + "</p>";
  out +=
      R"(<form method="post" action="/login"><input type="hidden" name="next" value=")" +
      esc(next) +
      "\"><label>工号（人员 id）<input name=\"person\" autocomplete=\"username\" required "
      "autofocus value=\"" +
      esc(person) +
      "\"></label><label>密码<input type=\"password\" name=\"password\" "
      "autocomplete=\"current-password\" required></label><button "
      "type=\"submit\">登录</button></form><p class=\"hint\">没有密码？请管理员用 <code>duban user "
      "passwd</code> 设置。</p></main></body></html>";
  return html_response(std::move(out), status);
}

}  // namespace duban::web
