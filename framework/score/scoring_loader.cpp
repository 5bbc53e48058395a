// Reading scoring.toml strictly: unknown keys, wrong types, formulas that do
// not parse and names that are neither a metric nor a manual input are all
// reported with their positions, each at once.

#include <map>
#include <set>

#include "diagnostics/suggest.hpp"
#include "score/scoring_rules.hpp"
#include "score/week_metrics.hpp"
#include "toml/toml_reader.hpp"

namespace duban {

namespace {

bool valid_id(const std::string& id) {
  if (id.empty() || std::isdigit(static_cast<unsigned char>(id[0])) != 0) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
  });
}

// The position of byte `offset` of a one-line string value (after its quote).
SourcePosition inside(SourcePosition where, std::size_t offset) {
  if (where.column > 0) where.column += 1 + static_cast<int>(offset);
  return where;
}

class Loader {
 public:
  Loader(std::string path, Diagnostics& diagnostics)
      : path_(std::move(path)), diagnostics_(diagnostics) {}

  ScoringRules load(const toml::table& table) {
    rules_.path = path_;
    TableReader root(table, path_, diagnostics_, path_);
    read_sheet(root);
    for (const toml::table* t : root.tables("manual")) read_manual(*t);
    for (const toml::table* t : root.tables("item", Need::required))
      if (auto item = read_item(*t, PartKind::item)) rules_.items.push_back(std::move(*item));
    read_group(root, "bonus", PartKind::bonus, rules_.bonus);
    read_group(root, "deduction", PartKind::deduction, rules_.deduction);
    root.finish();
    check_names();
    check_full_marks(root);
    return std::move(rules_);
  }

 private:
  void read_sheet(TableReader& root) {
    const toml::table* t = root.subtable("sheet");
    if (!t) return;
    TableReader r(*t, path_, diagnostics_, "[sheet]");
    rules_.name = r.string("name").value_or(rules_.name);
    rules_.full_marks = r.number("full_marks");
    if (auto unit = r.string("unit_score")) {
      if (*unit == "average")
        rules_.unit_score = UnitScore::average;
      else if (*unit == "sum")
        rules_.unit_score = UnitScore::sum;
      else
        r.error("unit_score", R"(unit_score is "average" or "sum", not ")" + *unit + "\"");
    }
    r.finish();
  }

  bool check_id(TableReader& r, const std::string& id) {
    if (!valid_id(id)) {
      r.error("id", "id '" + id + "' must be letters, digits and '_' (it is used in formulas)");
      return false;
    }
    if (metric_info(id)) {
      r.error("id", "id '" + id + "' is the name of a task metric; choose another");
      return false;
    }
    auto [it, inserted] = ids_.emplace(id, r.position("id"));
    if (!inserted) {
      r.error("id",
              "duplicate id '" + id + "' (first at line " + std::to_string(it->second.line) + ")");
      return false;
    }
    return true;
  }

  void read_manual(const toml::table& t) {
    TableReader r(t, path_, diagnostics_, "[[manual]]");
    ManualInput input;
    input.where = r.position();
    input.id = r.string("id", Need::required).value_or("");
    input.name = r.string("name").value_or(input.id);
    input.unit = r.string("unit").value_or("");
    input.min = r.number("min").value_or(input.min);
    input.max = r.number("max").value_or(input.max);
    input.optional = r.boolean("optional").value_or(false);
    if (input.min > input.max) r.error("max", "max is below min");
    r.finish();
    if (!input.id.empty() && check_id(r, input.id)) rules_.manual.push_back(std::move(input));
  }

  std::optional<ScoreItem> read_item(const toml::table& t, PartKind kind) {
    const char* what = kind == PartKind::item    ? "[[item]]"
                       : kind == PartKind::bonus ? "[[bonus.item]]"
                                                 : "[[deduction.item]]";
    TableReader r(t, path_, diagnostics_, what);
    ScoreItem item;
    item.kind = kind;
    item.where = r.position();
    item.id = r.string("id", Need::required).value_or("");
    item.name = r.string("name").value_or(item.id);
    if (kind == PartKind::item) {
      item.cap = r.number("weight", Need::required);
    } else {
      item.cap = r.number("cap");
    }
    if (item.cap && *item.cap <= 0)
      r.error(kind == PartKind::item ? "weight" : "cap", "must be above 0");
    if (auto text = r.string("formula", Need::required)) {
      item.formula = parse_formula(*text);
      if (item.formula.error) {
        diagnostics_.error(inside(r.position("formula"), item.formula.error->offset),
                           "formula: " + item.formula.error->message);
      } else {
        formulas_.emplace_back(r.position("formula"), item.formula.names());
      }
    }
    r.finish();
    if (item.id.empty() || !check_id(r, item.id)) return std::nullopt;
    return item;
  }

  void read_group(TableReader& root, const char* key, PartKind kind, ScoreGroup& group) {
    const toml::table* t = root.subtable(key);
    if (!t) return;
    TableReader r(*t, path_, diagnostics_, std::string("[") + key + "]");
    group.name = r.string("name").value_or(group.name);
    group.cap = r.number("cap");
    if (group.cap && *group.cap <= 0) r.error("cap", "must be above 0");
    for (const toml::table* item_table : r.tables("item"))
      if (auto item = read_item(*item_table, kind)) group.items.push_back(std::move(*item));
    r.finish();
  }

  // Names are checked once every manual input is known (they may come later in the file).
  void check_names() {
    std::vector<std::string> known = metric_names();
    for (const auto& m : rules_.manual) known.push_back(m.id);
    for (const auto& [where, names] : formulas_) {
      for (const auto& n : names) {
        if (metric_info(n.name) || rules_.manual_input(n.name)) continue;
        diagnostics_.error(inside(where, n.offset), "unknown metric or manual input '" + n.name +
                                                        "'" + did_you_mean(n.name, known));
      }
    }
  }

  void check_full_marks(TableReader& root) {
    if (!rules_.full_marks) return;
    double sum = 0;
    for (const auto& item : rules_.items) sum += item.cap.value_or(0);
    if (std::abs(sum - *rules_.full_marks) > 1e-9) {
      diagnostics_.error(root.position("sheet"),
                         "the item weights add up to " + format_points(sum) +
                             ", not full_marks = " + format_points(*rules_.full_marks));
    }
  }

  static std::string format_points(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }

  std::string path_;
  Diagnostics& diagnostics_;
  ScoringRules rules_;
  std::map<std::string, SourcePosition> ids_;
  std::vector<std::pair<SourcePosition, std::vector<FormulaName>>> formulas_;
};

}  // namespace

const ManualInput* ScoringRules::manual_input(std::string_view id) const {
  for (const auto& m : manual) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

std::vector<std::string> ScoringRules::manual_ids() const {
  std::vector<std::string> ids;
  for (const auto& m : manual) ids.push_back(m.id);
  return ids;
}

std::vector<const ScoreItem*> ScoringRules::all_items() const {
  std::vector<const ScoreItem*> out;
  for (const auto& i : items) out.push_back(&i);
  for (const auto& i : bonus.items) out.push_back(&i);
  for (const auto& i : deduction.items) out.push_back(&i);
  return out;
}

ScoringRules load_scoring(const std::string& path, Diagnostics& diagnostics) {
  auto table = parse_toml_file(path, diagnostics);
  if (!table) {
    ScoringRules rules;
    rules.path = path;
    return rules;
  }
  return Loader(path, diagnostics).load(*table);
}

ScoringRules load_scoring_text(std::string_view text, const std::string& path,
                               Diagnostics& diagnostics) {
  auto table = parse_toml_text(text, path, diagnostics);
  if (!table) {
    ScoringRules rules;
    rules.path = path;
    return rules;
  }
  return Loader(path, diagnostics).load(*table);
}

}  // namespace duban
