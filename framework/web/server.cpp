#include "web/server.hpp"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <charconv>
#include <stdexcept>

#include "web/app.hpp"

namespace duban::web {

namespace {

// Keep-alive connections are kept for this many requests: a browser or a
// load generator reuses its connection instead of reconnecting every five.
constexpr std::size_t kRequestsPerConnection = 1000;

Request to_request(const httplib::Request& in) {
  Request out;
  out.method = in.method;
  out.path = in.path;
  out.body = in.body;
  for (const auto& [name, value] : in.headers) {
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers[lower] = value;
  }
  // From the target, not httplib's params: those also hold a form body's fields.
  const auto question = in.target.find('?');
  if (question != std::string::npos) {
    for (auto& [name, value] : parse_form(std::string_view(in.target).substr(question + 1)))
      out.query.emplace(name, value);
  }
  return out;
}

// httplib's default is SO_REUSEPORT, which lets a second server bind the
// same port and silently take half the requests; SO_REUSEADDR only allows a
// restart while old connections linger. TCP_NODELAY (inherited by accepted
// connections): a response's head and body go out at once, without waiting
// 40 ms for the client's delayed acknowledgement.
void socket_options(socket_t sock) {
  const int yes = 1;
  setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof(yes));
}

void to_response(const Response& in, httplib::Response& out) {
  out.status = in.status;
  for (const auto& [name, value] : in.headers) out.set_header(name, value);
  out.set_content(in.body, in.content_type);
}

}  // namespace

std::optional<std::pair<std::string, int>> parse_listen(std::string_view text) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string host(text.substr(0, colon));
  const std::string_view port_text = text.substr(colon + 1);
  int port = -1;
  const auto [end, error] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (error != std::errc() || end != port_text.data() + port_text.size() || port < 0 ||
      port > 65535)
    return std::nullopt;
  if (host.empty()) host = "127.0.0.1";
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  return std::pair{host, port};
}

struct HttpServer::Impl {
  Impl(WebApp& a, ServerOptions o) : app(a), options(std::move(o)) {}
  WebApp& app;
  ServerOptions options;
  httplib::Server server;
};

HttpServer::HttpServer(WebApp& app, ServerOptions options)
    : impl_(std::make_unique<Impl>(app, std::move(options))) {
  httplib::Server& s = impl_->server;
  const int threads = std::max(2, impl_->options.threads);
  s.new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  s.set_payload_max_length(impl_->options.max_body_bytes);
  s.set_keep_alive_max_count(kRequestsPerConnection);
  s.set_socket_options(socket_options);
  s.set_read_timeout(30, 0);
  s.set_write_timeout(30, 0);
  WebApp* web = &impl_->app;
  const auto handler = [web](const httplib::Request& req, httplib::Response& res) {
    to_response(web->handle(to_request(req)), res);
  };
  s.Get(".*", handler);
  s.Post(".*", handler);
  s.Put(".*", handler);
  s.Patch(".*", handler);
  s.Delete(".*", handler);
  // What httplib answers itself (413 for a body over the limit, 400 for a
  // request it cannot parse) gets the same JSON or page as ours.
  const httplib::Server::HandlerWithResponse on_error = [web](const httplib::Request& req,
                                                              httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message = "the request was refused";
    if (res.status == 413) message = "the request body is larger than the server accepts";
    if (res.status == 400) message = "the request could not be read";
    to_response(error_answer(web->messages(), req.path, res.status, message), res);
    return httplib::Server::HandlerResponse::Handled;
  };
  s.set_error_handler(on_error);
}

HttpServer::~HttpServer() = default;

int HttpServer::bind() {
  httplib::Server& s = impl_->server;
  const std::string& host = impl_->options.host;
  const int port = impl_->options.port;
  const int bound = port == 0 ? s.bind_to_any_port(host) : (s.bind_to_port(host, port) ? port : -1);
  if (bound < 0)
    throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port) +
                             " (in use, or not an address of this machine?)");
  return bound;
}

void HttpServer::run() {
  impl_->server.listen_after_bind();
}

void HttpServer::stop() {
  impl_->server.stop();
}

}  // namespace duban::web
