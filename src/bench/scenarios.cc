// SPDX-License-Identifier: Apache-2.0
#include "bench/scenarios.h"

#include <nlohmann/json.hpp>

#include <chrono>

#include "bench/load_client.h"

namespace motcua::bench {
namespace {

LoadSpec Spec(const RunSettings& run) {
  LoadSpec spec;
  spec.port = run.port;
  spec.concurrency = run.concurrency;
  spec.duration = run.duration;
  return spec;
}

std::string Bearer(const std::string& token) { return "Bearer " + token; }

}  // namespace

LoadResult RunIntake(const RunSettings& run, const std::string& token,
                     std::vector<std::string>& codes, std::string& sample) {
  const std::string body = nlohmann::json{
      {"procedure_code", "2.000488"},
      {"channel", "counter"},
      {"applicant",
       {{"kind", "citizen"}, {"id_number", "001090000001"}, {"full_name", "Nguyễn Văn An"}}}}
                               .dump();
  // Keys stay unique across runs and across benchmark invocations on one database.
  const std::string prefix =
      "bench-" +
      std::to_string(std::chrono::system_clock::now().time_since_epoch().count()) + "-";
  LoadSpec spec = Spec(run);
  spec.make_request = [&](std::uint64_t n) {
    return BuildRequest("POST", "/api/v1/dossiers",
                        {{"Authorization", Bearer(token)},
                         {"Content-Type", "application/json"},
                         {"Idempotency-Key", prefix + std::to_string(n)}},
                        body);
  };
  spec.on_reply = [&](const Reply& reply) {
    if (reply.status != 201) {
      if (sample.empty()) sample = reply.body;
      return;
    }
    const auto j = nlohmann::json::parse(reply.body, nullptr, false);
    if (j.is_object() && j.contains("code")) codes.push_back(j["code"].get<std::string>());
    if (sample.empty()) sample = reply.body;
  };
  return RunLoad(spec);
}

LoadResult RunLookups(const RunSettings& run, const std::string& token,
                      const std::vector<std::string>& codes, std::string& sample) {
  LoadSpec spec = Spec(run);
  spec.make_request = [&](std::uint64_t n) {
    return BuildRequest("GET", "/api/v1/dossiers/" + codes[n % codes.size()],
                        {{"Authorization", Bearer(token)}});
  };
  spec.on_reply = [&](const Reply& reply) {
    if (sample.empty() && reply.status == 200) sample = reply.body;
  };
  return RunLoad(spec);
}

LoadResult RunGets(const RunSettings& run, const std::string& target, const std::string& token) {
  Headers headers;
  if (!token.empty()) headers.emplace_back("Authorization", Bearer(token));
  const std::string request = BuildRequest("GET", target, headers);
  LoadSpec spec = Spec(run);
  spec.make_request = [&](std::uint64_t) { return request; };
  return RunLoad(spec);
}

}  // namespace motcua::bench
