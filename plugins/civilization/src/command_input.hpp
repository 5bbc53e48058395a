#pragma once
// Small helpers for reading a command's options.

#include <duban/sdk.hpp>
#include <string>

namespace civilization {

/// The option's value, "" when not given.
inline std::string option(const duban::sdk::CommandInput& input, const std::string& name) {
  const auto it = input.options.find(name);
  return it == input.options.end() ? std::string() : it->second;
}

/// Whether a flag option was given.
inline bool flag(const duban::sdk::CommandInput& input, const std::string& name) {
  return input.options.count(name) != 0 && input.options.at(name) != "false";
}

}  // namespace civilization
