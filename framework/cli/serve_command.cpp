// duban serve [--listen HOST:PORT]: the web dashboard and JSON API.

#include <pthread.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "cli/command.hpp"
#include "web/accounts.hpp"
#include "web/app.hpp"
#include "web/server.hpp"

namespace duban::cli {

namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  int threads = 16;
};

// SIGINT and SIGTERM are blocked in every thread and taken by one waiting
// thread, which stops the server: no work happens inside a signal handler.
// SIGUSR1 only wakes that thread when the server stopped some other way.
class StopOnSignal {
 public:
  explicit StopOnSignal(web::HttpServer& server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    sigaddset(&signals_, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    waiter_ = std::thread([this, &server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (signal != SIGUSR1) server.stop();
    });
  }
  ~StopOnSignal() {
    // The server stopped another way: wake the waiter so it can end.
    pthread_kill(waiter_.native_handle(), SIGUSR1);
    waiter_.join();
  }
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

 private:
  sigset_t signals_{};
  std::thread waiter_;
};

int run_serve(CommandContext& ctx, const ServeOptions& o) {
  const auto address = web::parse_listen(o.listen);
  if (!address) ctx.fail("--listen '" + o.listen + "' is not HOST:PORT (e.g. 127.0.0.1:8080)");
  const Workspace& ws = ctx.workspace();
  Store& store = ctx.store();  // opens (and migrates) the database now, or fails with exit 1
  ctx.now();                   // a bad --now is refused before anything listens
  if (web::accounts(store).empty()) {
    ctx.err() << "duban serve: nobody can log in yet: set passwords with 'duban user passwd "
                 "PERSON'\n";
  }
  web::WebApp app(
      ws, [&ctx] { return ctx.now(); },
      [&ws] { return open_store(ws.config.database_url, ws.root); }, ctx.options().language);
  web::ServerOptions options;
  options.host = address->first;
  options.port = address->second;
  options.threads = o.threads;
  web::HttpServer server(app, options);
  int port = 0;
  try {
    port = server.bind();
  } catch (const std::runtime_error& e) {
    ctx.fail(e.what(), exit_failure);
  }
  StopOnSignal stop(server);
  const bool v6 = options.host.find(':') != std::string::npos;
  ctx.out() << "duban serve: " << ws.config.name << " on http://" << (v6 ? "[" : "") << options.host
            << (v6 ? "]" : "") << ":" << port << "/ (Ctrl-C stops)" << std::endl;
  server.run();
  ctx.out() << "duban serve: stopped" << std::endl;
  return exit_ok;
}

}  // namespace

CommandSpec serve_command() {
  return {"serve", "Serve the web dashboard and the JSON API (docs/api.md)", [](CLI::App& app) {
            auto o = std::make_shared<ServeOptions>();
            app.add_option(
                "--listen", o->listen,
                "HOST:PORT to listen on (default 127.0.0.1:8080; port 0 picks a free one)");
            app.add_option("--threads", o->threads, "Worker threads (default 16)")
                ->check(CLI::Range(2, 256));
            return [o](CommandContext& ctx) { return run_serve(ctx, *o); };
          }};
}

}  // namespace duban::cli
