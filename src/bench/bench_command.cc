// SPDX-License-Identifier: Apache-2.0
#include "bench/bench_command.h"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bench/engine_peer.h"
#include "bench/load_client.h"
#include "bench/motcua_server.h"
#include "bench/nginx_server.h"
#include "bench/postgres_cluster.h"
#include "bench/process.h"
#include "bench/raw_inserts.h"
#include "bench/report.h"
#include "bench/scenarios.h"

namespace motcua::bench {
namespace {

constexpr const char* kPassword = "motcua-demo";
const std::vector<int> kRawConcurrency{1, 16};

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  }
  return "unknown";
}

std::string LoadAverage() {
  const std::string text = ReadFile("/proc/loadavg");
  size_t end = 0;
  for (int fields = 0; fields < 3 && end != std::string::npos; ++fields) {
    end = text.find(' ', end + 1);
  }
  return text.substr(0, end);
}

std::string Now() {
  const std::time_t t = std::time(nullptr);
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M %Z", std::localtime(&t));
  return buf;
}

Point Measure(const char* what, int c, const LoadResult& result) {
  const Summary s = Summarize(result);
  spdlog::info("{:<28} C={:<4} {:>9.1f} req/s  p50 {:>8.2f} ms  p99 {:>8.2f} ms  errors {}", what,
               c, s.per_second, s.p50_ms, s.p99_ms, s.errors);
  return {c, s};
}

class Bench {
 public:
  explicit Bench(const BenchOptions& o) : o_(o), duration_(std::chrono::seconds(o.seconds)) {}

  int Run() {
    auto work = MakeTempDir("motcua-bench-");
    if (!work) {
      spdlog::error("{}", work.error().message);
      return 1;
    }
    work_ = *work;
    // nginx's workers and PostgreSQL run as other users and must reach their subdirectories.
    std::filesystem::permissions(work_,
                                 std::filesystem::perms::others_exec |
                                     std::filesystem::perms::group_exec,
                                 std::filesystem::perm_options::add);
    report_.date = Now();
    report_.cpu = CpuModel();
    report_.cores = static_cast<int>(std::thread::hardware_concurrency());
    report_.seconds = o_.seconds;
    report_.server_threads = std::max(4, 2 * report_.cores);
    report_.nginx_workers = report_.cores;
    report_.load_before = LoadAverage();
    spdlog::info("motcua bench: work directory {}", work_);

    report_.backends.push_back(RunBackend("SQLite", "", true));
    report_.backends.back().raw = RawSqlite();
    RunNginx();
    if (o_.no_pg) {
      report_.backends.push_back({"PostgreSQL", "", "skipped (--no-pg)", {}, {}, {}});
    } else {
      RunPostgres();
    }
    const auto build = std::filesystem::path(SelfExecutable()).parent_path().parent_path();
    report_.engines = CompareEngines((build / "storage" / "motcua_engine_bench").string(),
                                     std::string(MOTCUA_SOURCE_DIR) + "/scripts/bpmn-engine-bench",
                                     work_ + "/engines.log");
    report_.load_after = LoadAverage();
    return Write();
  }

 private:
  RunSettings Settings(unsigned short port, int c) const { return {port, c, duration_}; }

  BackendReport RunBackend(const std::string& name, const std::string& db_url, bool extras) {
    BackendReport b;
    b.name = name;
    b.durability = db_url.empty()
                       ? "WAL, synchronous=FULL, one write transaction per dossier"
                       : "fsync=on, synchronous_commit=on, full_page_writes=on";
    auto server = MotcuaServer::Start(SelfExecutable(), work_ + "/" + name, db_url);
    if (!server) {
      b.skipped = server.error().message;
      return b;
    }
    auto token = (*server)->Login("tiepnhan", kPassword);
    if (!token) {
      b.skipped = token.error().message;
      return b;
    }
    const unsigned short port = (*server)->port();
    std::vector<std::string> codes;
    for (int i = 0; i < 3; ++i) (void)Fetch(port, BuildRequest("GET", "/healthz", {}));
    if (extras) report_.idle_rss_kb = ResidentKb((*server)->pid());
    for (int c : o_.concurrency) {
      b.intake.push_back(Measure((name + " intake").c_str(), c,
                                 RunIntake(Settings(port, c), *token, codes, intake_sample_)));
    }
    if (codes.empty()) {
      spdlog::error("no dossier was created; first answer: {}", intake_sample_);
      b.skipped = "intake failed: " + intake_sample_.substr(0, 200);
      return b;
    }
    for (int c : o_.concurrency) {
      b.lookups.push_back(Measure((name + " lookup").c_str(), c,
                                  RunLookups(Settings(port, c), *token, codes, lookup_sample_)));
    }
    if (extras) Breakdown(port, *token, codes.front(), (*server)->pid());
    return b;
  }

  void Breakdown(unsigned short port, const std::string& token, const std::string& code, int pid) {
    const int c = 16;
    report_.breakdown_concurrency = c;
    const std::vector<std::pair<std::string, std::string>> steps{
        {"GET /healthz (HTTP, routing, JSON)", ""},
        {"GET /api/v1/auth/me (+ session lookup)", "/api/v1/auth/me"},
        {"GET /api/v1/dossiers/{code} (+ dossier read, JSON)", "/api/v1/dossiers/" + code}};
    for (const auto& [label, target] : steps) {
      const std::string path = target.empty() ? "/healthz" : target;
      const Point p = Measure(label.c_str(), c,
                              RunGets(Settings(port, c), path, target.empty() ? "" : token));
      report_.breakdown.emplace_back(label, p.summary);
    }
    report_.loaded_rss_kb = ResidentKb(pid);
  }

  std::vector<Point> RawSqlite() {
    std::vector<Point> out;
    for (int c : kRawConcurrency) {
      auto r = SqliteRawInserts(work_ + "/raw.db", c, duration_);
      if (r) out.push_back(Measure("SQLite raw insert", c, *r));
    }
    return out;
  }

  void RunNginx() {
    std::string body = lookup_sample_.empty() ? std::string(1500, ' ') : lookup_sample_;
    report_.response_bytes = body.size();
    auto nginx = NginxServer::Start(work_ + "/nginx", body, report_.nginx_workers);
    if (!nginx) {
      report_.nginx_skipped = nginx.error().message;
      spdlog::warn("nginx: {}", report_.nginx_skipped);
      return;
    }
    for (int c : o_.concurrency) {
      report_.nginx.push_back(
          Measure("nginx static", c, RunGets(Settings((*nginx)->port(), c), NginxServer::kPath, "")));
    }
  }

  void RunPostgres() {
    auto cluster = PostgresCluster::Start(work_ + "/pg");
    if (!cluster) {
      spdlog::warn("PostgreSQL: {}", cluster.error().message);
      report_.backends.push_back({"PostgreSQL", "", cluster.error().message, {}, {}, {}});
      return;
    }
    report_.backends.push_back(RunBackend("PostgreSQL", (*cluster)->Url("motcua"), false));
    for (int c : kRawConcurrency) {
      auto r = PostgresRawInserts((*cluster)->Url("raw"), c, duration_);
      if (r) report_.backends.back().raw.push_back(Measure("PostgreSQL raw insert", c, *r));
    }
  }

  int Write() {
    report_.notes = KeptNotes(ReadFile(o_.out));
    const std::string text = RenderReport(report_);
    std::error_code ec;
    const auto parent = std::filesystem::path(o_.out).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    std::ofstream out(o_.out, std::ios::binary);
    out << text;
    if (!out) {
      spdlog::error("cannot write {}", o_.out);
      return 1;
    }
    std::filesystem::remove_all(work_, ec);
    spdlog::info("wrote {}", o_.out);
    return 0;
  }

  const BenchOptions& o_;
  std::chrono::milliseconds duration_;
  std::string work_;
  BenchReport report_;
  std::string intake_sample_, lookup_sample_;
};

}  // namespace

void AddBenchOptions(CLI::App& command, BenchOptions& options) {
  command.add_option("--seconds", options.seconds, "Seconds per measured point")
      ->default_val(5)
      ->check(CLI::Range(1, 600));
  command.add_option("--out", options.out, "Report to write")->default_val("docs/benchmarks.md");
  command.add_flag("--no-pg", options.no_pg, "Skip PostgreSQL");
  command.add_option("--concurrency", options.concurrency, "Concurrent connections")
      ->delimiter(',')
      ->default_str("1,16,256");
}

int RunBench(const BenchOptions& options) { return Bench(options).Run(); }

}  // namespace motcua::bench
