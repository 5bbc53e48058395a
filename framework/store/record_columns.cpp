// SQL text and field conversions generated from the column lists.

#include "store/record_columns.hpp"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

namespace duban {

namespace {

std::string placeholders(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += i == 0 ? "?" : ", ?";
  return text;
}

}  // namespace

std::string column_list(const std::vector<std::string>& names, std::string_view table_alias) {
  std::string text;
  for (const auto& name : names) {
    if (!text.empty()) text += ", ";
    if (!table_alias.empty()) text.append(table_alias).append(".");
    text += '"' + name + '"';
  }
  return text;
}

std::string insert_sql(std::string_view table, const std::vector<std::string>& names) {
  return "INSERT INTO " + std::string(table) + " (" + column_list(names) + ") VALUES (" +
         placeholders(names.size()) + ")";
}

std::string upsert_sql(std::string_view table, const std::vector<std::string>& names) {
  std::string updates;
  for (const auto& name : names) {
    if (name == "id") continue;
    if (!updates.empty()) updates += ", ";
    updates += '"' + name + "\" = excluded.\"" + name + '"';
  }
  return insert_sql(table, names) + " ON CONFLICT (id) DO UPDATE SET " + updates;
}

std::string to_json_array(const std::vector<std::string>& values) {
  try {
    return nlohmann::json(values).dump();
  } catch (const nlohmann::json::exception& error) {
    throw StoreError(std::string("cannot store a list as JSON: ") + error.what());
  }
}

namespace {

// The lists duban stores (owners, tags, depends_on) are compact arrays of
// ids, written by nlohmann's dump(): escapes are almost never needed. Reading
// them without building a JSON document took a tenth off `status --week` at
// 100,000 tasks (46.9 against 50.8 ms, bench/store); anything else goes to
// the full parser.
std::optional<std::vector<std::string>> plain_string_array(std::string_view text) {
  const bool needs_parser = std::any_of(text.begin(), text.end(), [](char c) {
    return c == '\\' || static_cast<unsigned char>(c) < 0x20;
  });
  if (needs_parser || text.size() < 2 || text.front() != '[' || text.back() != ']') {
    return std::nullopt;
  }
  std::vector<std::string> values;
  std::string_view rest = text.substr(1, text.size() - 2);
  while (!rest.empty()) {
    if (rest.front() != '"') return std::nullopt;
    const std::size_t close = rest.find('"', 1);
    if (close == std::string_view::npos) return std::nullopt;
    values.emplace_back(rest.substr(1, close - 1));
    rest.remove_prefix(close + 1);
    if (rest.empty()) break;
    if (rest.front() != ',' || rest.size() == 1) return std::nullopt;
    rest.remove_prefix(1);
  }
  return values;
}

}  // namespace

std::vector<std::string> from_json_array(const std::string& text, const std::string& file,
                                         std::string_view column) {
  if (text.empty()) return {};
  if (auto values = plain_string_array(text)) return std::move(*values);
  try {
    return nlohmann::json::parse(text).get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception& error) {
    throw StoreError(file + ": column " + std::string(column) +
                     " does not hold a JSON list of strings: " + error.what());
  }
}

bool ColumnBinder::next(std::string_view name) {
  if (name == skip_) return false;
  ++index_;
  return true;
}

void ColumnBinder::operator()(std::string_view name, const std::string& value) {
  if (next(name)) statement_.bind_text(index_, value);
}

void ColumnBinder::operator()(std::string_view name, const std::vector<std::string>& value) {
  if (next(name)) statement_.bind_text(index_, to_json_array(value));
}

void ColumnBinder::operator()(std::string_view name, double value) {
  if (next(name)) statement_.bind_double(index_, value);
}

void ColumnBinder::operator()(std::string_view name, std::int64_t value) {
  if (next(name)) statement_.bind_int64(index_, value);
}

void ColumnReader::operator()(std::string_view, std::string& value) {
  value = statement_.text(column_++);
}

void ColumnReader::operator()(std::string_view name, std::vector<std::string>& value) {
  value = from_json_array(statement_.text(column_++), file_, name);
}

void ColumnReader::operator()(std::string_view, double& value) {
  value = statement_.real(column_++);
}

void ColumnReader::operator()(std::string_view, std::int64_t& value) {
  value = statement_.int64(column_++);
}

}  // namespace duban
