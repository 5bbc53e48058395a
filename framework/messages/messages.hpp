#pragma once
// The words of the user interface, one catalogue per language.
//
// Every heading, label, button and notice the core shows people comes from
// a catalogue: messages_zh_cn.cpp (the default) and messages_en.cpp hold
// one text per key of message_keys.hpp. A command or the web server picks
// the catalogue once (--lang, DUBAN_LANG) and hands it to what renders.
// What programs read stays the same in every language: ids, states and
// lights in JSON, the data people wrote (titles, names) and the event log.
// Error messages are English in every language. docs/messages.md says how
// to add a key or a language.
//
// This module is the lowest layer: it includes no other module.

#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "messages/message_keys.hpp"

namespace duban {

enum class Language { zh_cn, en };

/// The language when neither --lang nor DUBAN_LANG names one.
inline constexpr Language kDefaultLanguage = Language::zh_cn;

/// "zh-CN" or "en", in any letter case; nullopt for anything else.
std::optional<Language> parse_language(std::string_view tag);
/// The language's BCP 47 tag, as parse_language reads it and <html lang> wants it.
std::string_view language_tag(Language language);
/// "zh-CN, en": every tag parse_language accepts, for messages.
std::string language_tags();

/// One text of a catalogue, as a catalogue file writes it.
struct MessageEntry {
  Msg key;
  std::string_view text;
};

/// A language's catalogue: the text of every key.
class Messages {
 public:
  Messages(Language language, std::span<const MessageEntry> entries);

  [[nodiscard]] Language language() const { return language_; }
  /// The text of `key`.
  const std::string& operator[](Msg key) const { return texts_[static_cast<std::size_t>(key)]; }
  /// The text of `key` with {0}, {1} … replaced by `args` (word order is the
  /// language's: English may put {1} before {0}).
  std::string operator()(Msg key, std::initializer_list<std::string_view> args) const;

 private:
  Language language_;
  // Strings, not views: pages and tables concatenate them.
  std::array<std::string, kMessageCount> texts_{};
};

/// A column heading: a key of the catalogue, or text that reads the same in
/// every language ("id", "#"). Implicit on purpose, so that a header reads
/// `headings(m, {"#", Msg::task, Msg::due})`.
class Heading {
 public:
  Heading(Msg key) : heading_(key) {}
  Heading(const char* literal) : heading_(std::string_view(literal)) {}
  /// Text the caller keeps alive while the headings are made.
  explicit Heading(std::string_view text) : heading_(text) {}
  [[nodiscard]] std::string_view text(const Messages& messages) const;

 private:
  std::variant<Msg, std::string_view> heading_;
};

/// The headings of a table in the language of `messages`.
std::vector<std::string> headings(const Messages& messages, std::initializer_list<Heading> columns);

/// The catalogue of a language; lives as long as the program.
const Messages& messages_for(Language language);

/// The entries of a language's catalogue as its file lists them (for tests).
std::span<const MessageEntry> catalogue_entries(Language language);

/// `pattern` with each {N} (N a digit) replaced by args[N]; a placeholder
/// without an argument, and any other brace, is kept as written.
std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::string_view> args);

}  // namespace duban
