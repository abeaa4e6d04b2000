// SPDX-License-Identifier: Apache-2.0
// `motcua bench`: starts motcua (SQLite, then PostgreSQL), nginx and the raw-insert baselines on
// loopback, drives them, and writes docs/benchmarks.md. Not part of `make test`.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace motcua::bench {

struct BenchOptions {
  int seconds = 5;  // per measured point
  std::string out = "docs/benchmarks.md";
  bool no_pg = false;
  std::vector<int> concurrency{1, 16, 256};
};

// Adds --seconds, --out, --no-pg and --concurrency to `command`, writing into `options`.
void AddBenchOptions(CLI::App& command, BenchOptions& options);

// Runs the whole benchmark (a few minutes by default) and writes the report to options.out.
// Returns the process exit code: 0 when the report was written, even if a target is missed.
int RunBench(const BenchOptions& options);

}  // namespace motcua::bench
