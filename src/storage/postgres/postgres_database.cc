// SPDX-License-Identifier: Apache-2.0
#include "storage/postgres/postgres_database.h"

#include <libpq-fe.h>

#include <cstring>
#include <unordered_map>

namespace motcua::storage {
namespace {

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

Error PgError(PGconn* conn, const PGresult* res, std::string_view what) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  const char* constraint = res ? PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME) : nullptr;
  std::string message = std::string(what) + ": " +
                        (res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
  const std::string sqlstate = state ? state : "";
  // Class 23 is integrity constraint violation (23505 unique, 23503 foreign key).
  if (sqlstate.rfind("23", 0) == 0) {
    return MakeError(ErrorCode::kConflict, message, constraint ? constraint : "", "constraint");
  }
  // 40001 serialization failure, 40P01 deadlock: the transaction may be run again.
  if (sqlstate == "40001" || sqlstate == "40P01" || PQstatus(conn) != CONNECTION_OK) {
    return MakeError(ErrorCode::kUnavailable, message);
  }
  return MakeError(ErrorCode::kInternal, message);
}

}  // namespace

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  ~PostgresConnection() override { PQfinish(conn_); }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    MOTCUA_ASSIGN_OR_RETURN(res, Run(sql, params));
    Rows rows;
    const int n = PQntuples(res.get());
    const int cols = PQnfields(res.get());
    rows.reserve(n);
    for (int r = 0; r < n; ++r) {
      std::vector<std::optional<std::string>> cells;
      cells.reserve(cols);
      for (int c = 0; c < cols; ++c) {
        if (PQgetisnull(res.get(), r, c)) {
          cells.emplace_back(std::nullopt);
        } else {
          cells.emplace_back(std::string(PQgetvalue(res.get(), r, c), PQgetlength(res.get(), r, c)));
        }
      }
      rows.emplace_back(std::move(cells));
    }
    return rows;
  }

  Result<long long> Execute(std::string_view sql, const Params& params) override {
    MOTCUA_ASSIGN_OR_RETURN(res, Run(sql, params));
    const char* affected = PQcmdTuples(res.get());
    return affected && *affected ? std::stoll(affected) : 0LL;
  }

  Status ExecuteScript(std::string_view sql) override {
    PgResultPtr res(PQexec(conn_, std::string(sql).c_str()));
    const auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return PgError(conn_, res.get(), "exec");
    return Ok();
  }

  Dialect dialect() const override { return Dialect::kPostgres; }
  bool healthy() const { return PQstatus(conn_) == CONNECTION_OK; }

 private:
  Result<PgResultPtr> Run(std::string_view sql, const Params& params) {
    std::vector<std::optional<std::string>> texts;
    texts.reserve(params.size());
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) {
      texts.push_back(p.ToText());
      values.push_back(texts.back() ? texts.back()->c_str() : nullptr);
    }
    PgResultPtr res;
    if (const std::string* name = Prepared(sql, static_cast<int>(values.size()))) {
      res.reset(PQexecPrepared(conn_, name->c_str(), static_cast<int>(values.size()),
                               values.data(), nullptr, nullptr, 0));
    } else {
      res.reset(PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(values.size()),
                             nullptr, values.data(), nullptr, nullptr, 0));
    }
    const auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return PgError(conn_, res.get(), "query");
    return res;
  }

  // The server-side prepared statement for `sql` on this connection, preparing it on first use,
  // so that repeated statements skip parsing and planning (about half of a short query's time).
  // Null when the cache is full or preparing failed; the caller then runs it unprepared.
  const std::string* Prepared(std::string_view sql, int nparams) {
    std::string key(sql);
    if (auto it = prepared_.find(key); it != prepared_.end()) return &it->second;
    if (prepared_.size() >= kMaxPrepared) return nullptr;
    std::string name = "motcua_" + std::to_string(prepared_.size());
    PgResultPtr res(PQprepare(conn_, name.c_str(), key.c_str(), nparams, nullptr));
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return nullptr;
    return &prepared_.emplace(std::move(key), std::move(name)).first->second;
  }

  static constexpr size_t kMaxPrepared = 512;
  PGconn* conn_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL -> statement name
};

Result<std::shared_ptr<PostgresDatabase>> PostgresDatabase::Open(const std::string& url) {
  auto db = std::shared_ptr<PostgresDatabase>(new PostgresDatabase(url));
  MOTCUA_ASSIGN_OR_RETURN(first, db->Checkout());
  db->Return(std::move(first));
  return db;
}

PostgresDatabase::PostgresDatabase(std::string url) : url_(std::move(url)) {}
PostgresDatabase::~PostgresDatabase() = default;

std::string PostgresDatabase::Describe() const {
  // Drop "user:password@" from the URL.
  const auto scheme_end = url_.find("://");
  const auto at = url_.find('@');
  if (scheme_end == std::string::npos || at == std::string::npos) return url_;
  return url_.substr(0, scheme_end + 3) + "***@" + url_.substr(at + 1);
}

Result<std::unique_ptr<PostgresConnection>> PostgresDatabase::Checkout() {
  {
    std::lock_guard lock(pool_mutex_);
    while (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      if (c->healthy()) return c;
    }
  }
  PGconn* conn = PQconnectdb(url_.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(conn);
    PQfinish(conn);
    return MakeError(ErrorCode::kUnavailable, "cannot connect to PostgreSQL: " + msg);
  }
  auto c = std::make_unique<PostgresConnection>(conn);
  // Sessions are read-only by default: reads run in autocommit (below) and must not write;
  // write transactions open with BEGIN READ WRITE.
  MOTCUA_TRY(c->ExecuteScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'; "
                              "SET default_transaction_read_only = on"));
  return c;
}

void PostgresDatabase::Return(std::unique_ptr<PostgresConnection> c) {
  std::lock_guard lock(pool_mutex_);
  idle_.push_back(std::move(c));
}

Status PostgresDatabase::RunTransaction(TxMode mode,
                                        const std::function<bool(Connection&)>& body) {
  MOTCUA_ASSIGN_OR_RETURN(conn, Checkout());
  if (mode == TxMode::kRead) {
    // At READ COMMITTED every statement takes its own snapshot inside BEGIN ... COMMIT as well,
    // so wrapping reads bought no consistency and cost two round trips. Autocommit on a
    // read-only session keeps the guarantee that a read cannot write.
    try {
      (void)body(*conn);
    } catch (...) {
      Return(std::move(conn));
      throw;
    }
    Return(std::move(conn));
    return Ok();
  }
  MOTCUA_TRY(conn->ExecuteScript("BEGIN READ WRITE"));
  bool commit = false;
  try {
    commit = body(*conn);
  } catch (...) {
    (void)conn->ExecuteScript("ROLLBACK");
    Return(std::move(conn));
    throw;
  }
  Status end = conn->ExecuteScript(commit ? "COMMIT" : "ROLLBACK");
  if (!end.has_value()) {
    (void)conn->ExecuteScript("ROLLBACK");
    Return(std::move(conn));
    return MakeError(ErrorCode::kUnavailable, end.error().message);
  }
  Return(std::move(conn));
  return Ok();
}

}  // namespace motcua::storage
