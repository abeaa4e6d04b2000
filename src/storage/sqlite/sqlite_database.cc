// SPDX-License-Identifier: Apache-2.0
#include "storage/sqlite/sqlite_database.h"

#include <sqlite3.h>

#include <mutex>

#include <unordered_map>

namespace motcua::storage {
namespace {

// SQLite spells positional parameters ?NNN; our shared SQL uses PostgreSQL's $N.
std::string ToSqlitePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out += '?';
      continue;
    }
    out += c;
  }
  return out;
}

Error SqliteError(sqlite3* db, int rc, std::string_view what) {
  const int primary = rc & 0xFF;
  std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if (primary == SQLITE_CONSTRAINT) {
    return MakeError(ErrorCode::kConflict, message, "", "constraint");
  }
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    return MakeError(ErrorCode::kUnavailable, message);
  }
  return MakeError(ErrorCode::kInternal, message);
}

}  // namespace

// One sqlite3 handle with a cache of prepared statements.
class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    Rows rows;
    MOTCUA_TRY(Run(sql, params, &rows));
    return rows;
  }

  Result<long long> Execute(std::string_view sql, const Params& params) override {
    MOTCUA_TRY(Run(sql, params, nullptr));
    return static_cast<long long>(sqlite3_changes(db_));
  }

  Status ExecuteScript(std::string_view sql) override {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : "";
      sqlite3_free(err);
      return MakeError(ErrorCode::kInternal, "sqlite script failed: " + msg);
    }
    return Ok();
  }

  Dialect dialect() const override { return Dialect::kSqlite; }
  sqlite3* handle() { return db_; }

  // One statement without parameters through the prepared-statement cache: BEGIN and COMMIT
  // run on every request, and sqlite3_exec would parse them anew each time.
  Status Exec(std::string_view sql) { return Run(sql, {}, nullptr); }

 private:
  Status Run(std::string_view sql, const Params& params, Rows* rows) {
    sqlite3_stmt* stmt = nullptr;
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) {
      stmt = it->second;
    } else {
      const std::string translated = ToSqlitePlaceholders(sql);
      const int rc = sqlite3_prepare_v3(db_, translated.c_str(), -1, SQLITE_PREPARE_PERSISTENT,
                                        &stmt, nullptr);
      if (rc != SQLITE_OK) return SqliteError(db_, rc, "prepare");
      cache_.emplace(std::move(key), stmt);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i + 1);
      const SqlParam& p = params[i];
      if (p.is_null()) {
        sqlite3_bind_null(stmt, idx);
      } else if (p.is_int()) {
        sqlite3_bind_int64(stmt, idx, p.as_int());
      } else {
        sqlite3_bind_text(stmt, idx, p.as_text().data(), static_cast<int>(p.as_text().size()),
                          SQLITE_TRANSIENT);
      }
    }
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Error e = SqliteError(db_, rc, "step");
        sqlite3_reset(stmt);
        return e;
      }
      if (!rows) continue;
      const int n = sqlite3_column_count(stmt);
      std::vector<std::optional<std::string>> cells;
      cells.reserve(n);
      for (int c = 0; c < n; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
          cells.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          cells.emplace_back(std::string(text, sqlite3_column_bytes(stmt, c)));
        }
      }
      rows->emplace_back(std::move(cells));
    }
    sqlite3_reset(stmt);
    return Ok();
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

Result<std::shared_ptr<SqliteDatabase>> SqliteDatabase::Open(const std::string& path) {
  auto db = std::shared_ptr<SqliteDatabase>(new SqliteDatabase(path));
  MOTCUA_ASSIGN_OR_RETURN(first, db->Checkout());
  // WAL lets readers run beside the writer; FULL sync makes a committed dossier survive power
  // loss, not only a crash of the process.
  MOTCUA_TRY(first->ExecuteScript("PRAGMA journal_mode=WAL;"));
  db->Return(std::move(first));
  return db;
}

SqliteDatabase::SqliteDatabase(std::string path) : path_(std::move(path)) {
  // SQLite counts every allocation under one process-wide mutex unless told not to; with many
  // pooled connections on several threads that mutex is where they meet. Only possible before
  // the library is first used, so a failure (someone was first) is harmless and ignored.
  static std::once_flag once;
  std::call_once(once, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}
SqliteDatabase::~SqliteDatabase() = default;

Result<std::unique_ptr<SqliteConnection>> SqliteDatabase::Checkout() {
  {
    std::lock_guard lock(pool_mutex_);
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return c;
    }
  }
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path_.c_str(), &handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    Error e = SqliteError(handle, rc, "open " + path_);
    sqlite3_close_v2(handle);
    e.code = ErrorCode::kUnavailable;
    return e;
  }
  sqlite3_busy_timeout(handle, 10000);
  auto c = std::make_unique<SqliteConnection>(handle);
  // Reads through a shared memory map: with many pooled connections, each one's own page cache
  // is dropped whenever another commits, and re-reading through pread costs a system call a page.
  MOTCUA_TRY(c->ExecuteScript(
      "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA mmap_size=268435456;"));
  return c;
}

void SqliteDatabase::Return(std::unique_ptr<SqliteConnection> c) {
  std::lock_guard lock(pool_mutex_);
  idle_.push_back(std::move(c));
}

Status SqliteDatabase::RunTransaction(TxMode mode,
                                      const std::function<bool(Connection&)>& body) {
  std::unique_lock<std::mutex> write_lock(write_mutex_, std::defer_lock);
  if (mode == TxMode::kWrite) write_lock.lock();
  MOTCUA_ASSIGN_OR_RETURN(conn, Checkout());
  MOTCUA_TRY(conn->Exec(mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN"));
  bool commit = false;
  try {
    commit = body(*conn);
  } catch (...) {
    (void)conn->Exec("ROLLBACK");
    Return(std::move(conn));
    throw;
  }
  Status end = conn->Exec(commit ? "COMMIT" : "ROLLBACK");
  if (!end.has_value()) {
    (void)conn->Exec("ROLLBACK");
    Return(std::move(conn));
    return MakeError(ErrorCode::kUnavailable, end.error().message);
  }
  Return(std::move(conn));
  return Ok();
}

}  // namespace motcua::storage
