#include "model/task.hpp"

#include <array>

namespace duban {

namespace {
constexpr std::array<std::string_view, 4> light_names{"", "green", "yellow", "red"};
constexpr std::array<std::string_view, 3> met_by_names{"ack", "progress", "done"};

template <typename Enum, std::size_t N>
std::optional<Enum> find_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}
}  // namespace

std::string_view light_name(Light light) {
  return light_names.at(static_cast<std::size_t>(light));
}

std::optional<Light> parse_light(std::string_view name) {
  return find_name<Light>(light_names, name);
}

std::string_view met_by_name(MetBy met_by) {
  return met_by_names.at(static_cast<std::size_t>(met_by));
}

std::optional<MetBy> parse_met_by(std::string_view name) {
  return find_name<MetBy>(met_by_names, name);
}

}  // namespace duban
