// 登录: the one page anybody may open.

#include "web/pages/html.hpp"
#include "web/pages/layout.hpp"
#include "web/pages/pages.hpp"

namespace duban::web {

Response login_page(const Messages& m, const Workspace& ws, const std::string& next,
                    const std::string& person, const std::string& error, int status) {
  using html::esc;
  std::string out = page_head(m, m[Msg::log_in]) + "<body class=\"login\"><main><h1>" +
                    m[Msg::app_name] + " · " + esc(ws.config.name) + "</h1>";
  if (!error.empty()) out += R"(<p class="notice refused" role="alert">)" + esc(error) + "</p>";
  out += R"(<form method="post" action="/login"><input type="hidden" name="next" value=")" +
         esc(next) + "\"><label>" + m[Msg::login_person] +
         "<input name=\"person\" autocomplete=\"username\" required autofocus value=\"" +
         esc(person) + "\"></label><label>" + m[Msg::login_password] +
         "<input type=\"password\" name=\"password\" autocomplete=\"current-password\" "
         "required></label><button type=\"submit\">" +
         m[Msg::log_in] + "</button></form><p class=\"hint\">" +
         m(Msg::login_hint, {"<code>duban user passwd</code>"}) + "</p></main></body></html>";
  return html_response(std::move(out), status);
}

}  // namespace duban::web
