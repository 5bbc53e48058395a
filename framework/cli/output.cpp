#include "cli/output.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include "text/csv.hpp"
#include "text/markdown.hpp"
#include "text/terminal.hpp"
#include "text/text_table.hpp"

namespace duban::cli {

namespace {
// Tables fit the terminal when there is one; piped output is never cut.
std::size_t terminal_columns() {
  if (!stdout_is_terminal()) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20) return size.ws_col;
  return 0;
}

bool looks_numeric(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789.%-") == std::string::npos;
}
}  // namespace

void print_rows(CommandContext& ctx, const std::string& format, const Row& header, const Rows& rows,
                const std::vector<Color>& colors) {
  if (format == "csv") {
    ctx.out() << to_csv(header, rows, true);
    return;
  }
  if (format == "md") {
    ctx.out() << to_markdown_table(header, rows);
    return;
  }
  std::vector<Column> columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    // A column of numbers reads best right-aligned.
    bool numeric = !rows.empty();
    for (const auto& row : rows)
      numeric = numeric && (i >= row.size() || row[i].empty() || looks_numeric(row[i]));
    columns.push_back({header[i], numeric ? Align::right : Align::left});
  }
  TextTable table(columns);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Color color = i < colors.size() ? colors[i] : Color::none;
    std::vector<Cell> cells;
    cells.reserve(rows[i].size());
    for (const auto& text : rows[i]) cells.push_back({text, color});
    table.add_styled_row(std::move(cells));
  }
  ctx.out() << table.render({color_wanted(ctx.options().no_color), terminal_columns(), false});
}

}  // namespace duban::cli
