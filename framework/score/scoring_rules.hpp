#pragma once
// The weekly score sheet an administrator defines in TOML (scoring.toml):
// manual inputs a chief enters, scored items with weights and formulas, and
// capped bonus and deduction groups. Loaded once; immutable.

#include <duban/diagnostic.hpp>
#include <optional>
#include <string>
#include <vector>

#include "score/formula.hpp"

namespace duban {

/// A value a section chief (or a leader above) enters per person and week.
struct ManualInput {
  std::string id;    ///< the name formulas use, and `score enter --item ID`
  std::string name;  ///< shown
  std::string unit;  ///< "%", "次" … shown after the value ("" if none)
  double min = 0;    ///< inclusive range of an entry
  double max = 100;
  /// false: a missing entry leaves the items that read it missing (缺).
  /// true: a missing entry counts as 0 (for occasional things such as a
  /// public criticism, which a chief does not enter as 0 every week).
  bool optional = false;
  SourcePosition where;
};

enum class PartKind { item, bonus, deduction };

/// One line of the sheet: points = formula, held within [0, cap].
struct ScoreItem {
  std::string id;
  std::string name;
  PartKind kind = PartKind::item;
  /// The item's weight (most points) for items; an optional cap of its own
  /// for a bonus or deduction line.
  std::optional<double> cap;
  Formula formula;
  SourcePosition where;
};

/// Bonuses (加分) or deductions (扣分): lines summed, the sum held to `cap`.
struct ScoreGroup {
  std::string name;  ///< "" when scoring.toml gives none: reports use the catalogue's word
  std::optional<double> cap;
  std::vector<ScoreItem> items;
};

/// How a unit's score is formed from its people's totals.
enum class UnitScore { average, sum };

struct ScoringRules {
  std::string path;  ///< the file, as shown in messages; "" when none is configured
  std::string name;  ///< "" when scoring.toml gives none: reports use the catalogue's name
  std::optional<double> full_marks;  ///< checked against the sum of item weights
  UnitScore unit_score = UnitScore::average;
  std::vector<ManualInput> manual;
  std::vector<ScoreItem> items;
  ScoreGroup bonus{"", std::nullopt, {}};
  ScoreGroup deduction{"", std::nullopt, {}};

  [[nodiscard]] bool configured() const { return !path.empty(); }
  [[nodiscard]] const ManualInput* manual_input(std::string_view id) const;
  [[nodiscard]] std::vector<std::string> manual_ids() const;
  /// Items, then bonus lines, then deduction lines.
  [[nodiscard]] std::vector<const ScoreItem*> all_items() const;
};

/// Reads a scoring file; every problem goes to `diagnostics` with its position.
ScoringRules load_scoring(const std::string& path, Diagnostics& diagnostics);
/// The same from text (tests).
ScoringRules load_scoring_text(std::string_view text, const std::string& path,
                               Diagnostics& diagnostics);

}  // namespace duban
