// SPDX-License-Identifier: Apache-2.0
// The embedded default backend: SQLite in WAL mode with foreign keys on and full sync.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "storage/database.h"

namespace motcua::storage {

class SqliteConnection;

// A small pool of SQLite connections to one file. Write transactions are serialised by a mutex
// and start with BEGIN IMMEDIATE, so SQLite never has to upgrade a read lock (the usual cause of
// SQLITE_BUSY deadlocks); reads run concurrently thanks to WAL. Thread-safe.
class SqliteDatabase final : public Database {
 public:
  // Opens (creating if needed) the database file at `path`. kUnavailable if it cannot be opened.
  static Result<std::shared_ptr<SqliteDatabase>> Open(const std::string& path);
  ~SqliteDatabase() override;

  Dialect dialect() const override { return Dialect::kSqlite; }
  std::string Describe() const override { return "sqlite:" + path_; }

 protected:
  Status RunTransaction(TxMode mode, const std::function<bool(Connection&)>& body) override;

 private:
  explicit SqliteDatabase(std::string path);
  Result<std::unique_ptr<SqliteConnection>> Checkout();
  void Return(std::unique_ptr<SqliteConnection> c);

  const std::string path_;
  std::mutex write_mutex_;                            // held for the whole of a write transaction
  std::mutex pool_mutex_;                             // guards idle_
  std::vector<std::unique_ptr<SqliteConnection>> idle_;  // GUARDED_BY(pool_mutex_)
};

}  // namespace motcua::storage
