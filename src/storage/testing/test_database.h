// SPDX-License-Identifier: Apache-2.0
// Throw-away databases for tests: a temp SQLite file, or a fresh schema in the PostgreSQL
// cluster named by MOTCUA_TEST_PG_URL (tests on that backend skip when it is unset).
#pragma once

#include <memory>
#include <string>

#include "storage/database.h"

namespace motcua::storage::testing {

enum class Backend { kSqlite, kPostgres };

std::string BackendName(Backend b);

// A migrated, empty database that is removed again when the object dies.
class TestDatabase {
 public:
  // nullptr with `skip_reason` set when the backend is not available here.
  static std::unique_ptr<TestDatabase> Create(Backend backend, std::string* skip_reason);
  ~TestDatabase();

  std::shared_ptr<Database> db() const { return db_; }
  // The URL that opens this same database (for starting a server on it).
  const std::string& url() const { return url_; }

 private:
  TestDatabase() = default;
  std::shared_ptr<Database> db_;
  std::string url_;
  std::string cleanup_path_;    // SQLite: the directory to remove
  std::string admin_url_;       // PostgreSQL: where to drop the schema from
  std::string schema_;
};

}  // namespace motcua::storage::testing
