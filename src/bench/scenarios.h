// SPDX-License-Identifier: Apache-2.0
// The HTTP scenarios the benchmark drives: dossier intake, dossier lookups and plain GETs.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "bench/latency_stats.h"

namespace motcua::bench {

struct RunSettings {
  unsigned short port = 0;
  int concurrency = 1;
  std::chrono::milliseconds duration{5000};
};

// POST /api/v1/dossiers with bearer `token`: procedure 2.000488 at the counter for citizen
// 001090000001 (Nguyễn Văn An), each with its own Idempotency-Key. Appends the code of every
// dossier created to `codes` and keeps one answer's body in `sample`.
LoadResult RunIntake(const RunSettings& run, const std::string& token,
                     std::vector<std::string>& codes, std::string& sample);

// GET /api/v1/dossiers/{code} with bearer `token`, cycling over `codes` (must not be empty);
// keeps one answer's body in `sample`.
LoadResult RunLookups(const RunSettings& run, const std::string& token,
                      const std::vector<std::string>& codes, std::string& sample);

// GET `target`, with bearer `token` when not empty.
LoadResult RunGets(const RunSettings& run, const std::string& target, const std::string& token);

}  // namespace motcua::bench
