#pragma once
// Output of the plugin's own commands (`area list`, `findings`) in the
// formats the core's --format offers: table, json, csv, md. Pure.

#include <string>
#include <vector>

namespace civilization {

/// A table of text cells with a header.
struct TextTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

/// Terminal columns `text` takes: CJK and full-width characters count two.
std::size_t display_width(const std::string& text);

/// The table in `format` ("table", "csv", "md"; anything else is "table").
std::string render_table(const TextTable& table, const std::string& format);

}  // namespace civilization
