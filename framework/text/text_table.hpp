#pragma once
// Plain-text tables for the terminal: columns aligned by display width (so
// Chinese names line up), optional ANSI colour, optional shrinking to fit.

#include <cstddef>
#include <string>
#include <vector>

namespace duban {

enum class Align { left, right };

/// Cell colours. Emitted as ANSI SGR codes only when TableStyle::color is set.
enum class Color { none, red, yellow, green, dim, bold };

struct Column {
  std::string header;
  Align align = Align::left;
};

struct Cell {
  std::string text;
  Color color = Color::none;
};

struct TableStyle {
  bool color = false;         ///< emit ANSI colour codes (see color_wanted())
  std::size_t max_width = 0;  ///< 0 = unlimited; else shrink left-aligned columns
  bool ascii = false;         ///< underline the header with '-' instead of '─'
};

/// Columns are separated by two spaces; the header (bold when colour is on)
/// is underlined to each column's width; no line has trailing spaces. Cell text is cleaned when
/// added: tabs and line breaks become spaces and other control characters (ESC…) and invalid UTF-8
/// become U+FFFD, so data can neither break the layout nor send escape sequences to the terminal.
class TextTable {
 public:
  explicit TextTable(std::vector<Column> columns);

  /// Adds a row; missing trailing cells are empty. More cells than columns
  /// throw std::invalid_argument (a programming error).
  void add_row(const std::vector<std::string>& cells);
  /// Same, with a colour per cell. (Not an add_row overload: a braced list of
  /// two strings would be ambiguous through vector's iterator-pair constructor.)
  void add_styled_row(std::vector<Cell> cells);

  [[nodiscard]] std::size_t column_count() const { return columns_.size(); }
  [[nodiscard]] std::size_t row_count() const { return rows_.size(); }

  /// The table, one '\n'-terminated line per header, underline and row.
  /// When wider than style.max_width, the widest left-aligned columns are cut
  /// (with "…") down to a floor of 4 columns each; right-aligned columns hold
  /// numbers and are never cut, so the result may still exceed max_width.
  [[nodiscard]] std::string render(const TableStyle& style = {}) const;

 private:
  using Row = std::vector<Cell>;
  [[nodiscard]] std::vector<std::size_t> column_widths(std::size_t max_width) const;
  [[nodiscard]] std::string render_row(const Row& row, const std::vector<std::size_t>& widths,
                                       bool color) const;

  std::vector<Column> columns_;
  std::vector<Row> rows_;
};

}  // namespace duban
