// SPDX-License-Identifier: Apache-2.0
// The one storage interface both backends implement: connections that run SQL with $1..$N
// parameters, and a Database that hands out transactions.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/result.h"

namespace motcua::storage {

enum class Dialect { kSqlite, kPostgres };

// A parameter bound to a statement. Text is passed as UTF-8; integers as 64-bit.
class SqlParam {
 public:
  SqlParam(std::nullptr_t) {}                                   // NOLINT: implicit on purpose
  SqlParam(int v) : value_(static_cast<long long>(v)) {}        // NOLINT
  SqlParam(long v) : value_(static_cast<long long>(v)) {}       // NOLINT
  SqlParam(long long v) : value_(v) {}                          // NOLINT
  SqlParam(bool v) : value_(static_cast<long long>(v ? 1 : 0)) {}  // NOLINT
  SqlParam(std::string v) : value_(std::move(v)) {}             // NOLINT
  SqlParam(std::string_view v) : value_(std::string(v)) {}      // NOLINT
  SqlParam(const char* v) : value_(std::string(v)) {}           // NOLINT
  template <typename T>
  SqlParam(const std::optional<T>& v) {                          // NOLINT
    if (v) *this = SqlParam(*v);
  }

  bool is_null() const { return value_.index() == 0; }
  bool is_int() const { return value_.index() == 1; }
  long long as_int() const { return std::get<1>(value_); }
  const std::string& as_text() const { return std::get<2>(value_); }
  // The value in PostgreSQL text format (null -> nullopt).
  std::optional<std::string> ToText() const;

 private:
  std::variant<std::monostate, long long, std::string> value_;
};

using Params = std::vector<SqlParam>;

// One result row; every column is read as text (or null) and converted on request.
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}
  size_t size() const { return cells_.size(); }
  bool IsNull(size_t i) const { return !cells_.at(i).has_value(); }
  // The text of column i; "" for null.
  const std::string& Text(size_t i) const;
  std::optional<std::string> OptText(size_t i) const { return cells_.at(i); }
  // Column i as an integer; 0 for null. A non-number is a bug (MOTCUA_CHECK).
  long long Int(size_t i) const;
  std::optional<long long> OptInt(size_t i) const;
  bool Bool(size_t i) const { return Int(i) != 0; }

 private:
  std::vector<std::optional<std::string>> cells_;
};

using Rows = std::vector<Row>;

// A connection inside a transaction. SQL uses $1..$N placeholders in both dialects. Driver errors
// are translated at this edge: unique and foreign-key violations become kConflict (field = the
// constraint's name when known), busy/serialization failures kUnavailable, the rest kInternal.
// Not thread-safe: one transaction, one thread.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Result<Rows> Query(std::string_view sql, const Params& params = {}) = 0;
  // Runs a statement; returns the number of rows it changed.
  virtual Result<long long> Execute(std::string_view sql, const Params& params = {}) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual Status ExecuteScript(std::string_view sql) = 0;
  virtual Dialect dialect() const = 0;

  // Convenience: the first row, or kNotFound with `what` as the message.
  Result<Row> QueryOne(std::string_view sql, const Params& params, std::string_view what);
  // Convenience: the first row if any.
  Result<std::optional<Row>> QueryOptional(std::string_view sql, const Params& params = {});
};

enum class TxMode { kRead, kWrite };

// A pool of connections to one database. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;

  // Runs `work` inside one transaction and commits if it returns a value, rolls back if it
  // returns an error or throws. Write transactions take the write lock up front (SQLite BEGIN
  // IMMEDIATE) and are retried a few times on kUnavailable (busy, serialization failure,
  // deadlock), so `work` must be safe to run again. Returns what `work` returned.
  template <typename T>
  Result<T> Transact(TxMode mode, const std::function<Result<T>(Connection&)>& work);

  virtual Dialect dialect() const = 0;
  // A description for logs, without credentials.
  virtual std::string Describe() const = 0;

 protected:
  // Runs `body` in a transaction; `body` returns false to ask for a rollback. Returns kUnavailable
  // for a retryable failure of the transaction itself.
  virtual Status RunTransaction(TxMode mode, const std::function<bool(Connection&)>& body) = 0;
};

template <typename T>
Result<T> Database::Transact(TxMode mode, const std::function<Result<T>(Connection&)>& work) {
  constexpr int kAttempts = 5;
  for (int attempt = 1;; ++attempt) {
    std::optional<Result<T>> outcome;
    Status tx = RunTransaction(mode, [&](Connection& c) {
      outcome.emplace(work(c));
      return outcome->has_value();
    });
    const bool retry_work = outcome && !outcome->has_value() &&
                            outcome->error().code == ErrorCode::kUnavailable;
    const bool retry_tx = !tx.has_value() && tx.error().code == ErrorCode::kUnavailable;
    if ((retry_work || retry_tx) && attempt < kAttempts) continue;
    if (!tx.has_value() && (!outcome || outcome->has_value())) return tx.error();
    return std::move(*outcome);
  }
}

// Opens a database from a URL: "sqlite:PATH" (or a bare path) or "postgresql://..." /
// "postgres://...". Applies pending migrations. kInvalidArgument for an unknown scheme,
// kUnavailable when the server cannot be reached.
Result<std::shared_ptr<Database>> OpenDatabase(const std::string& url);
// The same, without applying migrations (for tools and tests).
Result<std::shared_ptr<Database>> OpenDatabaseWithoutMigrations(const std::string& url);

// Runs a parameterless script in one write transaction.
Status ExecuteScriptOnce(Database& db, const std::string& sql);

}  // namespace motcua::storage
