#include <duban/diagnostic.hpp>

#include <algorithm>
#include <tuple>

namespace duban {

namespace {
const char* severity_word(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}
}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string out = diagnostic.where.path;
  if (diagnostic.where.line > 0) {
    out += ':' + std::to_string(diagnostic.where.line);
    if (diagnostic.where.column > 0) out += ':' + std::to_string(diagnostic.where.column);
  }
  if (!out.empty()) out += ": ";
  out += severity_word(diagnostic.severity);
  out += ": ";
  out += diagnostic.message;
  return out;
}

void Diagnostics::error(SourcePosition where, std::string message) {
  items_.push_back({Severity::error, std::move(where), std::move(message)});
}
void Diagnostics::warning(SourcePosition where, std::string message) {
  items_.push_back({Severity::warning, std::move(where), std::move(message)});
}
void Diagnostics::note(SourcePosition where, std::string message) {
  items_.push_back({Severity::note, std::move(where), std::move(message)});
}
void Diagnostics::merge(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  }));
}
int Diagnostics::warning_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::warning;
  }));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.where < b.where; });
  // The same problem can be found twice (a file named twice on the command line).
  auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.severity, a.where, a.message) == std::tie(b.severity, b.where, b.message);
  };
  out.erase(std::unique(out.begin(), out.end(), same), out.end());
  return out;
}

}  // namespace duban
