// SPDX-License-Identifier: Apache-2.0
#include "bench/latency_stats.h"

#include <algorithm>
#include <cmath>

namespace motcua::bench {

std::uint32_t Percentile(const std::vector<std::uint32_t>& sorted, double p) {
  if (sorted.empty()) return 0;
  const double clamped = std::clamp(p, 0.0, 100.0);
  // Nearest rank: the smallest value with at least p% of the samples at or below it.
  auto rank = static_cast<size_t>(std::ceil(clamped / 100.0 * static_cast<double>(sorted.size())));
  if (rank == 0) rank = 1;
  return sorted[rank - 1];
}

Summary Summarize(const LoadResult& result) {
  std::vector<std::uint32_t> sorted = result.latencies_us;
  std::sort(sorted.begin(), sorted.end());
  Summary s;
  s.ok = static_cast<long long>(sorted.size());
  s.errors = result.errors;
  s.per_second = result.seconds > 0 ? static_cast<double>(s.ok) / result.seconds : 0;
  s.p50_ms = Percentile(sorted, 50) / 1000.0;
  s.p99_ms = Percentile(sorted, 99) / 1000.0;
  return s;
}

LoadResult Merge(std::vector<LoadResult> parts, double seconds) {
  LoadResult out;
  out.seconds = seconds;
  for (auto& part : parts) {
    out.errors += part.errors;
    out.latencies_us.insert(out.latencies_us.end(), part.latencies_us.begin(),
                            part.latencies_us.end());
  }
  return out;
}

}  // namespace motcua::bench
