// SPDX-License-Identifier: Apache-2.0
// What one timed load run produced, and its summary: throughput and latency percentiles.
#pragma once

#include <cstdint>
#include <vector>

namespace motcua::bench {

// The raw outcome of one run: the latency of every successful request, in microseconds,
// the number of failed ones (non-2xx answers, broken connections) and the measured wall time.
struct LoadResult {
  std::vector<std::uint32_t> latencies_us;
  long long errors = 0;
  double seconds = 0;
};

struct Summary {
  long long ok = 0;
  long long errors = 0;
  double per_second = 0;  // successful requests per second of wall time
  double p50_ms = 0;
  double p99_ms = 0;
};

// The nearest-rank percentile (p in [0, 100]) of `sorted`, which must be sorted ascending;
// 0 for an empty vector. Percentile({10, 20, 30, 40}, 50) is 20.
std::uint32_t Percentile(const std::vector<std::uint32_t>& sorted, double p);

// Sorts a copy of the latencies and summarises the run; a run of zero seconds has rate 0.
Summary Summarize(const LoadResult& result);

// Merges runs measured side by side (per connection or per thread) over the same wall time.
LoadResult Merge(std::vector<LoadResult> parts, double seconds);

}  // namespace motcua::bench
