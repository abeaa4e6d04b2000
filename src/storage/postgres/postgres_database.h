// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL backend (libpq), for deployments that outgrow one SQLite file.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "storage/database.h"

namespace motcua::storage {

class PostgresConnection;

// A pool of libpq connections. Write transactions run at READ COMMITTED; reads (TxMode::kRead)
// run in autocommit on a read-only session. Uniqueness races surface as
// kConflict and serialization failures or deadlocks as kUnavailable (retried by Transact).
// Thread-safe.
class PostgresDatabase final : public Database {
 public:
  // Connects once to check the URL. kUnavailable when the server cannot be reached.
  static Result<std::shared_ptr<PostgresDatabase>> Open(const std::string& url);
  ~PostgresDatabase() override;

  Dialect dialect() const override { return Dialect::kPostgres; }
  std::string Describe() const override;

 protected:
  Status RunTransaction(TxMode mode, const std::function<bool(Connection&)>& body) override;

 private:
  explicit PostgresDatabase(std::string url);
  Result<std::unique_ptr<PostgresConnection>> Checkout();
  void Return(std::unique_ptr<PostgresConnection> c);

  const std::string url_;
  std::mutex pool_mutex_;                                  // guards idle_
  std::vector<std::unique_ptr<PostgresConnection>> idle_;  // GUARDED_BY(pool_mutex_)
};

}  // namespace motcua::storage
