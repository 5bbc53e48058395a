#include "workflow/placeholder.hpp"

namespace duban {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}
}  // namespace

std::vector<PlaceholderUse> find_placeholders(std::string_view text, std::string& error) {
  std::vector<PlaceholderUse> uses;
  for (std::size_t pos = text.find("{{"); pos != std::string_view::npos;
       pos = text.find("{{", pos + 2)) {
    const std::size_t close = text.find("}}", pos + 2);
    if (close == std::string_view::npos) {
      error = "unclosed '{{' in \"" + std::string(text) + "\"";
      break;
    }
    uses.push_back({std::string(trim(text.substr(pos + 2, close - pos - 2))), pos});
    pos = close;
  }
  return uses;
}

std::string render_placeholders(std::string_view text,
                                const std::map<std::string, std::string, std::less<>>& values,
                                std::vector<std::string>& missing) {
  std::string out;
  std::size_t done = 0;
  for (std::size_t pos = text.find("{{"); pos != std::string_view::npos;
       pos = text.find("{{", done)) {
    const std::size_t close = text.find("}}", pos + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(done, pos - done));
    const std::string_view name = trim(text.substr(pos + 2, close - pos - 2));
    if (auto it = values.find(name); it != values.end()) {
      out += it->second;
    } else {
      missing.emplace_back(name);
      out.append(text.substr(pos, close + 2 - pos));
    }
    done = close + 2;
  }
  out.append(text.substr(done));
  return out;
}

}  // namespace duban
