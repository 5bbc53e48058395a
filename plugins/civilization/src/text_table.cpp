#include "text_table.hpp"

#include <algorithm>

namespace civilization {
namespace {

// Decodes the code point starting at `text[i]` and advances `i` past it.
char32_t next_code_point(const std::string& text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t cp = length == 1 ? lead : lead & (0x7Fu >> length);
  for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
  }
  i += length;
  return cp;
}

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

std::string csv_cell(const std::string& cell) {
  if (cell.find_first_of(",\"\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string join(const std::vector<std::string>& cells, const std::string& separator,
                 std::string (*escape)(const std::string&)) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? separator : "") + escape(cells[i]);
  return line;
}

std::string md_cell(const std::string& cell) {
  std::string escaped;
  for (char c : cell) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
  return escaped;
}

std::string render_aligned(const TextTable& table) {
  std::vector<std::size_t> widths;
  for (const auto& c : table.columns) widths.push_back(display_width(c));
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
      text += cells[i];
      if (i + 1 < cells.size()) text += std::string(widths[i] - display_width(cells[i]) + 2, ' ');
    }
    return text + "\n";
  };
  std::string text = line(table.columns);
  for (const auto& row : table.rows) text += line(row);
  return text;
}

}  // namespace

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) width += is_wide(next_code_point(text, i)) ? 2u : 1u;
  return width;
}

std::string render_table(const TextTable& table, const std::string& format) {
  if (format == "csv") {
    std::string text = join(table.columns, ",", csv_cell) + "\n";
    for (const auto& row : table.rows) text += join(row, ",", csv_cell) + "\n";
    return text;
  }
  if (format == "md") {
    std::string text = "| " + join(table.columns, " | ", md_cell) + " |\n|";
    for (std::size_t i = 0; i < table.columns.size(); ++i) text += "---|";
    text += "\n";
    for (const auto& row : table.rows) text += "| " + join(row, " | ", md_cell) + " |\n";
    return text;
  }
  return render_aligned(table);
}

}  // namespace civilization
