// SPDX-License-Identifier: Apache-2.0
// Versioned schema migrations, embedded in the binary and applied at start.
#pragma once

#include <string>
#include <set>
#include <vector>

#include "storage/database.h"

namespace motcua::storage {

struct Migration {
  int version = 0;
  std::string name;
  std::string sql;  // already specialised for the dialect
};

// The migrations for `dialect`, in version order. Files are named NNNN_name.sql (both dialects)
// or NNNN_name.sqlite.sql / NNNN_name.postgres.sql (one dialect each).
std::vector<Migration> MigrationsFor(Dialect dialect);

// Applies every migration not yet recorded in schema_migrations, in version order, each in its
// own transaction, recording it there. Idempotent.
Status ApplyMigrations(Database& db);

// The versions recorded in schema_migrations.
Result<std::set<int>> AppliedMigrations(Database& db);

// The highest applied migration version (0 for an empty database).
Result<int> SchemaVersion(Database& db);

}  // namespace motcua::storage
