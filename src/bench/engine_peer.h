// SPDX-License-Identifier: Apache-2.0
// Issue 4 item 6: motcua's process engine against bpmn-engine (npm) on the same six-step process,
// each run as a child process that prints one JSON line.
#pragma once

#include <string>
#include <vector>

#include "common/result.h"

namespace motcua::bench {

// One engine at one concurrency.
struct EngineRun {
  std::string engine;       // "motcua", "bpmn-engine"
  std::string persistence;  // "SQLite (WAL, synchronous=FULL)", "none (memory)"
  int concurrency = 1;      // threads (motcua) or instances in flight (bpmn-engine)
  int instances = 0;
  double per_second = 0;
};

struct EngineComparison {
  std::vector<EngineRun> runs;
  std::string skipped;  // why a side was not measured; empty when both were
};

// Where the peer lives: `<source>/scripts/bpmn-engine-bench`. Installs its locked npm packages
// (npm ci) when missing, then runs both sides; `log_path` gets the children's output.
EngineComparison CompareEngines(const std::string& motcua_engine_bench, const std::string& peer_dir,
                                const std::string& log_path);

// The JSON line an engine bench printed: {"instances":..,"instances_per_second":..}. kInvalidArgument
// when the output holds none.
Result<EngineRun> ParseEngineLine(const std::string& output);

}  // namespace motcua::bench
