#include "text/csv.hpp"

#include <string_view>

namespace duban {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// [+-]digits[.digits] or [+-].digits: what a report writes for a number.
bool is_plain_number(std::string_view text) {
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) text.remove_prefix(1);
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  const auto all_digits = [](std::string_view part) {
    for (char c : part) {
      if (!is_digit(c)) return false;
    }
    return true;
  };
  if (point != std::string_view::npos && fraction.empty()) return false;  // "3."
  return !(whole.empty() && fraction.empty()) && all_digits(whole) && all_digits(fraction);
}

// Excel evaluates a cell starting with one of these as a formula (OWASP's list).
bool looks_like_formula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return !is_plain_number(text);
    default: return false;
  }
}

bool needs_quotes(std::string_view text) {
  return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

void append_field(std::string& out, std::string_view field) {
  std::string text;
  if (looks_like_formula(field)) text.push_back('\'');
  text.append(field);
  if (!needs_quotes(text)) {
    out.append(text);
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void append_record(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_field(out, fields[i]);
  }
  out.append("\r\n");
}

}  // namespace

std::string to_csv(const std::vector<std::string>& header,
                   const std::vector<std::vector<std::string>>& rows, bool excel_bom) {
  std::string out;
  if (excel_bom) out.append("\xEF\xBB\xBF");
  if (!header.empty()) append_record(out, header);
  for (const auto& row : rows) append_record(out, row);
  return out;
}

}  // namespace duban
