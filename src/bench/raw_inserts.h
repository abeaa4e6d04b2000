// SPDX-License-Identifier: Apache-2.0
// The write baselines: one row per transaction straight through sqlite3 or libpq, at the
// durability motcua runs with, to show what the storage itself can do on this machine.
#pragma once

#include <chrono>
#include <string>

#include "bench/latency_stats.h"
#include "common/result.h"

namespace motcua::bench {

// Inserts a dossier-sized row per transaction into a fresh SQLite file at `path` (WAL,
// synchronous=FULL, BEGIN IMMEDIATE ... COMMIT) from `threads` threads that share one
// connection behind a mutex, as motcua's writers do, for `duration`. kUnavailable when the
// file cannot be opened.
Result<LoadResult> SqliteRawInserts(const std::string& path, int threads,
                                    std::chrono::milliseconds duration);

// Inserts a dossier-sized row per transaction (autocommit, synchronous_commit as the server
// has it) into database `url` from `threads` threads, each with its own connection, for
// `duration`. kUnavailable when PostgreSQL cannot be reached.
Result<LoadResult> PostgresRawInserts(const std::string& url, int threads,
                                      std::chrono::milliseconds duration);

}  // namespace motcua::bench
