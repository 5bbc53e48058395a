#include "text/text_table.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string_view>
#include <utility>

#include <utf8proc.h>

#include "text/display_width.hpp"
#include "text/utf8_scan.hpp"

namespace duban {

namespace {

constexpr std::string_view kSeparator = "  ";
constexpr std::size_t kSeparatorWidth = 2;
// A cut column keeps at least this many columns: "编…" or "abc…" still hint at
// the value, narrower would not.
constexpr std::size_t kMinShrunkWidth = 4;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

std::string_view sgr_code(Color color) {
  switch (color) {
    case Color::none: return "";
    case Color::red: return "\x1b[31m";
    case Color::yellow: return "\x1b[33m";
    case Color::green: return "\x1b[32m";
    case Color::dim: return "\x1b[2m";
    case Color::bold: return "\x1b[1m";
  }
  return "";
}

// Tabs and line breaks would break the grid and ESC would let data drive the
// terminal, so control characters never reach the output.
std::string clean_cell_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto cp = report_detail::decode_at(text, pos);
    if (!cp.valid) {
      out.append(kReplacement);
    } else if (utf8proc_category(cp.value) != UTF8PROC_CATEGORY_CC) {
      out.append(text.substr(pos, cp.length));
    } else if (cp.value == '\t' || cp.value == '\n' || cp.value == '\r') {
      out.push_back(' ');
    } else {
      out.append(kReplacement);
    }
    pos += cp.length;
  }
  return out;
}

std::string colored(std::string_view text, Color color, bool enabled) {
  if (!enabled || color == Color::none || text.empty()) return std::string(text);
  std::string out(sgr_code(color));
  out.append(text);
  out.append("\x1b[0m");
  return out;
}

void trim_trailing_spaces(std::string& line) {
  line.erase(line.find_last_not_of(' ') + 1);  // npos + 1 == 0 clears an all-space line
}

std::size_t total_width(const std::vector<std::size_t>& widths) {
  const std::size_t cells = std::accumulate(widths.begin(), widths.end(), std::size_t{0});
  return widths.empty() ? 0 : cells + kSeparatorWidth * (widths.size() - 1);
}

std::string underline(const std::vector<std::size_t>& widths, bool ascii) {
  const std::string_view stroke = ascii ? "-" : "─";
  std::string line;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) line.append(kSeparator);
    for (std::size_t n = 0; n < widths[i]; ++n) line.append(stroke);
  }
  return line;
}

}  // namespace

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {
  for (auto& column : columns_) column.header = clean_cell_text(column.header);
}

void TextTable::add_row(const std::vector<std::string>& cells) {
  std::vector<Cell> row;
  row.reserve(cells.size());
  for (const auto& text : cells) row.push_back(Cell{text, Color::none});
  add_styled_row(std::move(row));
}

void TextTable::add_styled_row(std::vector<Cell> cells) {
  if (cells.size() > columns_.size()) {
    throw std::invalid_argument("TextTable: a row of " + std::to_string(cells.size()) +
                                " cells for " + std::to_string(columns_.size()) + " columns");
  }
  for (auto& cell : cells) cell.text = clean_cell_text(cell.text);
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::vector<std::size_t> TextTable::column_widths(std::size_t max_width) const {
  std::vector<std::size_t> widths;
  for (const auto& column : columns_) widths.push_back(display_width(column.header));
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i].text));
    }
  }
  if (max_width == 0) return widths;
  // Narrow the widest shrinkable column one step at a time: this evens out the
  // long columns instead of crushing a single one.
  for (std::size_t total = total_width(widths); total > max_width; --total) {
    std::size_t* widest = nullptr;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const bool shrinkable = columns_[i].align == Align::left && widths[i] > kMinShrunkWidth;
      if (shrinkable && (widest == nullptr || widths[i] > *widest)) widest = &widths[i];
    }
    if (widest == nullptr) break;
    --*widest;
  }
  return widths;
}

std::string TextTable::render_row(const Row& row, const std::vector<std::size_t>& widths,
                                  bool color) const {
  std::string line;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i > 0) line.append(kSeparator);
    const std::string text = truncate_to_width(row[i].text, widths[i]);
    // Padding stays outside the colour codes, so codes never count as width.
    const std::string padding(widths[i] - display_width(text), ' ');
    const std::string shown = colored(text, row[i].color, color);
    line.append(columns_[i].align == Align::left ? shown + padding : padding + shown);
  }
  trim_trailing_spaces(line);
  line.push_back('\n');
  return line;
}

std::string TextTable::render(const TableStyle& style) const {
  if (columns_.empty()) return {};
  const std::vector<std::size_t> widths = column_widths(style.max_width);
  Row header;
  for (const auto& column : columns_) header.push_back(Cell{column.header, Color::bold});
  std::string out = render_row(header, widths, style.color);
  out.append(underline(widths, style.ascii)).push_back('\n');
  for (const auto& row : rows_) out.append(render_row(row, widths, style.color));
  return out;
}

}  // namespace duban
