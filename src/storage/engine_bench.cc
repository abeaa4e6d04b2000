// SPDX-License-Identifier: Apache-2.0
// Issue 4 item 6: dossiers completed per second through a six-step process by process::Engine
// with its state in SQLite (WAL, synchronous=FULL), every step one durable transaction.
// Usage: motcua_engine_bench [instances] [threads]. Prints one JSON line.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "process/engine.h"
#include "storage/engine_store.h"
#include "storage/testing/dossier_world.h"
#include "storage/testing/test_database.h"

namespace motcua::storage {
namespace {

std::string SixSteps() {
  std::string xml =
      "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\">"
      "<bpmn:process id=\"P\" isExecutable=\"true\"><bpmn:startEvent id=\"S\"/>";
  for (int i = 1; i <= 6; ++i) xml += "<bpmn:userTask id=\"T" + std::to_string(i) + "\"/>";
  xml += "<bpmn:endEvent id=\"E\"/><bpmn:sequenceFlow id=\"F0\" sourceRef=\"S\" targetRef=\"T1\"/>";
  for (int i = 1; i <= 6; ++i) {
    const std::string to = i == 6 ? "E" : "T" + std::to_string(i + 1);
    xml += "<bpmn:sequenceFlow id=\"F" + std::to_string(i) + "\" sourceRef=\"T" +
           std::to_string(i) + "\" targetRef=\"" + to + "\"/>";
  }
  return xml + "</bpmn:process></bpmn:definitions>";
}

// The province's Department of Justice with `n` dossiers it received (testing::DossierWorld),
// and a stored process definition for the engine's rows to point at; returns the codes.
std::vector<std::string> Prepare(const std::shared_ptr<Database>& db, int n, long long* agency,
                                 long long* definition) {
  auto world = testing::DossierWorld::Create(db, "2.000488");
  MOTCUA_CHECK(world.has_value());
  *agency = world->AddAgency("000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment).value();
  *definition = db->Transact<long long>(TxMode::kWrite, [](Connection& c) -> Result<long long> {
                    MOTCUA_ASSIGN_OR_RETURN(
                        row, c.QueryOne("INSERT INTO process_definitions (procedure_code, "
                                        "version, xml, content_hash, created_by, created_at) "
                                        "VALUES ('2.000488', 1, '', 'h', 'bench', 0) RETURNING id",
                                        {}, "insert"));
                    return row.Int(0);
                  }).value();
  std::vector<std::string> codes;
  for (int i = 0; i < n; ++i) codes.push_back(world->AddDossier("000.00.07.H05").value());
  return codes;
}

// Starts the dossier's process and completes its six steps.
void RunOne(process::Engine& engine, const std::string& code, long long agency,
            long long definition) {
  auto state = engine.Start({code, "2.000488", definition, agency, 0, {}});
  MOTCUA_CHECK(state.has_value());
  identity::Principal who{1, "bench", identity::Role::kSpecialist, agency, ""};
  long long task = state->tasks.back().id;
  for (int step = 0; step < 6; ++step) {
    auto done = engine.Advance(who, task, "approve", "");
    MOTCUA_CHECK(done.has_value());
    // The next task is in the state the step saved, as an officer's inbox would show it.
    for (const process::Task& t : done->state.tasks) {
      if (t.IsActive()) task = t.id;
    }
  }
}

int Main(int argc, char** argv) {
  const int n = argc > 1 ? std::stoi(argv[1]) : 300;
  const int threads = argc > 2 ? std::stoi(argv[2]) : 1;
  std::string why;
  auto test_db = testing::TestDatabase::Create(testing::Backend::kSqlite, &why);
  MOTCUA_CHECK(test_db != nullptr);
  long long agency = 0, definition = 0;
  const auto codes = Prepare(test_db->db(), n, &agency, &definition);
  auto parsed =
      std::make_shared<const process::ProcessDefinition>(process::ParseBpmn(SixSteps()).value());
  SystemClock clock;
  auto calendar = std::make_shared<const calendar::WorkingCalendar>();
  process::Engine engine(
      std::make_shared<SqlEngineRepository>(test_db->db()),
      [&](long long id) -> Result<process::LoadedProcess> {
        return process::LoadedProcess{{id}, parsed};
      },
      [&] { return calendar; }, [](std::string_view) -> Result<long long> { return 0LL; }, clock);
  std::atomic<int> next{0};
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (int i = next++; i < n; i = next++) RunOne(engine, codes[i], agency, definition);
    });
  }
  for (auto& t : pool) t.join();
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf(
      "{\"engine\":\"motcua\",\"storage\":\"sqlite\",\"instances\":%d,\"threads\":%d,"
      "\"seconds\":%.3f,\"instances_per_second\":%.1f}\n",
      n, threads, s, n / s);
  return 0;
}

}  // namespace
}  // namespace motcua::storage

int main(int argc, char** argv) { return motcua::storage::Main(argc, argv); }
