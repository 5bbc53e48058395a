#pragma once
// Requests and responses as plain values. Only server.cpp knows the HTTP
// library; everything else (routes, sessions, pages) sees these, so it can
// be tested without a socket and the library could be swapped.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace duban::web {

using Params = std::multimap<std::string, std::string, std::less<>>;

struct Request {
  std::string method;                                       ///< "GET", "POST" …
  std::string path;                                         ///< decoded, without the query
  Params query;                                             ///< decoded query parameters
  std::map<std::string, std::string, std::less<>> headers;  ///< names in lower case
  std::string body;
  std::vector<std::string> captures;  ///< the route pattern's groups, set by the router

  /// A header's value ("" when absent); `name` in lower case.
  [[nodiscard]] std::string header(std::string_view name) const;
  /// The first query parameter of that name, if any.
  [[nodiscard]] std::optional<std::string> param(std::string_view name) const;
  /// Every query parameter of that name, in order.
  [[nodiscard]] std::vector<std::string> params(std::string_view name) const;
  /// A cookie's value from the Cookie header ("" when absent).
  [[nodiscard]] std::string cookie(std::string_view name) const;
  /// The fields of an application/x-www-form-urlencoded body.
  [[nodiscard]] Params form() const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  ///< besides Content-Type
};

/// Ends a handler with an HTTP status and a message for the person.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  [[nodiscard]] int status() const { return status_; }

 private:
  int status_;
};

/// The short English word for a status ("not_found"), used as the error code in JSON.
std::string_view status_word(int status);

Response json_response(const nlohmann::json& body, int status = 200);
/// {"error": "not_found", "message": …}: every API error looks like this.
Response json_error(int status, const std::string& message);
Response html_response(std::string html, int status = 200);
/// 303 See Other: after a form, the browser loads `location` with GET.
Response redirect_to(const std::string& location);

/// The request body as a JSON object; HttpError 400 when it is not one.
/// An empty body is an empty object.
nlohmann::json json_object_body(const Request& request);
/// A string field of a JSON object ("" when absent); HttpError 422 when it
/// is there but not a string.
std::string string_field(const nlohmann::json& object, const char* key);
/// A field holding a string or a list of strings, as a list; 422 otherwise.
std::vector<std::string> strings_field(const nlohmann::json& object, const char* key);

/// Percent-decoding; with `plus_is_space` a '+' is a space (form bodies).
std::string url_decode(std::string_view text, bool plus_is_space);
/// Percent-encoding of everything but unreserved characters and '/'.
std::string url_encode(std::string_view text);
/// "a=1&b=x+y" → {a: 1, b: "x y"}.
Params parse_form(std::string_view body);

}  // namespace duban::web
