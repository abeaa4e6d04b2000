// SPDX-License-Identifier: Apache-2.0
#include "bench/engine_peer.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "bench/process.h"

namespace motcua::bench {
namespace {

// Runs a bench child with its output in a file of its own, and reads the line it printed.
Result<EngineRun> RunOne(const std::vector<std::string>& argv, const std::string& out_path,
                         const std::string& log_path) {
  std::error_code ec;
  std::filesystem::remove(out_path, ec);
  const int rc = RunCommand(argv, out_path);
  const std::string out = ReadFile(out_path);
  {
    std::ofstream log(log_path, std::ios::app);
    log << out;
  }
  if (rc != 0) {
    return MakeError(ErrorCode::kUnavailable,
                     argv.front() + " exited with " + std::to_string(rc) + ": " + out.substr(0, 300));
  }
  return ParseEngineLine(out);
}

}  // namespace

Result<EngineRun> ParseEngineLine(const std::string& output) {
  std::istringstream lines(output);
  std::string line;
  std::optional<EngineRun> found;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("instances_per_second") || !j.contains("instances")) continue;
    const auto& rate = j["instances_per_second"];
    const auto& n = j["instances"];
    if (!rate.is_number() || !n.is_number_integer()) continue;
    EngineRun run;
    run.engine = j.value("engine", "");
    run.instances = n.get<int>();
    run.per_second = rate.get<double>();
    found = run;
  }
  if (!found) return MakeError(ErrorCode::kInvalidArgument, "no result line in: " + output.substr(0, 200));
  return *found;
}

EngineComparison CompareEngines(const std::string& motcua_engine_bench, const std::string& peer_dir,
                                const std::string& log_path) {
  EngineComparison out;
  const std::string out_path = log_path + ".out";
  if (!std::filesystem::exists(peer_dir + "/node_modules/bpmn-engine")) {
    spdlog::info("bpmn-engine: npm ci in {}", peer_dir);
    if (RunCommand({"npm", "ci", "--no-audit", "--no-fund", "--prefix", peer_dir}, log_path) != 0) {
      out.skipped = "bpmn-engine: `npm ci` failed (see the log)";
    }
  }
  if (out.skipped.empty()) {
    for (int in_flight : {1, 50}) {
      auto run = RunOne({"node", peer_dir + "/six_steps.js", "500", std::to_string(in_flight)},
                        out_path, log_path);
      if (!run) {
        out.skipped = "bpmn-engine: " + run.error().message;
        break;
      }
      run->engine = "bpmn-engine";
      run->persistence = "none (memory)";
      run->concurrency = in_flight;
      spdlog::info("bpmn-engine  in flight {:<3} {:>8.1f} instances/s", in_flight, run->per_second);
      out.runs.push_back(*run);
    }
  }
  for (int threads : {1, 16, 64}) {
    const int n = threads == 1 ? 1000 : 4000;
    auto run = RunOne({motcua_engine_bench, std::to_string(n), std::to_string(threads)}, out_path,
                      log_path);
    if (!run) {
      out.skipped += (out.skipped.empty() ? "" : "; ") + std::string("motcua: ") + run.error().message;
      break;
    }
    run->engine = "motcua";
    run->persistence = "SQLite (WAL, synchronous=FULL)";
    run->concurrency = threads;
    spdlog::info("motcua engine threads {:<3} {:>8.1f} instances/s", threads, run->per_second);
    out.runs.push_back(*run);
  }
  std::error_code ec;
  std::filesystem::remove(out_path, ec);
  return out;
}

}  // namespace motcua::bench
