#pragma once
// The route table: method, path pattern, who may call it, whether it is
// the JSON API or a page (which decides how errors and a missing log-in are
// answered), and the handler. Modules add their routes to it.

#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "web/http.hpp"

namespace duban::web {

/// Who is calling: the logged-in person, or nobody on public routes.
struct Caller {
  std::string person;   ///< "" when not logged in
  std::string session;  ///< the session id ("" when not logged in)
  std::string csrf;     ///< the session's CSRF token, for pages to embed in forms
  bool admin = false;   ///< one of [workspace] admins
};

enum class Access {
  anyone,    ///< the log-in page and form, static files
  signed_in  ///< everything else; POSTs also need the CSRF token
};

enum class Face {
  api,  ///< JSON in and out; 401 without a session
  page  ///< HTML; the log-in page without a session
};

using Handler = std::function<Response(const Request&, const Caller&)>;

struct Route {
  std::string method;
  std::regex pattern;  ///< matched against the whole decoded path
  std::string prefix;  ///< the pattern's leading literal text: a cheap first test
  Access access = Access::signed_in;
  Face face = Face::api;
  Handler handler;
};

class Router {
 public:
  void add(std::string method, const std::string& pattern, Access access, Face face,
           Handler handler);

  struct Match {
    const Route* route = nullptr;  ///< null: no route for this method and path
    bool path_known = false;       ///< some route has this path under another method
  };
  /// The route for the request's method and path; fills request.captures.
  Match match(Request& request) const;

 private:
  std::vector<Route> routes_;
};

}  // namespace duban::web
