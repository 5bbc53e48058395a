#include "web/pages/html.hpp"

#include "text/xml_escape.hpp"

namespace duban::web::html {

std::string esc(std::string_view text) {
  return xml_escaped(text);
}

std::string element(std::string_view tag, std::string_view attrs, std::string_view inner) {
  std::string out = "<";
  out += tag;
  if (!attrs.empty()) {
    out += ' ';
    out += attrs;
  }
  out += '>';
  out += inner;
  out += "</";
  out += tag;
  out += '>';
  return out;
}

std::string table(std::string_view css_class, const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows) {
  std::string out = "<table class=\"" + esc(css_class) + "\"><thead><tr>";
  for (const auto& h : header) out += "<th>" + h + "</th>";
  out += "</tr></thead><tbody>";
  for (const auto& row : rows) {
    out += "<tr>";
    for (const auto& cell : row) out += "<td>" + cell + "</td>";
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

}  // namespace duban::web::html
