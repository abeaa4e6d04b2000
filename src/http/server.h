// SPDX-License-Identifier: Apache-2.0
// The HTTP/1.1 server: Boost.Beast with C++20 coroutines, keep-alive, body limits, timeouts,
// a JSON access log and a graceful stop on SIGTERM/SIGINT.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "common/result.h"
#include "http/message.h"

namespace motcua::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port (see Server::port)
  int threads = 4;
  size_t body_limit = 1 << 20;         // larger bodies get 413
  // File uploads (POST .../components/{id}/files) may be larger, and slow phones need longer.
  size_t upload_body_limit = 25 << 20;
  std::chrono::seconds upload_read_timeout{300};
  size_t header_limit = 16 * 1024;     // larger headers get 431
  std::chrono::seconds read_timeout{30};   // to read one request once it has started
  std::chrono::seconds idle_timeout{60};   // between requests on a kept-alive connection
  bool access_log = true;
  bool handle_signals = true;  // stop gracefully on SIGTERM and SIGINT
};

// Calls `dispatch` for each request on one of the server's threads. `dispatch` must be
// thread-safe; an exception from it becomes a 500 JSON error with the request id, and is logged.
class Server {
 public:
  using Dispatch = std::function<Response(Request&)>;
  Server(ServerOptions options, Dispatch dispatch);
  ~Server();

  // Binds and listens. kUnavailable when the address cannot be bound.
  Status Listen();
  // The bound port (useful with port 0).
  unsigned short port() const;
  // Serves until Stop() or a signal; returns once every in-flight request has been answered.
  void Run();
  // Stops accepting, closes idle connections, and lets requests in flight finish. Thread-safe.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace motcua::http
