#include "messages/messages.hpp"

#include <algorithm>
#include <cctype>

#include "messages/catalogues.hpp"

namespace duban {

namespace {

bool same_letters(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

constexpr std::array<Language, 2> every_language{Language::zh_cn, Language::en};

}  // namespace

std::optional<Language> parse_language(std::string_view tag) {
  for (Language language : every_language) {
    if (same_letters(tag, language_tag(language))) return language;
  }
  return std::nullopt;
}

std::string_view language_tag(Language language) {
  return language == Language::en ? "en" : "zh-CN";
}

std::string language_tags() {
  std::string out;
  for (Language language : every_language)
    out += (out.empty() ? "" : ", ") + std::string(language_tag(language));
  return out;
}

Messages::Messages(Language language, std::span<const MessageEntry> entries) : language_(language) {
  for (const MessageEntry& e : entries) texts_.at(static_cast<std::size_t>(e.key)) = e.text;
}

std::string Messages::operator()(Msg key, std::initializer_list<std::string_view> args) const {
  return fill_placeholders((*this)[key], args);
}

std::string_view Heading::text(const Messages& messages) const {
  if (const Msg* key = std::get_if<Msg>(&heading_)) return messages[*key];
  return std::get<std::string_view>(heading_);
}

std::vector<std::string> headings(const Messages& messages,
                                  std::initializer_list<Heading> columns) {
  std::vector<std::string> out;
  out.reserve(columns.size());
  for (const Heading& c : columns) out.emplace_back(c.text(messages));
  return out;
}

std::span<const MessageEntry> catalogue_entries(Language language) {
  return language == Language::en ? en_catalogue() : zh_cn_catalogue();
}

const Messages& messages_for(Language language) {
  static const Messages zh_cn(Language::zh_cn, zh_cn_catalogue());
  static const Messages en(Language::en, en_catalogue());
  return language == Language::en ? en : zh_cn;
}

std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() &&
                             std::isdigit(static_cast<unsigned char>(pattern[i + 1])) &&
                             pattern[i + 2] == '}';
    const std::size_t n = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '0') : 0;
    if (placeholder && n < args.size()) {
      out += *(args.begin() + n);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace duban
