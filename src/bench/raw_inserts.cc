// SPDX-License-Identifier: Apache-2.0
#include "bench/raw_inserts.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace motcua::bench {
namespace {

using Clock = std::chrono::steady_clock;

// Row ids stay unique across runs on the same table.
std::atomic<long long> next_run_base{0};

// About the size of a dossier row with its applicant details.
const std::string kPayload(300, 'x');

constexpr const char* kTable =
    "CREATE TABLE IF NOT EXISTS raw_dossiers (id BIGINT PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
    "payload TEXT NOT NULL, created_at BIGINT NOT NULL)";

std::uint32_t Micros(Clock::time_point start) {
  return static_cast<std::uint32_t>(
      std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count());
}

// Runs `step(thread, n)` on `threads` threads until `duration` passes; step returns success.
template <typename Step>
LoadResult RunThreads(int threads, std::chrono::milliseconds duration, Step step) {
  std::vector<LoadResult> parts(static_cast<size_t>(threads));
  std::atomic<long long> next{0};
  const auto start = Clock::now();
  const auto deadline = start + duration;
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      while (Clock::now() < deadline) {
        const auto begin = Clock::now();
        if (step(t, next++)) {
          parts[t].latencies_us.push_back(Micros(begin));
        } else {
          ++parts[t].errors;
        }
      }
    });
  }
  for (auto& th : pool) th.join();
  return Merge(std::move(parts), std::chrono::duration<double>(Clock::now() - start).count());
}

// A fresh WAL file grows with every commit, and on ext4 an fdatasync that extends a file costs a
// journal commit (~4 ms here) where one that overwrites costs ~0.1 ms. A long-running server's
// WAL has reached its steady size (checkpoints restart it from the top), so grow this one once,
// in one big transaction, before measuring.
Status WarmWal(sqlite3* db) {
  const std::string sql =
      "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
      "INSERT OR IGNORE INTO raw_dossiers SELECT -i, 'warm-' || i, '" + kPayload +
      "', 0 FROM n; COMMIT; PRAGMA wal_checkpoint(PASSIVE);";
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return MakeError(ErrorCode::kUnavailable, std::string("sqlite warm-up: ") + sqlite3_errmsg(db));
  }
  return Ok();
}

}  // namespace

Result<LoadResult> SqliteRawInserts(const std::string& path, int threads,
                                    std::chrono::milliseconds duration) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    sqlite3_close(db);
    return MakeError(ErrorCode::kUnavailable, "cannot open " + path);
  }
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> owner(db, &sqlite3_close);
  const std::string setup =
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; " + std::string(kTable) + ";";
  if (sqlite3_exec(db, setup.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return MakeError(ErrorCode::kUnavailable, std::string("sqlite setup: ") + sqlite3_errmsg(db));
  }
  MOTCUA_TRY(WarmWal(db));
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO raw_dossiers VALUES (?1, ?2, ?3, ?4)", -1, &insert, nullptr);
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(insert, &sqlite3_finalize);
  std::mutex write_mutex;
  const long long offset = next_run_base.fetch_add(1'000'000'000);
  return RunThreads(threads, duration, [&](int, long long i) {
    const long long n = offset + i;
    std::lock_guard lock(write_mutex);
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) return false;
    const std::string code = "raw-" + std::to_string(n);
    sqlite3_reset(insert);
    sqlite3_bind_int64(insert, 1, n);
    sqlite3_bind_text(insert, 2, code.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, kPayload.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int64(insert, 4, n);
    const bool ok = sqlite3_step(insert) == SQLITE_DONE;
    return sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK &&
           ok;
  });
}

Result<LoadResult> PostgresRawInserts(const std::string& url, int threads,
                                      std::chrono::milliseconds duration) {
  using PgPtr = std::unique_ptr<PGconn, decltype(&PQfinish)>;
  std::vector<PgPtr> conns;
  for (int t = 0; t < threads; ++t) {
    PgPtr c(PQconnectdb(url.c_str()), &PQfinish);
    if (PQstatus(c.get()) != CONNECTION_OK) {
      return MakeError(ErrorCode::kUnavailable, std::string("libpq: ") + PQerrorMessage(c.get()));
    }
    conns.push_back(std::move(c));
  }
  PGresult* created = PQexec(conns[0].get(), kTable);
  const bool ok = PQresultStatus(created) == PGRES_COMMAND_OK;
  PQclear(created);
  if (!ok) return MakeError(ErrorCode::kUnavailable, "cannot create the raw table");
  const long long offset = next_run_base.fetch_add(1'000'000'000);
  return RunThreads(threads, duration, [&](int t, long long n) {
    const std::string id = std::to_string(offset + n);
    const std::string code = "raw-" + id;
    const char* values[] = {id.c_str(), code.c_str(), kPayload.c_str(), id.c_str()};
    PGresult* r = PQexecParams(conns[t].get(), "INSERT INTO raw_dossiers VALUES ($1, $2, $3, $4)",
                               4, nullptr, values, nullptr, nullptr, 0);
    const bool done = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return done;
  });
}

}  // namespace motcua::bench
