// SPDX-License-Identifier: Apache-2.0
#include "storage/migrator.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace motcua::storage {

// Generated from migrations/*.sql (see CMakeLists.txt).
const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedMigrations();

namespace {

std::string ReplaceAll(std::string text, std::string_view from, std::string_view to) {
  for (size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size()) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::vector<Migration> MigrationsFor(Dialect dialect) {
  const std::string_view own = dialect == Dialect::kSqlite ? ".sqlite.sql" : ".postgres.sql";
  const std::string_view other = dialect == Dialect::kSqlite ? ".postgres.sql" : ".sqlite.sql";
  std::map<int, Migration> by_version;
  for (const auto& [file, sql] : EmbeddedMigrations()) {
    if (EndsWith(file, other)) continue;
    Migration m;
    m.version = std::stoi(std::string(file.substr(0, 4)));
    std::string_view name = file.substr(5);
    name = name.substr(0, name.size() - (EndsWith(file, own) ? own.size() : 4));
    m.name = std::string(name);
    m.sql = ReplaceAll(std::string(sql), "{{ID}}",
                       dialect == Dialect::kSqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                                                   : "BIGSERIAL PRIMARY KEY");
    MOTCUA_CHECK(by_version.count(m.version) == 0);
    by_version.emplace(m.version, std::move(m));
  }
  std::vector<Migration> out;
  for (auto& [v, m] : by_version) out.push_back(std::move(m));
  return out;
}

namespace {

Status EnsureMigrationTable(Connection& c) {
  return c.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
}

}  // namespace

Result<int> SchemaVersion(Database& db) {
  return db.Transact<int>(TxMode::kWrite, [](Connection& c) -> Result<int> {
    MOTCUA_TRY(EnsureMigrationTable(c));
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return static_cast<int>(rows.at(0).Int(0));
  });
}

Result<std::set<int>> AppliedMigrations(Database& db) {
  return db.Transact<std::set<int>>(TxMode::kWrite, [](Connection& c) -> Result<std::set<int>> {
    MOTCUA_TRY(EnsureMigrationTable(c));
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT version FROM schema_migrations"));
    std::set<int> out;
    for (const auto& r : rows) out.insert(static_cast<int>(r.Int(0)));
    return out;
  });
}

Status ApplyMigrations(Database& db) {
  // Every migration not yet recorded, not only those above the highest: branches merged out of
  // order (0010 committed before 0008) must still reach databases that ran the later one first.
  MOTCUA_ASSIGN_OR_RETURN(applied_before, AppliedMigrations(db));
  for (const Migration& m : MigrationsFor(db.dialect())) {
    if (applied_before.count(m.version)) continue;
    auto applied = db.Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
      MOTCUA_TRY(c.ExecuteScript(m.sql));
      MOTCUA_TRY(c.Execute(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
          {m.version, m.name, static_cast<long long>(std::time(nullptr))}));
      return true;
    });
    if (!applied) {
      return MakeError(ErrorCode::kInternal, "migration " + std::to_string(m.version) + " (" +
                                                 m.name + ") failed: " + applied.error().message);
    }
  }
  return Ok();
}

}  // namespace motcua::storage
