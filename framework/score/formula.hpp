#pragma once
// Score formulas: a small, safe arithmetic language an administrator can
// read. Numbers, names (metrics and manual inputs), + - * /, parentheses and
// three functions: min(a, b, …), max(a, b, …), clamp(x, low, high).
// Nothing else: no loops, no side effects, no access to anything but the
// values a caller hands to evaluate(). Division by zero gives 0.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duban {

/// One node of a parsed formula. Owned by its parent; a Formula owns the root.
struct FormulaNode {
  enum class Kind { number, name, add, subtract, multiply, divide, negate, call };
  Kind kind = Kind::number;
  double number = 0;                  ///< number
  std::string name;                   ///< name, or the function of a call
  std::size_t offset = 0;             ///< where the node starts in the formula text (bytes)
  std::vector<FormulaNode> operands;  ///< two for binary operators, one for negate, args of a call
};

/// A name used in a formula and where it is (byte offset in the text).
struct FormulaName {
  std::string name;
  std::size_t offset = 0;
};

struct FormulaError {
  std::string message;
  std::size_t offset = 0;  ///< byte offset in the text
};

/// A parsed formula, or the first syntax error in it.
struct Formula {
  std::string text;
  std::optional<FormulaNode> root;  ///< empty when `error` is set
  std::optional<FormulaError> error;

  /// Every name the formula reads, in order of appearance, each once.
  [[nodiscard]] std::vector<FormulaName> names() const;
};

Formula parse_formula(std::string_view text);

/// Evaluates a parsed formula (root must be set); `value` gives each name's value.
double evaluate(const FormulaNode& node, const std::function<double(const std::string&)>& value);

}  // namespace duban
