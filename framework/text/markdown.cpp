#include "text/markdown.hpp"

#include <stdexcept>
#include <string_view>

namespace duban {

namespace {

// GitHub splits cells on any '|' not preceded by a backslash escape, so a
// literal backslash must be escaped too or "a\|b" would still split.
std::string escape_cell(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '|' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break
      out.append("<br>");
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string table_line(const std::vector<std::string>& cells, std::size_t columns) {
  if (cells.size() > columns) {
    throw std::invalid_argument("to_markdown_table: a row has " + std::to_string(cells.size()) +
                                " cells for " + std::to_string(columns) + " columns");
  }
  std::string line = "|";
  for (std::size_t i = 0; i < columns; ++i) {
    line.append(" ");
    if (i < cells.size()) line.append(escape_cell(cells[i]));
    line.append(" |");
  }
  line.push_back('\n');
  return line;
}

std::string alignment_line(const std::vector<Align>& align, std::size_t columns) {
  std::string line = "|";
  for (std::size_t i = 0; i < columns; ++i) {
    if (align.empty()) {
      line.append(" --- |");
    } else {
      line.append(align[i] == Align::right ? " ---: |" : " :--- |");
    }
  }
  line.push_back('\n');
  return line;
}

}  // namespace

std::string to_markdown_table(const std::vector<std::string>& header,
                              const std::vector<std::vector<std::string>>& rows,
                              const std::vector<Align>& align) {
  if (header.empty()) return {};
  if (!align.empty() && align.size() != header.size()) {
    throw std::invalid_argument("to_markdown_table: " + std::to_string(align.size()) +
                                " alignments for " + std::to_string(header.size()) + " columns");
  }
  std::string out = table_line(header, header.size());
  out.append(alignment_line(align, header.size()));
  for (const auto& row : rows) out.append(table_line(row, header.size()));
  return out;
}

}  // namespace duban
