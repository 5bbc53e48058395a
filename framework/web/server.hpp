#pragma once
// The HTTP server around a WebApp: cpp-httplib's threaded server, bound
// to one address. This is the only part of duban that includes httplib.h.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace duban::web {

class WebApp;

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;   ///< 0: any free port (tests)
  int threads = 16;  ///< worker threads; each serves one connection at a time
  std::size_t max_body_bytes =
      std::size_t{1024} * 1024;  ///< larger request bodies are refused with 413
};

/// "127.0.0.1:8080", "0.0.0.0:80", ":8080" (loopback), "[::1]:8080";
/// nullopt when it is none of these.
std::optional<std::pair<std::string, int>> parse_listen(std::string_view text);

class HttpServer {
 public:
  HttpServer(WebApp& app, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  /// Binds the address; returns the port (the chosen one for port 0).
  /// Throws std::runtime_error naming the address when it cannot.
  int bind();
  /// Serves until stop() is called (from another thread or a signal).
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duban::web
