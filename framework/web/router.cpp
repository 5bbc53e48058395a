#include "web/router.hpp"

namespace duban::web {

namespace {

// The literal text a pattern starts with, up to its first special character.
std::string literal_prefix(const std::string& pattern) {
  const auto end = pattern.find_first_of("\\^$.|?*+()[]{}");
  return pattern.substr(0, end);
}

}  // namespace

void Router::add(std::string method, const std::string& pattern, Access access, Face face,
                 Handler handler) {
  Route route;
  route.method = std::move(method);
  route.pattern = std::regex(pattern, std::regex::ECMAScript | std::regex::optimize);
  route.prefix = literal_prefix(pattern);
  route.access = access;
  route.face = face;
  route.handler = std::move(handler);
  routes_.push_back(std::move(route));
}

Router::Match Router::match(Request& request) const {
  Match out;
  // HEAD is answered like GET (the server drops the body).
  const std::string method = request.method == "HEAD" ? "GET" : request.method;
  for (const auto& route : routes_) {
    if (!request.path.starts_with(route.prefix)) continue;
    std::smatch groups;
    if (!std::regex_match(request.path, groups, route.pattern)) continue;
    if (route.method != method) {
      out.path_known = true;
      continue;
    }
    request.captures.clear();
    for (std::size_t i = 1; i < groups.size(); ++i) request.captures.push_back(groups[i].str());
    out.route = &route;
    return out;
  }
  return out;
}

}  // namespace duban::web
