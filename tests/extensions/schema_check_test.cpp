// Values checked against a plugin's field schema: JSON (records, params
// given at run time) and TOML (duban.toml tables, workflow params) with positions.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extensions/schema_check.hpp"

namespace duban {
namespace {

using nlohmann::json;
using sdk::field;
using sdk::FieldType;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

sdk::Schema finding_schema() {
  return {{field("area", FieldType::text).required(),
           field("severity", FieldType::choice).choices({"minor", "major"}).default_to("minor"),
           field("hours", FieldType::number).range(0, 12), field("deadline", FieldType::date),
           field("found_at", FieldType::datetime), field("tags", FieldType::text_list)}};
}

TEST(CheckObject, FillsDefaultsAndAcceptsGoodValues) {
  json data{{"area", "路段一"},
            {"hours", 2.5},
            {"deadline", "2026-03-12"},
            {"found_at", "2026-03-09T10:30"},
            {"tags", {"a", "b"}}};
  EXPECT_THAT(check_object(data, finding_schema(), nullptr), ElementsAre());
  EXPECT_EQ(data["severity"], "minor");
}

TEST(CheckObject, NamesEveryBadField) {
  json data{{"hours", 13}, {"deadline", "2026-02-30"}, {"severity", "majr"}, {"colour", "red"}};
  const auto problems = check_object(data, finding_schema(), nullptr);
  EXPECT_THAT(problems,
              ElementsAre("missing field 'area'",
                          HasSubstr("field 'severity' 'majr' is not one of: minor, major"),
                          "field 'hours' must be at most 12 (is 13)",
                          "field 'deadline' must be a date (YYYY-MM-DD)",
                          HasSubstr("unknown field 'colour'")));
  EXPECT_THAT(problems[1], HasSubstr("major"));  // the did-you-mean
}

TEST(CheckObject, NullIsNotGiven) {
  json data{{"area", "x"}, {"deadline", nullptr}, {"severity", nullptr}};
  EXPECT_THAT(check_object(data, finding_schema(), nullptr), ElementsAre());
  EXPECT_FALSE(data.contains("deadline"));
  EXPECT_EQ(data["severity"], "minor");
}

TEST(CheckFieldValue, DatetimeMustBeTheStoredLocalForm) {
  const sdk::Field at = field("at", FieldType::datetime);
  EXPECT_EQ(check_field_value(at, "2026-03-09T10:30", nullptr), "");
  EXPECT_NE(check_field_value(at, "2026-03-09 10:30", nullptr), "");
  EXPECT_NE(check_field_value(at, "2026-03-09T25:30", nullptr), "");
}

TEST(ReadSchemaTable, ReportsWithPositionsAndConvertsDates) {
  Diagnostics diagnostics;
  auto table = parse_toml_text("area = 7\ndeadline = 2026-03-12\nsevrity = \"major\"\n",
                               "duban.toml", diagnostics);
  ASSERT_TRUE(table);
  TableReader reader(*table, "duban.toml", diagnostics, "[plugins.demo]");
  const json out = read_schema_table(reader, finding_schema(), nullptr);
  EXPECT_EQ(out["deadline"], "2026-03-12");
  EXPECT_EQ(out["severity"], "minor");
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.sorted()) lines.push_back(format_diagnostic(d));
  EXPECT_THAT(lines, ElementsAre("duban.toml:1:8: error: 'area' must be text",
                                 HasSubstr("duban.toml:3:1: error:")));
  EXPECT_THAT(lines[1], HasSubstr("sevrity"));
}

// The workspace keeps copies of plugin tables and params, which TOML++ makes
// without the values' positions: the key's position stands in.
TEST(ReadSchemaTable, ACopiedTableReportsAtTheKey) {
  Diagnostics diagnostics;
  auto parsed = parse_toml_text("\narea = 7\n", "duban.toml", diagnostics);
  ASSERT_TRUE(parsed);
  const toml::table copy = *parsed;
  TableReader reader(copy, "duban.toml", diagnostics, "[plugins.demo]");
  read_schema_table(reader, finding_schema(), nullptr);
  ASSERT_EQ(diagnostics.error_count(), 1);
  EXPECT_EQ(format_diagnostic(diagnostics.sorted()[0]),
            "duban.toml:2:1: error: 'area' must be text");
}

}  // namespace
}  // namespace duban
