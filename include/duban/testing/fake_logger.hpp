#pragma once
/// @file
/// A logger that keeps what plugin code logs, for a test to assert on.

#include <string>
#include <utility>
#include <vector>

#include "duban/context.hpp"

namespace duban::testing {

/// How serious a logged message is.
enum class LogLevel { info, warning, error };

/// One logged message.
struct LogEntry {
  LogLevel level = LogLevel::info;  ///< which Logger function logged it
  std::string message;              ///< as the plugin gave it
};

/// Keeps every message, in order; prints nothing. lines() gives them as the
/// core keeps them in an automatic task's evidence.
class FakeLogger final : public sdk::Logger {
 public:
  /// Keeps an info message.
  void info(const std::string& message) override { entries_.push_back({LogLevel::info, message}); }
  /// Keeps a warning.
  void warn(const std::string& message) override {
    entries_.push_back({LogLevel::warning, message});
  }
  /// Keeps an error.
  void error(const std::string& message) override {
    entries_.push_back({LogLevel::error, message});
  }

  /// Every message, in order.
  [[nodiscard]] const std::vector<LogEntry>& entries() const { return entries_; }
  /// The messages of one level, in order.
  [[nodiscard]] std::vector<std::string> messages(LogLevel level) const {
    std::vector<std::string> out;
    for (const auto& entry : entries_) {
      if (entry.level == level) out.push_back(entry.message);
    }
    return out;
  }
  /// Every message as the core writes it into evidence: an info message as
  /// given, the others prefixed "warning: " or "error: ".
  [[nodiscard]] std::vector<std::string> lines() const {
    std::vector<std::string> out;
    for (const auto& entry : entries_) out.push_back(line(entry));
    return out;
  }
  /// Forgets every message.
  void clear() { entries_.clear(); }

  /// `entry` as the core writes it.
  static std::string line(const LogEntry& entry) {
    switch (entry.level) {
      case LogLevel::info: return entry.message;
      case LogLevel::warning: return "warning: " + entry.message;
      case LogLevel::error: return "error: " + entry.message;
    }
    return entry.message;
  }

 private:
  std::vector<LogEntry> entries_;
};

}  // namespace duban::testing
