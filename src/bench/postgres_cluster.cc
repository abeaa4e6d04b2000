// SPDX-License-Identifier: Apache-2.0
#include "bench/postgres_cluster.h"

#include <unistd.h>

#include <filesystem>

#include "bench/process.h"

namespace motcua::bench {
namespace {

const std::string kPgBin = "/usr/lib/postgresql/15/bin/";

int AsPostgres(std::vector<std::string> argv, const std::string& log) {
  std::vector<std::string> full = AsUserPrefix("postgres");
  full.insert(full.end(), argv.begin(), argv.end());
  return RunCommand(full, log);
}

}  // namespace

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::Start(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!fs::exists(kPgBin + "pg_ctl")) {
    return MakeError(ErrorCode::kUnavailable, "PostgreSQL 15 is not installed (" + kPgBin + ")");
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (geteuid() == 0 && RunCommand({"chown", "postgres", dir}, "/dev/null") != 0) {
    return MakeError(ErrorCode::kUnavailable, "cannot hand " + dir + " to the postgres user");
  }
  // Our own output goes to a file root opens; the server's log must be one postgres can create.
  const std::string log = dir + "/commands.log";
  MOTCUA_ASSIGN_OR_RETURN(port, FreeLoopbackPort());
  if (AsPostgres({kPgBin + "initdb", "-D", dir + "/data", "-U", "motcua", "--auth=trust", "-E",
                  "UTF8", "--locale=C.UTF-8"},
                 log) != 0) {
    return MakeError(ErrorCode::kUnavailable, "initdb failed; see " + log);
  }
  // Durability on, as in production: every commit waits for its WAL flush.
  const std::string server_options = "-h 127.0.0.1 -p " + std::to_string(port) + " -k " + dir +
                                     " -c fsync=on -c synchronous_commit=on"
                                     " -c full_page_writes=on -c max_connections=300";
  if (AsPostgres({kPgBin + "pg_ctl", "-D", dir + "/data", "-l", dir + "/server.log", "-w", "-o", server_options,
                  "start"},
                 log) != 0) {
    return MakeError(ErrorCode::kUnavailable, "pg_ctl start failed; see " + log);
  }
  std::unique_ptr<PostgresCluster> cluster(new PostgresCluster(dir, port));
  for (const char* db : {"motcua", "raw"}) {
    if (AsPostgres({kPgBin + "createdb", "-h", "127.0.0.1", "-p", std::to_string(port), "-U",
                    "motcua", db},
                   log) != 0) {
      return MakeError(ErrorCode::kUnavailable, "createdb failed; see " + log);
    }
  }
  return cluster;
}

PostgresCluster::~PostgresCluster() {
  AsPostgres({kPgBin + "pg_ctl", "-D", dir_ + "/data", "-m", "fast", "stop"}, dir_ + "/commands.log");
}

std::string PostgresCluster::Url(const std::string& database) const {
  return "postgresql://motcua@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

}  // namespace motcua::bench
