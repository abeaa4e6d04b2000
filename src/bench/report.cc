// SPDX-License-Identifier: Apache-2.0
#include "bench/report.h"

#include <algorithm>
#include <sstream>

#include "bench/markdown_table.h"

namespace motcua::bench {
namespace {

constexpr double kIntakeTarget = 0.5;
constexpr double kLookupTarget = 0.5;
constexpr long kRssTargetKb = 100 * 1024;
constexpr double kEngineTarget = 20;  // issue 4 item 6: at least 20 × bpmn-engine (aim for 50)

// The engine table, each motcua row as a ratio to bpmn-engine's best rate.
void Engines(std::ostringstream& out, const EngineComparison& e, MarkdownTable& targets) {
  double peer = 0;
  for (const auto& run : e.runs) {
    if (run.engine == "bpmn-engine") peer = std::max(peer, run.per_second);
  }
  double best = 0;
  MarkdownTable t({"Engine", "Persistence", "Concurrency", "Instances", "Instances/s",
                   "× bpmn-engine's best"});
  for (const auto& run : e.runs) {
    if (run.engine == "motcua") best = std::max(best, run.per_second);
    t.AddRow({run.engine, run.persistence, std::to_string(run.concurrency),
              std::to_string(run.instances), FormatNumber(run.per_second, 1),
              run.engine == "motcua" && peer > 0 ? FormatRatio(run.per_second, peer) : ""});
  }
  std::string verdict = "not measured" + (e.skipped.empty() ? "" : ": " + e.skipped);
  if (peer > 0 && best > 0) {
    verdict = FormatRatio(best, peer) + ": " +
              (best >= kEngineTarget * peer ? "**met**" : "**missed**") +
              (best >= 50 * peer ? " (and the aim of 50×)" : "");
  }
  targets.AddRow({"Process engine ≥ 20 × bpmn-engine (six steps, motcua durable)", verdict});
  out << "## Process engine against bpmn-engine\n\n"
      << "Issue 4 item 6. The same process, start → six user tasks in a row → end, run to its end "
      << "as many times as possible. motcua: `motcua_engine_bench <instances> <threads>` drives "
      << "`process::Engine` with its state in SQLite (a temporary file): each step is one durable "
      << "write, commits shared between concurrent steps (group commit), a step returning only "
      << "once on disk. bpmn-engine: `scripts/bpmn-engine-bench/six_steps.js <instances> <in "
      << "flight>` (version locked in its package-lock.json, installed by `npm ci`), in memory, "
      << "each user task signalled as soon as it waits.\n\n";
  if (!e.skipped.empty()) out << "Incomplete: " << e.skipped << "\n\n";
  out << t.ToString() << "\n";
}

// The baseline to compare with at concurrency c: the same c, or the highest measured below it
// (raw inserts run at 1 and 16 only).
const Point* BaselineFor(const std::vector<Point>& baseline, int c) {
  const Point* best = nullptr;
  for (const auto& p : baseline) {
    if (p.concurrency <= c && (!best || p.concurrency > best->concurrency)) best = &p;
  }
  return best;
}

std::string Ms(double v) { return FormatNumber(v, v < 10 ? 2 : 1); }

std::string Versus(const std::vector<Point>& ours, const std::vector<Point>& base,
                   const std::string& ours_name, const std::string& base_name) {
  MarkdownTable t({"C", ours_name + " req/s", "p50 ms", "p99 ms", "errors",
                   base_name + " (C) req/s", "p50 ms", "p99 ms", "ratio"});
  for (const auto& p : ours) {
    const Point* b = BaselineFor(base, p.concurrency);
    std::vector<std::string> row{std::to_string(p.concurrency), FormatNumber(p.summary.per_second),
                                 Ms(p.summary.p50_ms), Ms(p.summary.p99_ms),
                                 std::to_string(p.summary.errors)};
    if (b) {
      row.insert(row.end(), {FormatNumber(b->summary.per_second) + " (" +
                                 std::to_string(b->concurrency) + ")",
                             Ms(b->summary.p50_ms), Ms(b->summary.p99_ms),
                             FormatRatio(p.summary.per_second, b->summary.per_second)});
    }
    t.AddRow(row);
  }
  return t.ToString();
}

// "met" when every concurrency reaches target × baseline; else which ones missed.
std::string Verdict(const std::vector<Point>& ours, const std::vector<Point>& base, double target) {
  std::vector<std::string> missed;
  for (const auto& p : ours) {
    const Point* b = BaselineFor(base, p.concurrency);
    if (!b || p.summary.per_second < target * b->summary.per_second) {
      missed.push_back("C=" + std::to_string(p.concurrency));
    }
  }
  if (ours.empty()) return "not measured";
  if (missed.empty()) return "**met**";
  std::string out = "**missed** at ";
  for (size_t i = 0; i < missed.size(); ++i) out += (i ? ", " : "") + missed[i];
  return out;
}

void Machine(std::ostringstream& out, const BenchReport& r) {
  out << "## Machine and method\n\n"
      << "- Date: " << r.date << "; " << r.cores << " cores (nproc), CPU: " << r.cpu << "\n"
      << "- Load average before / after the run: " << r.load_before << " / " << r.load_after
      << " (the cores are shared with other builds, so the figures are noisy)\n"
      << "- Each point runs " << r.seconds << " s. The client is `motcua bench` itself: one thread, "
      << "Asio coroutines, C keep-alive HTTP/1.1 connections with one request in flight each, "
      << "on 127.0.0.1. Latency is from writing the request to reading the whole answer; "
      << "errors are non-2xx answers or broken connections and are not counted in req/s.\n"
      << "- motcua runs as a child process (`motcua init --demo`, then `motcua serve "
      << "--no-access-log`, " << r.server_threads << " worker threads by default) on a fresh "
      << "temporary data directory on disk (ext4, not tmpfs).\n"
      << "- Intake: `POST /api/v1/dossiers` as `tiepnhan` (one login, bearer token), procedure "
      << "2.000488 at the counter for citizen 001090000001, a new `Idempotency-Key` each. "
      << "Lookups: `GET /api/v1/dossiers/{code}` over the codes the intake created.\n"
      << "- Raw inserts: one " << 300 << "-byte row per transaction through sqlite3/libpq directly, "
      << "same durability; SQLite's 16 threads share one connection behind a mutex (as motcua's "
      << "writers do), PostgreSQL's have a connection each. Measured at C = 1 and 16; higher C "
      << "compares with C = 16.\n"
      << "- nginx: Debian's nginx-light, " << r.nginx_workers << " worker processes, access log "
      << "off, serving a " << r.response_bytes << "-byte copy of a real dossier answer.\n\n";
}

}  // namespace

std::string KeptNotes(const std::string& previous) {
  const auto at = previous.find(kNotesMarker);
  if (at != std::string::npos) return previous.substr(at);
  return std::string(kNotesMarker) + "\n\n## Analysis\n\n(none yet)\n";
}

std::string RenderReport(const BenchReport& r) {
  std::ostringstream out;
  out << "# Benchmarks\n\n"
      << "Written by `motcua bench` (`make bench`); the tables are from one run on one machine. "
      << "Issue 2 item 11 sets the targets: intake at least half the raw insert rate at the same "
      << "durability, lookups at least half of nginx serving the same small file, idle resident "
      << "memory under 100 MB.\n\n";
  Machine(out, r);
  out << "## Targets\n\n";
  MarkdownTable targets({"Target", "Result"});
  for (const auto& b : r.backends) {
    if (!b.skipped.empty()) {
      targets.AddRow({b.name + ": intake ≥ 0.5 × raw inserts", "not measured: " + b.skipped});
      continue;
    }
    targets.AddRow({b.name + ": intake ≥ 0.5 × raw inserts", Verdict(b.intake, b.raw, kIntakeTarget)});
    targets.AddRow({b.name + ": lookups ≥ 0.5 × nginx", Verdict(b.lookups, r.nginx, kLookupTarget)});
  }
  targets.AddRow({"Idle demo server RSS < 100 MB",
                  r.idle_rss_kb < 0 ? "not measured"
                                    : FormatNumber(r.idle_rss_kb / 1024.0, 1) + " MB: " +
                                          (r.idle_rss_kb < kRssTargetKb ? "**met**" : "**missed**")});
  std::ostringstream engines;
  Engines(engines, r.engines, targets);
  out << targets.ToString() << "\n";
  for (const auto& b : r.backends) {
    out << "## " << b.name << "\n\n";
    if (!b.skipped.empty()) {
      out << "Not measured: " << b.skipped << "\n\n";
      continue;
    }
    out << "Durability: " << b.durability << ".\n\n### Intake (dossiers created per second)\n\n"
        << Versus(b.intake, b.raw, "intake", "raw insert")
        << "\n### Lookups (GET /api/v1/dossiers/{code})\n\n";
    if (r.nginx.empty()) {
      out << "nginx not measured: " << r.nginx_skipped << "\n\n";
    }
    out << Versus(b.lookups, r.nginx, "lookup", "nginx") << "\n";
  }
  if (!r.breakdown.empty()) {
    out << "## Where a lookup's time goes (SQLite, C = " << r.breakdown_concurrency << ")\n\n"
        << "Each row adds one layer to the one above; µs/request is wall time per answer at "
        << "saturation (1 / req/s, both cores busy), so the step between rows is what the layer "
        << "costs.\n\n";
    MarkdownTable t({"Request", "req/s", "p50 ms", "p99 ms", "µs/request", "step µs"});
    double previous = 0;
    for (const auto& [label, s] : r.breakdown) {
      const double us = s.per_second > 0 ? 1e6 / s.per_second : -1;
      t.AddRow({label, FormatNumber(s.per_second), Ms(s.p50_ms), Ms(s.p99_ms), FormatNumber(us, 0),
                previous > 0 && us > 0 ? FormatNumber(std::max(0.0, us - previous), 0) : ""});
      previous = us;
    }
    out << t.ToString() << "\n";
  }
  out << engines.str();
  out << "## Memory\n\n"
      << "VmRSS of the SQLite demo server (`/proc/<pid>/status`): "
      << FormatNumber(r.idle_rss_kb / 1024.0, 1) << " MB idle (after start-up, a login and a few "
      << "requests), " << FormatNumber(r.loaded_rss_kb / 1024.0, 1)
      << " MB after the SQLite runs.\n\n"
      << r.notes;
  std::string text = out.str();
  if (text.empty() || text.back() != '\n') text += '\n';
  return text;
}

}  // namespace motcua::bench
