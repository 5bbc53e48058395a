#pragma once
/// @file
/// Diagnostics: user-facing errors and warnings that carry a source position.
///
/// The core and plugins report configuration problems as values, never as
/// exceptions: every problem is collected, sorted by position and printed as
/// `path:line:column: error: message` so that an administrator sees all of
/// them at once.

#include <string>
#include <vector>

namespace duban {

/// How serious a diagnostic is. Errors make a command exit with code 2;
/// warnings are printed but do not change the exit code.
enum class Severity { error, warning, note };

/// A place in a source file. `line` and `column` are 1-based; 0 means
/// "unknown" (the diagnostic then names only the file).
struct SourcePosition {
  std::string path;  ///< The file, as the user named it (relative paths stay relative).
  int line = 0;      ///< 1-based line, or 0 when unknown.
  int column = 0;    ///< 1-based column, or 0 when unknown.

  /// Orders by path, then line, then column.
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const SourcePosition&, const SourcePosition&) = default;
};

/// One problem found in the input.
struct Diagnostic {
  Severity severity = Severity::error;  ///< Error, warning or note.
  SourcePosition where;                 ///< Where the problem is.
  std::string message;                  ///< What is wrong, and a suggestion when there is one.
};

/// Formats `path:line:column: error: message` (line and column are left out
/// when unknown).
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Collects diagnostics from every loader so that all are reported at once.
class Diagnostics {
 public:
  /// Records an error at `where`.
  void error(SourcePosition where, std::string message);
  /// Records a warning at `where`.
  void warning(SourcePosition where, std::string message);
  /// Records a note (extra context) at `where`.
  void note(SourcePosition where, std::string message);
  /// Appends every diagnostic of `other`.
  void merge(const Diagnostics& other);

  /// True if at least one error was recorded.
  [[nodiscard]] bool has_errors() const;
  /// The number of errors recorded.
  [[nodiscard]] int error_count() const;
  /// The number of warnings recorded.
  [[nodiscard]] int warning_count() const;
  /// True if nothing at all was recorded.
  [[nodiscard]] bool empty() const { return items_.empty(); }
  /// Every diagnostic, sorted by position (stable for equal positions), duplicates removed.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace duban
