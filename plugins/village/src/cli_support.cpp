#include "cli_support.hpp"

#include <algorithm>
#include <charconv>
#include <ostream>

namespace duban::village {

std::string option(const sdk::CommandInput& input, const std::string& name) {
  const auto it = input.options.find(name);
  return it == input.options.end() ? std::string{} : it->second;
}

std::string required_option(const sdk::CommandInput& input, const std::string& name) {
  std::string value = option(input, name);
  if (value.empty()) throw sdk::CommandError("缺少选项 --" + name);
  return value;
}

std::string action_of(const sdk::CommandInput& input, const std::string& fallback) {
  return input.arguments.empty() ? fallback : input.arguments.front();
}

bool parse_yes_no(const std::string& name, const std::string& value) {
  static const std::vector<std::string> yes{"yes", "y", "true", "1", "是", "有"};
  static const std::vector<std::string> no{"no", "n", "false", "0", "否", "无"};
  if (std::find(yes.begin(), yes.end(), value) != yes.end()) return true;
  if (std::find(no.begin(), no.end(), value) != no.end()) return false;
  throw sdk::CommandError("--" + name + " 应为 yes/no（是/否），不是 '" + value + "'");
}

double parse_amount(const std::string& name, const std::string& value) {
  double amount = 0;
  const auto* end = value.data() + value.size();
  const auto [ptr, ec] = std::from_chars(value.data(), end, amount);
  if (ec != std::errc{} || ptr != end || amount < 0) {
    throw sdk::CommandError("--" + name + " 应为不小于0的数，不是 '" + value + "'");
  }
  return amount;
}

int parse_count(const std::string& name, const std::string& value, int low, int high) {
  int count = 0;
  const auto* end = value.data() + value.size();
  const auto [ptr, ec] = std::from_chars(value.data(), end, count);
  if (ec != std::errc{} || ptr != end || count < low || count > high) {
    throw sdk::CommandError("--" + name + " 应为 " + std::to_string(low) + "–" +
                            std::to_string(high) + " 的整数，不是 '" + value + "'");
  }
  return count;
}

std::vector<std::string> split_list(const std::string& text) {
  std::string normalised = text;
  for (const std::string separator : {"，", "、"}) {
    for (auto at = normalised.find(separator); at != std::string::npos;
         at = normalised.find(separator)) {
      normalised.replace(at, separator.size(), ",");
    }
  }
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= normalised.size()) {
    const auto comma = std::min(normalised.find(',', start), normalised.size());
    std::string item = normalised.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) items.push_back(item);
    start = comma + 1;
  }
  return items;
}

std::string today(const sdk::Context& context) {
  return context.now().substr(0, 10);
}

std::string person_name(const sdk::Context& context, const std::string& id) {
  const auto person = context.person(id);
  return person ? person->name : id;
}

void check_id(const std::string& what, const std::string& id) {
  const bool ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
  if (!ok) {
    throw sdk::CommandError(what + " id '" + id + "' 只能用英文字母、数字、- _ .（名称另填）");
  }
}

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    // Three- and four-byte UTF-8 here is Chinese text or full-width punctuation.
    width += length >= 3 ? 2 : 1;
    i += length;
  }
  return width;
}

void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths(header.size(), 0);
  auto widen = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(row[c]));
    }
  };
  widen(header);
  for (const auto& row : rows) widen(row);
  auto print = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      out << row[c];
      if (c + 1 < row.size()) out << std::string(widths[c] - display_width(row[c]) + 2, ' ');
    }
    out << '\n';
  };
  print(header);
  for (const auto& row : rows) print(row);
}

}  // namespace duban::village
