// The catalogues: every language has every key once, no text is empty,
// and a text takes the same placeholders in every language.

#include <gmock/gmock.h>

#include <set>

#include "messages/messages.hpp"

namespace duban {
namespace {

constexpr Language kLanguages[] = {Language::zh_cn, Language::en};

std::multiset<Msg> keys_of(Language language) {
  std::multiset<Msg> keys;
  for (const MessageEntry& e : catalogue_entries(language)) keys.insert(e.key);
  return keys;
}

// "{0} of {1}" → {"{0}", "{1}"}.
std::multiset<std::string> placeholders_of(std::string_view text) {
  std::multiset<std::string> out;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '{' && text[i + 2] == '}') out.insert(std::string(text.substr(i, 3)));
  }
  return out;
}

TEST(Catalogue, EveryLanguageHasExactlyTheKeysOfTheDefaultOnceEach) {
  const std::multiset<Msg> reference = keys_of(kDefaultLanguage);
  EXPECT_EQ(reference.size(), kMessageCount);
  EXPECT_EQ(std::set<Msg>(reference.begin(), reference.end()).size(), kMessageCount);
  for (Language language : kLanguages) {
    EXPECT_EQ(keys_of(language), reference) << language_tag(language);
  }
}

TEST(Catalogue, NoTextIsEmpty) {
  for (Language language : kLanguages) {
    for (const MessageEntry& e : catalogue_entries(language)) {
      EXPECT_FALSE(e.text.empty()) << language_tag(language) << " key #" << static_cast<int>(e.key);
    }
    for (std::size_t i = 0; i < kMessageCount; ++i) {
      EXPECT_FALSE(messages_for(language)[static_cast<Msg>(i)].empty())
          << language_tag(language) << " key #" << i;
    }
  }
}

TEST(Catalogue, ATextTakesTheSamePlaceholdersInEveryLanguage) {
  const Messages& reference = messages_for(kDefaultLanguage);
  for (Language language : kLanguages) {
    for (std::size_t i = 0; i < kMessageCount; ++i) {
      const auto key = static_cast<Msg>(i);
      EXPECT_EQ(placeholders_of(messages_for(language)[key]), placeholders_of(reference[key]))
          << language_tag(language) << " key #" << i << ": " << messages_for(language)[key];
    }
  }
}

TEST(Catalogue, TextsDifferBetweenLanguages) {
  EXPECT_EQ(messages_for(Language::zh_cn)[Msg::unit], "科室");
  EXPECT_EQ(messages_for(Language::en)[Msg::unit], "Unit");
  EXPECT_EQ(messages_for(Language::en).language(), Language::en);
}

TEST(Catalogue, PlaceholdersAreFilledInTheLanguagesOrder) {
  EXPECT_EQ(messages_for(Language::zh_cn)(Msg::action_refused, {"签收", "已办结"}),
            "未能签收：已办结");
  EXPECT_EQ(fill_placeholders("{1} before {0}", {"a", "b"}), "b before a");
  EXPECT_EQ(fill_placeholders("{0} and {2}, {x} {", {"a"}), "a and {2}, {x} {");
}

TEST(Language, TagsAreReadInAnyCaseAndNothingElse) {
  EXPECT_EQ(parse_language("zh-CN"), Language::zh_cn);
  EXPECT_EQ(parse_language("zh-cn"), Language::zh_cn);
  EXPECT_EQ(parse_language("EN"), Language::en);
  EXPECT_EQ(parse_language("fr"), std::nullopt);
  EXPECT_EQ(parse_language("zh"), std::nullopt);
  EXPECT_EQ(parse_language(""), std::nullopt);
  EXPECT_EQ(language_tag(Language::zh_cn), "zh-CN");
  EXPECT_EQ(language_tags(), "zh-CN, en");
}

}  // namespace
}  // namespace duban
