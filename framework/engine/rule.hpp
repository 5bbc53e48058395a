#pragma once
// Broken rules as values. The core's checks (may this person do this, is
// this state change allowed, is this date a date) return a Refusal instead
// of throwing: the caller sees in the type that a request can be refused,
// and decides what a refusal becomes — exit code 2 on the command line, 404,
// 403, 409 or 422 on the web, std::invalid_argument at the plugin boundary.
// RuleError remains for the front ends, which turn a refused Checked into
// one with value().

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace duban {

/// Which rule was broken, for callers that answer differently to each (the
/// web API's 404, 403, 409 and 422); the command line exits 2 for all.
enum class RuleKind {
  invalid,    ///< the request itself is wrong: a missing reason, a bad date
  not_found,  ///< no such task
  forbidden,  ///< the person may not do this to this task
  conflict    ///< the task's state does not allow it now
};

/// A broken rule: what to tell the person, and which kind of rule it was.
struct Refusal {
  std::string message;
  RuleKind kind = RuleKind::invalid;
};

/// A refusal thrown: front ends turn a refused Checked into this with
/// value() and catch it where they answer (commands exit 2, changing nothing).
class RuleError : public std::runtime_error {
 public:
  explicit RuleError(const std::string& message, RuleKind kind = RuleKind::invalid)
      : std::runtime_error(message), kind_(kind) {}
  explicit RuleError(const Refusal& refusal) : RuleError(refusal.message, refusal.kind) {}
  [[nodiscard]] RuleKind kind() const { return kind_; }

 private:
  RuleKind kind_;
};

/// The result of a checked operation: a value, or the rule it broke.
template <class T>
class Checked {
 public:
  Checked(T value) : result_(std::move(value)) {}            // NOLINT: implicit, like optional
  Checked(Refusal refusal) : result_(std::move(refusal)) {}  // NOLINT: implicit, like optional

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(result_); }
  explicit operator bool() const { return ok(); }
  /// The refusal; only when !ok().
  [[nodiscard]] const Refusal& refusal() const { return std::get<Refusal>(result_); }
  /// The value; throws RuleError with the refusal when there is none.
  T& value() & {
    if (!ok()) throw RuleError(refusal());
    return std::get<T>(result_);
  }
  T&& value() && {
    if (!ok()) throw RuleError(refusal());
    return std::get<T>(std::move(result_));
  }

 private:
  std::variant<T, Refusal> result_;
};

}  // namespace duban
