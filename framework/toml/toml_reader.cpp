#include "toml/toml_reader.hpp"

#include <fstream>
#include <sstream>

#include "diagnostics/suggest.hpp"

namespace duban {

namespace {
SourcePosition position_from(const toml::source_region& region, const std::string& path) {
  return {path, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

// TOML++ describes an impossible date as "expected day between 1 and 28…":
// say plainly that the date does not exist.
std::string syntax_message(const toml::parse_error& error) {
  std::string text{error.description()};
  if (text.find("parsing date") != std::string::npos) return "impossible date: " + text;
  return "TOML syntax: " + text;
}
}  // namespace

std::optional<toml::table> parse_toml_text(std::string_view text, const std::string& path,
                                           Diagnostics& diagnostics) {
  try {
    return toml::parse(text, std::string_view{path});
  } catch (const toml::parse_error& error) {
    diagnostics.error(position_from(error.source(), path), syntax_message(error));
    return std::nullopt;
  }
}

std::optional<toml::table> parse_toml_file(const std::string& path, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error({path, 0, 0}, "cannot read file");
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_toml_text(buffer.str(), path, diagnostics);
}

SourcePosition position_of(const toml::node& node, const std::string& path) {
  return position_from(node.source(), path);
}

std::string_view describe_type(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
  }
  return "nothing";
}

std::optional<Date> date_from_node(const toml::node& node) {
  if (const auto* d = node.as_date()) {
    const toml::date& v = d->get();
    return parse_date(std::to_string(v.year).insert(0, v.year < 1000 ? "0" : "") + "-" +
                      (v.month < 10 ? "0" : "") + std::to_string(v.month) + "-" +
                      (v.day < 10 ? "0" : "") + std::to_string(v.day));
  }
  if (const auto* s = node.as_string()) return parse_date(s->get());
  return std::nullopt;
}

TableReader::TableReader(const toml::table& table, std::string path, Diagnostics& diagnostics,
                         std::string what)
    : table_(&table), path_(std::move(path)), diagnostics_(&diagnostics), what_(std::move(what)) {}

SourcePosition TableReader::position() const {
  return position_of(*table_, path_);
}

SourcePosition TableReader::position(std::string_view key) const {
  const auto found = table_->find(key);
  if (found == table_->end()) return position();
  if (found->second.source().begin) return position_of(found->second, path_);
  // TOML++ copies no value's source with a table (duban.toml's [plugins.NAME]
  // tables, a task's params are copies), but its keys keep theirs.
  return position_from(found->first.source(), path_);
}

void TableReader::allow(std::initializer_list<std::string_view> keys) {
  for (auto key : keys) known_.emplace(key);
}

bool TableReader::has(std::string_view key) {
  known_.emplace(key);
  return table_->contains(key);
}

const toml::node* TableReader::node(std::string_view key, Need need) {
  known_.emplace(key);
  const toml::node* n = table_->get(key);
  if (!n && need == Need::required) {
    diagnostics_->error(position(), what_ + " is missing required key '" + std::string(key) + "'");
  }
  return n;
}

void TableReader::wrong_type(std::string_view key, const toml::node& n,
                             std::string_view expected) const {
  diagnostics_->error(position_of(n, path_), "'" + std::string(key) + "' in " + what_ +
                                                 " must be " + std::string(expected) + ", not " +
                                                 std::string(describe_type(n)));
}

std::optional<std::string> TableReader::string(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  if (!n) return std::nullopt;
  if (const auto* s = n->as_string()) return s->get();
  wrong_type(key, *n, "a string");
  return std::nullopt;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  if (!n) return std::nullopt;
  if (const auto* i = n->as_integer()) return i->get();
  wrong_type(key, *n, "an integer");
  return std::nullopt;
}

std::optional<double> TableReader::number(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  if (!n) return std::nullopt;
  if (const auto* i = n->as_integer()) return static_cast<double>(i->get());
  if (const auto* f = n->as_floating_point()) return f->get();
  wrong_type(key, *n, "a number");
  return std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  if (!n) return std::nullopt;
  if (const auto* b = n->as_boolean()) return b->get();
  wrong_type(key, *n, "true or false");
  return std::nullopt;
}

std::optional<Date> TableReader::date(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  if (!n) return std::nullopt;
  if (auto d = date_from_node(*n)) return d;
  if (n->is_string()) {
    diagnostics_->error(position_of(*n, path_), "'" + std::string(key) + "' in " + what_ +
                                                    ": impossible or malformed date '" +
                                                    n->as_string()->get() + "' (use YYYY-MM-DD)");
  } else {
    wrong_type(key, *n, "a date (YYYY-MM-DD)");
  }
  return std::nullopt;
}

std::vector<std::string> TableReader::strings(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  std::vector<std::string> out;
  if (!n) return out;
  if (const auto* s = n->as_string()) return {s->get()};
  const toml::array* a = n->as_array();
  if (!a) {
    wrong_type(key, *n, "a list of strings");
    return out;
  }
  for (const toml::node& element : *a) {
    if (const auto* s = element.as_string()) {
      out.push_back(s->get());
    } else {
      diagnostics_->error(position_of(element, path_), "'" + std::string(key) + "' in " + what_ +
                                                           " must list strings, not " +
                                                           std::string(describe_type(element)));
    }
  }
  return out;
}

const toml::table* TableReader::subtable(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  if (!n) return nullptr;
  if (const auto* t = n->as_table()) return t;
  wrong_type(key, *n, "a table");
  return nullptr;
}

const toml::array* TableReader::array(std::string_view key, Need need) {
  const toml::node* n = node(key, need);
  if (!n) return nullptr;
  if (const auto* a = n->as_array()) return a;
  wrong_type(key, *n, "an array");
  return nullptr;
}

std::vector<const toml::table*> TableReader::tables(std::string_view key, Need need) {
  std::vector<const toml::table*> out;
  const toml::node* n = node(key, need);
  if (!n) return out;
  if (const auto* t = n->as_table()) {  // a single [key] table where [[key]] was meant
    out.push_back(t);
    return out;
  }
  const toml::array* a = n->as_array();
  if (!a) {
    wrong_type(key, *n, "an array of tables ([[" + std::string(key) + "]])");
    return out;
  }
  for (const toml::node& element : *a) {
    if (const auto* t = element.as_table()) {
      out.push_back(t);
    } else {
      diagnostics_->error(position_of(element, path_), "each '" + std::string(key) + "' in " +
                                                           what_ + " must be a table, not " +
                                                           std::string(describe_type(element)));
    }
  }
  return out;
}

void TableReader::finish() {
  const std::vector<std::string> known(known_.begin(), known_.end());
  for (const auto& [key, value] : *table_) {
    if (known_.contains(key.str())) continue;
    diagnostics_->error(position_from(key.source(), path_),
                        "unknown key '" + std::string(key.str()) + "' in " + what_ +
                            did_you_mean(key.str(), known));
  }
}

void TableReader::error(std::string_view key, std::string message) const {
  diagnostics_->error(position(key), std::move(message));
}

void TableReader::warning(std::string_view key, std::string message) const {
  diagnostics_->warning(position(key), std::move(message));
}

}  // namespace duban
