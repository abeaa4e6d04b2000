// SPDX-License-Identifier: Apache-2.0
// A motcua server under test: this same binary run as `motcua init --demo` and then
// `motcua serve` in a child process, so its memory and CPU are its own.
#pragma once

#include <memory>
#include <string>

#include "bench/process.h"

namespace motcua::bench {

class MotcuaServer {
 public:
  // Initialises `dir`/data with the demo province (on `db_url`, or SQLite in the data dir when
  // empty) and serves it on a free loopback port without the access log. Output goes to
  // `dir`/motcua.log. kUnavailable when init fails or the server does not start listening.
  static Result<std::unique_ptr<MotcuaServer>> Start(const std::string& exe, const std::string& dir,
                                                     const std::string& db_url);

  unsigned short port() const { return port_; }
  int pid() const { return process_.pid(); }
  // Logs in and returns the bearer token. kUnauthenticated/kUnavailable on failure.
  Result<std::string> Login(const std::string& username, const std::string& password) const;
  // Stops the server (SIGTERM, graceful).
  void Stop() { process_.Stop(); }

 private:
  MotcuaServer(ChildProcess process, unsigned short port)
      : process_(std::move(process)), port_(port) {}
  ChildProcess process_;
  unsigned short port_;
};

}  // namespace motcua::bench
