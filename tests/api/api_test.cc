// SPDX-License-Identifier: Apache-2.0
// The one runner of the data-driven API cases: every cases/<module>/*.json scenario runs on a
// fresh demo database, once on SQLite and once on PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/app.h"
#include "app/demo_keys.h"
#include "app/demo_seed.h"
#include "common/local_time.h"
#include "scenario_runner.h"
#include "storage/testing/test_database.h"

#ifndef MOTCUA_API_CASES_DIR
#error "MOTCUA_API_CASES_DIR must name the folder of the scenario files"
#endif

namespace motcua::api_test {
namespace {

namespace fs = std::filesystem;
using storage::testing::Backend;
using storage::testing::TestDatabase;

// Every scenario starts on Wednesday 25/11/2026 at 09:00 in Hà Nội: a working-day morning, so
// receipt times and due dates are the same on every run.
constexpr const char* kStart = "2026-11-25T09:00:00+07:00";

struct ApiCase {
  Backend backend;
  std::string name;  // "<module>_<file stem>", letters, digits and '_' only
  fs::path file;
};

void PrintTo(const ApiCase& c, std::ostream* os) { *os << c.file.string(); }

std::vector<ApiCase> CasesFor(Backend backend) {
  std::vector<ApiCase> cases;
  const fs::path root(MOTCUA_API_CASES_DIR);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".json") continue;
    std::string name = fs::relative(it->path(), root).replace_extension().string();
    for (auto& c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    cases.push_back({backend, name, it->path()});
  }
  std::sort(cases.begin(), cases.end(),
            [](const ApiCase& a, const ApiCase& b) { return a.name < b.name; });
  return cases;
}

std::string CaseName(const ::testing::TestParamInfo<ApiCase>& info) { return info.param.name; }

// The App a case runs on: OCR inside the upload request (so a scenario sees the text in its next
// step), no sweeper thread, the local test payment provider on; a case's "app" object may turn
// the provider off ({"payment_test_provider": false}), as on a real province's server.
app::AppOptions OptionsFor(const fs::path& file) {
  app::AppOptions options{.ocr_in_background = false,
                          .process_sweeper = false,
                          .payment_test_provider = true};
  std::ifstream in(file);
  const auto scenario = nlohmann::json::parse(in, nullptr, false);
  if (!scenario.is_object() || !scenario.contains("app")) return options;
  for (const auto& [key, value] : scenario["app"].items()) {
    if (key == "payment_test_provider" && value.is_boolean()) {
      options.payment_test_provider = value.get<bool>();
    } else {
      ADD_FAILURE() << file << ": unknown or malformed app option \"" << key << "\"";
    }
  }
  return options;
}

// The demo's signing keys (a CA and one key per agency), made once per agency list and shared
// by every scenario process through a folder in the temporary directory: RSA key generation
// takes seconds, and each ctest case is its own process. The certificates start a month before
// the real date, since the verifier checks them at the real time while scenarios run at kStart.
void InstallDemoKeys(app::App& app, const fs::path& data_dir) {
  auto agencies = app.org().ListAgencies();
  ASSERT_TRUE(agencies.has_value()) << agencies.error().message;
  std::string codes;
  for (const auto& a : *agencies) codes += a.code + ",";
  const fs::path shared = fs::temp_directory_path() /
                          ("motcua-api-keys-" + std::to_string(std::hash<std::string>{}(codes)));
  if (!fs::exists(shared / "ca.pem")) {
    std::string temp = (fs::temp_directory_path() / "motcua-api-keys-new-XXXXXX").string();
    ASSERT_NE(mkdtemp(temp.data()), nullptr);
    auto made = app::CreateDemoKeys(temp, *agencies, std::string(app::kDemoPassword),
                                    SystemClock().Now() - std::chrono::hours(24 * 30));
    ASSERT_TRUE(made.has_value()) << made.error().message;
    std::error_code ec;
    fs::rename(fs::path(temp) / "keys", shared, ec);  // another process may have won the race
    fs::remove_all(temp, ec);
  }
  std::error_code ec;
  fs::copy(shared, data_dir / "keys", fs::copy_options::recursive, ec);
  ASSERT_FALSE(ec) << ec.message();
}

class ApiScenario : public ::testing::TestWithParam<ApiCase> {
 protected:
  void SetUp() override {
    std::string why;
    test_db_ = TestDatabase::Create(GetParam().backend, &why);
    if (!test_db_) GTEST_SKIP() << why;
    std::string dir_template = (fs::temp_directory_path() / "motcua-api-XXXXXX").string();
    ASSERT_NE(mkdtemp(dir_template.data()), nullptr);
    data_dir_ = dir_template;
    app::AppOptions options = OptionsFor(GetParam().file);
    options.data_dir = data_dir_.string();
    options.db_url = test_db_->url();
    auto app = app::App::Open(options, clock_);
    ASSERT_TRUE(app.has_value()) << app.error().message;
    app_ = std::move(*app);
    auto seeded = app::SeedDemo(*app_);
    ASSERT_TRUE(seeded.has_value()) << seeded.error().message;
    InstallDemoKeys(*app_, data_dir_);
  }

  void TearDown() override {
    app_.reset();
    if (!data_dir_.empty()) fs::remove_all(data_dir_);
  }

  FakeClock clock_{ParseIso(kStart).value()};
  std::unique_ptr<TestDatabase> test_db_;
  fs::path data_dir_;
  std::unique_ptr<app::App> app_;
};

TEST_P(ApiScenario, Run) {
  // ctest's list is made when the runner is linked; a case deleted since then is not a failure.
  if (!fs::exists(GetParam().file)) GTEST_SKIP() << GetParam().file << " was removed";
  ScenarioRunner runner(*app_, clock_);
  runner.Run(GetParam().file);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ApiScenario, ::testing::ValuesIn(CasesFor(Backend::kSqlite)),
                         CaseName);
INSTANTIATE_TEST_SUITE_P(Postgres, ApiScenario,
                         ::testing::ValuesIn(CasesFor(Backend::kPostgres)), CaseName);

}  // namespace
}  // namespace motcua::api_test
