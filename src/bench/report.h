// SPDX-License-Identifier: Apache-2.0
// Everything one benchmark run measured, and its rendering as docs/benchmarks.md.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "bench/engine_peer.h"
#include "bench/latency_stats.h"

namespace motcua::bench {

// One measurement at one concurrency.
struct Point {
  int concurrency = 0;
  Summary summary;
};

struct BackendReport {
  std::string name;        // "SQLite", "PostgreSQL"
  std::string durability;  // the settings the intake and the raw inserts ran with
  std::string skipped;     // why the backend was not measured; empty when it was
  std::vector<Point> intake, lookups, raw;
};

struct BenchReport {
  std::string date, cpu, load_before, load_after;
  int cores = 0;
  int seconds = 0;
  int server_threads = 0;
  std::vector<BackendReport> backends;
  std::vector<Point> nginx;
  std::string nginx_skipped;
  int nginx_workers = 0;
  size_t response_bytes = 0;
  long idle_rss_kb = -1;
  long loaded_rss_kb = -1;
  // GETs of increasing depth at one concurrency, to split a lookup's cost into its layers.
  int breakdown_concurrency = 0;
  std::vector<std::pair<std::string, Summary>> breakdown;
  EngineComparison engines;  // issue 4 item 6
  std::string notes;  // the hand-written analysis, kept across runs
};

// The line after which docs/benchmarks.md holds hand-written analysis that a new run keeps.
inline constexpr const char* kNotesMarker =
    "<!-- Hand-written analysis below this line is kept when `motcua bench` rewrites the file. -->";

// The text after kNotesMarker in an earlier report (with the marker); a placeholder when absent.
std::string KeptNotes(const std::string& previous_report);

// The whole Markdown document.
std::string RenderReport(const BenchReport& report);

}  // namespace motcua::bench
