#pragma once
// Small helpers shared by the plugin's commands: reading options, turning
// people's input (是/否, comma lists) into values, and printing tables.

#include <duban/sdk.hpp>
#include <iosfwd>
#include <string>
#include <vector>

namespace duban::village {

/// The option's value, "" when not given.
std::string option(const sdk::CommandInput& input, const std::string& name);
/// The option's value; throws CommandError naming it when missing or empty.
std::string required_option(const sdk::CommandInput& input, const std::string& name);
/// The first positional argument ("" when none): the action of `household add`.
std::string action_of(const sdk::CommandInput& input, const std::string& fallback);

/// "yes"/"no", "是"/"否", "true"/"false", "1"/"0"; CommandError otherwise.
bool parse_yes_no(const std::string& name, const std::string& value);
/// A number ≥ 0; CommandError naming the option otherwise.
double parse_amount(const std::string& name, const std::string& value);
/// A whole number in [low, high]; CommandError naming the option otherwise.
int parse_count(const std::string& name, const std::string& value, int low, int high);
/// "a, b,c" → {"a","b","c"} (also split on the Chinese comma and 、).
std::vector<std::string> split_list(const std::string& text);
/// The date part of a context time.
std::string today(const sdk::Context& context);
/// The person's name, or the id when unknown.
std::string person_name(const sdk::Context& context, const std::string& id);
/// Refuses an id that is not ASCII letters, digits, '-', '_' or '.'.
void check_id(const std::string& what, const std::string& id);

/// Width of text in terminal columns (CJK characters count two).
std::size_t display_width(const std::string& text);
/// Writes rows under a header, columns aligned by display width.
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows);

}  // namespace duban::village
