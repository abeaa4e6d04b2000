// SPDX-License-Identifier: Apache-2.0
#include "storage/testing/test_database.h"

#include <cstdlib>
#include <filesystem>
#include <random>

namespace motcua::storage::testing {
namespace {

std::string RandomSuffix() {
  std::random_device rd;
  std::mt19937_64 gen(rd());
  return std::to_string(gen() % 1000000000000ULL);
}

std::string WithSearchPath(const std::string& url, const std::string& schema) {
  const char sep = url.find('?') == std::string::npos ? '?' : '&';
  return url + sep + "options=-csearch_path%3D" + schema;
}

}  // namespace

std::string BackendName(Backend b) { return b == Backend::kSqlite ? "sqlite" : "postgres"; }

std::unique_ptr<TestDatabase> TestDatabase::Create(Backend backend, std::string* skip_reason) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  if (backend == Backend::kSqlite) {
    const auto dir = std::filesystem::temp_directory_path() / ("motcua-test-" + RandomSuffix());
    std::filesystem::create_directories(dir);
    t->cleanup_path_ = dir.string();
    t->url_ = "sqlite:" + (dir / "motcua.db").string();
  } else {
    const char* base = std::getenv("MOTCUA_TEST_PG_URL");
    if (!base || !*base) {
      if (skip_reason) *skip_reason = "MOTCUA_TEST_PG_URL is not set";
      return nullptr;
    }
    t->admin_url_ = base;
    t->schema_ = "t" + RandomSuffix();
    auto admin = OpenDatabaseWithoutMigrations(t->admin_url_);
    if (!admin) {
      if (skip_reason) *skip_reason = admin.error().message;
      return nullptr;
    }
    MOTCUA_CHECK(ExecuteScriptOnce(**admin, "CREATE SCHEMA " + t->schema_).has_value());
    t->url_ = WithSearchPath(t->admin_url_, t->schema_);
  }
  auto db = OpenDatabase(t->url_);
  if (!db) {
    if (skip_reason) *skip_reason = db.error().message;
    return nullptr;
  }
  t->db_ = *db;
  return t;
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!cleanup_path_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(cleanup_path_, ec);
  }
  if (!schema_.empty()) {
    if (auto admin = OpenDatabaseWithoutMigrations(admin_url_)) {
      (void)ExecuteScriptOnce(**admin, "DROP SCHEMA " + schema_ + " CASCADE");
    }
  }
}

}  // namespace motcua::storage::testing
