// SPDX-License-Identifier: Apache-2.0
// The load generator: an HTTP/1.1 client on Asio coroutines that keeps C connections busy
// (keep-alive, one request in flight each) for a fixed time and records every latency.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bench/latency_stats.h"
#include "common/result.h"

namespace motcua::bench {

using Headers = std::vector<std::pair<std::string, std::string>>;

// Serialises a keep-alive HTTP/1.1 request to 127.0.0.1 (Host, Content-Length added).
std::string BuildRequest(std::string_view method, std::string_view target, const Headers& headers,
                         std::string_view body = {});

struct Reply {
  int status = 0;
  std::string body;
};

struct LoadSpec {
  unsigned short port = 0;
  int concurrency = 1;
  std::chrono::milliseconds duration{5000};
  // The bytes of request number n (0, 1, 2, ... across all connections).
  std::function<std::string(std::uint64_t n)> make_request;
  // Called with every answer (on the client's one thread); may be empty.
  std::function<void(const Reply&)> on_reply;
};

// Opens `concurrency` connections, then sends requests back to back on each until `duration`
// has passed. A 2xx answer counts its latency; anything else, or a broken connection (which is
// reopened), counts as an error. Runs on one thread; blocks until done.
LoadResult RunLoad(const LoadSpec& spec);

// Sends one request on a fresh connection and reads the answer. kUnavailable on a network error.
Result<Reply> Fetch(unsigned short port, const std::string& request);

}  // namespace motcua::bench
