// SPDX-License-Identifier: Apache-2.0
// motcua: the command line. Parsing only; the work is in app/.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/archive_command.h"
#include "app/commands.h"
#include "bench/bench_command.h"

int main(int argc, char** argv) {
  CLI::App cli{"motcua - hệ thống thông tin giải quyết thủ tục hành chính (một cửa)"};
  cli.require_subcommand(1);

  motcua::app::InitOptions init;
  auto* init_cmd = cli.add_subcommand("init", "Create the data directory and database");
  init_cmd->add_option("--data", init.data_dir, "Data directory")->default_val("var");
  init_cmd->add_option("--db", init.db_url, "sqlite:PATH or postgresql://...");
  init_cmd->add_flag("--demo", init.demo, "Load the demo province (Bắc Ninh)");

  motcua::app::ServeOptions serve;
  auto* serve_cmd = cli.add_subcommand("serve", "Serve HTTP");
  serve_cmd->add_option("--data", serve.data_dir, "Data directory")->default_val("var");
  serve_cmd->add_option("--db", serve.db_url, "sqlite:PATH or postgresql://...");
  serve_cmd->add_option("--address", serve.address, "Address to listen on")->default_val("127.0.0.1");
  serve_cmd->add_option("--port", serve.port, "Port")->default_val(8080)->check(CLI::Range(0, 65535));
  serve_cmd->add_option("--threads", serve.threads, "Worker threads (0: automatic)");
  serve_cmd->add_option("--web", serve.web_dir,
                        "Directory of the built web application (default: web/dist of the source)");
  serve_cmd->add_option("--public-url", serve.public_url,
                        "Address people use to reach this server, for QR codes and payment links "
                        "(default: http://127.0.0.1:8080)");
  bool quiet = false;
  serve_cmd->add_flag("--no-access-log", quiet, "Do not log each request");

  motcua::app::ArchiveOptions archive;
  auto* archive_cmd = motcua::app::AddArchiveCommand(cli, archive);

  motcua::bench::BenchOptions bench;
  auto* bench_cmd = cli.add_subcommand("bench", "Benchmark on loopback; writes docs/benchmarks.md");
  motcua::bench::AddBenchOptions(*bench_cmd, bench);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = cli.exit(e);
    return code != 0 && *archive_cmd ? 2 : code;  // archive's contract: 2 for a usage error
  }
  serve.access_log = !quiet;
  if (*init_cmd) return motcua::app::RunInit(init);
  if (*bench_cmd) return motcua::bench::RunBench(bench);
  if (*archive_cmd) return motcua::app::RunArchive(*archive_cmd, archive, std::cout);
  return motcua::app::RunServe(serve);
}
