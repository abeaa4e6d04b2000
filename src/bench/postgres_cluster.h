// SPDX-License-Identifier: Apache-2.0
// A throw-away PostgreSQL 15 cluster with durability on (fsync, synchronous_commit, full page
// writes), for the benchmark only.
#pragma once

#include <memory>
#include <string>

#include "common/result.h"

namespace motcua::bench {

class PostgresCluster {
 public:
  // Runs initdb and pg_ctl (as the `postgres` user when root) in `dir`, on a free loopback
  // port, and creates the databases "motcua" and "raw". kUnavailable when PostgreSQL 15 is
  // missing or does not start; the logs are in `dir`.
  static Result<std::unique_ptr<PostgresCluster>> Start(const std::string& dir);
  ~PostgresCluster();  // pg_ctl stop -m fast

  // postgresql://motcua@127.0.0.1:PORT/<database>
  std::string Url(const std::string& database) const;

 private:
  PostgresCluster(std::string dir, unsigned short port) : dir_(std::move(dir)), port_(port) {}
  std::string dir_;
  unsigned short port_;
};

}  // namespace motcua::bench
