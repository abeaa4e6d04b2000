// SPDX-License-Identifier: Apache-2.0
#include "bench/nginx_server.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace motcua::bench {

Result<std::unique_ptr<NginxServer>> NginxServer::Start(const std::string& dir,
                                                        const std::string& body, int workers) {
  namespace fs = std::filesystem;
  const std::string nginx = fs::exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  std::error_code ec;
  fs::create_directories(dir + "/html", ec);
  // nginx's workers drop root for an unprivileged user, who must be able to read the file.
  fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec, ec);
  std::ofstream(dir + "/html/dossier.json", std::ios::binary) << body;
  MOTCUA_ASSIGN_OR_RETURN(port, FreeLoopbackPort());
  std::ofstream conf(dir + "/nginx.conf");
  if (geteuid() == 0) conf << "user nobody nogroup;\n";
  conf << "daemon off;\nworker_processes " << workers << ";\npid " << dir << "/nginx.pid;\n"
       << "error_log " << dir << "/error.log warn;\n"
       << "events { worker_connections 4096; }\n"
       << "http {\n  access_log off;\n  default_type application/json;\n"
       << "  keepalive_requests 100000000;\n  keepalive_timeout 60s;\n"
       << "  server {\n    listen 127.0.0.1:" << port << ";\n    root " << dir << "/html;\n"
       << "  }\n}\n";
  conf.close();
  MOTCUA_ASSIGN_OR_RETURN(process, ChildProcess::Start({nginx, "-e", dir + "/error.log", "-p",
                                                        dir, "-c", dir + "/nginx.conf"},
                                                       dir + "/stdout.log"));
  if (!WaitForPort(port, std::chrono::seconds(10))) {
    return MakeError(ErrorCode::kUnavailable, "nginx did not start; see " + dir + "/error.log");
  }
  return std::unique_ptr<NginxServer>(new NginxServer(std::move(process), port));
}

}  // namespace motcua::bench
