// SPDX-License-Identifier: Apache-2.0
// The read baseline: nginx (Debian's nginx-light) serving one small static JSON file.
#pragma once

#include <memory>
#include <string>

#include "bench/process.h"

namespace motcua::bench {

class NginxServer {
 public:
  // The path clients request.
  static constexpr const char* kPath = "/dossier.json";

  // Writes a config and `body` as the file into `dir` and starts nginx in the foreground
  // (daemon off, pid and logs in `dir`, access log off, `workers` worker processes) on a free
  // loopback port. kUnavailable when nginx is missing or does not start.
  static Result<std::unique_ptr<NginxServer>> Start(const std::string& dir, const std::string& body,
                                                    int workers);
  unsigned short port() const { return port_; }

 private:
  NginxServer(ChildProcess process, unsigned short port)
      : process_(std::move(process)), port_(port) {}
  ChildProcess process_;
  unsigned short port_;
};

}  // namespace motcua::bench
