// SPDX-License-Identifier: Apache-2.0
// Keeps the OpenAPI document true to the routes that exist: every API route is documented, and
// every documented operation is routed.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "app/app.h"
#include "app/web_routes.h"
#include "common/local_time.h"
#include "http/api.h"
#include "storage/testing/test_database.h"

namespace motcua::api_test {
namespace {

namespace fs = std::filesystem;
using Operation = std::pair<std::string, std::string>;  // {"GET", "/api/v1/dossiers/{code}"}

const std::set<std::string> kHttpMethods = {"get",  "put",     "post", "delete",
                                            "head", "options", "patch", "trace"};

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::set<Operation> Routes(const http::Router& router) {
  std::set<Operation> out;
  for (const auto& r : router.routes()) out.insert({r.method, r.pattern});
  return out;
}

// Operations of the document: paths x HTTP methods; path-level keys such as "parameters" or
// "summary" are not operations.
std::set<Operation> Documented(const nlohmann::json& doc) {
  std::set<Operation> out;
  for (const auto& [path, item] : doc.at("paths").items()) {
    for (const auto& [key, op] : item.items()) {
      if (kHttpMethods.count(key)) out.insert({Upper(key), path});
    }
  }
  return out;
}

std::string List(const std::set<Operation>& ops) {
  std::string out;
  for (const auto& [method, path] : ops) out += "\n    " + method + " " + path;
  return out;
}

class OpenApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string why;
    db_ = storage::testing::TestDatabase::Create(storage::testing::Backend::kSqlite, &why);
    ASSERT_TRUE(db_) << why;
    std::string dir = (fs::temp_directory_path() / "motcua-openapi-XXXXXX").string();
    ASSERT_NE(mkdtemp(dir.data()), nullptr);
    dir_ = dir;
    auto app = app::App::Open({.data_dir = dir_.string(), .db_url = db_->url()}, clock_);
    ASSERT_TRUE(app.has_value()) << app.error().message;
    app_ = std::move(*app);
  }
  void TearDown() override {
    app_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  FakeClock clock_{ParseIso("2026-11-25T09:00:00+07:00").value()};
  std::unique_ptr<storage::testing::TestDatabase> db_;
  fs::path dir_;
  std::unique_ptr<app::App> app_;
};

TEST_F(OpenApiTest, IsOpenApi3) {
  const auto& doc = http::OpenApiDocument();
  ASSERT_TRUE(doc.contains("openapi") && doc["openapi"].is_string());
  EXPECT_EQ(doc["openapi"].get<std::string>().rfind("3.", 0), 0u) << doc["openapi"];
  EXPECT_TRUE(doc.contains("info"));
  ASSERT_TRUE(doc.contains("paths") && doc["paths"].is_object());
}

TEST_F(OpenApiTest, DocumentsExactlyTheApiRoutes) {
  // The web front end's pages are not part of the JSON API.
  http::Router web;
  app::RegisterWebRoutes(web, "/nonexistent/motcua-web");
  const auto web_routes = Routes(web);
  std::set<Operation> routed;
  for (const auto& op : Routes(app_->router())) {
    if (!web_routes.count(op)) routed.insert(op);
  }
  const auto documented = Documented(http::OpenApiDocument());
  ASSERT_FALSE(routed.empty());

  std::set<Operation> undocumented, unrouted;
  for (const auto& op : routed) {
    if (!documented.count(op)) undocumented.insert(op);
  }
  for (const auto& op : documented) {
    if (!routed.count(op)) unrouted.insert(op);
  }
  EXPECT_TRUE(undocumented.empty())
      << "routes missing from src/http/openapi.json:" << List(undocumented);
  EXPECT_TRUE(unrouted.empty())
      << "operations in src/http/openapi.json that no route serves:" << List(unrouted);
}

TEST_F(OpenApiTest, EveryOperationDescribesItsResponses) {
  for (const auto& [path, item] : http::OpenApiDocument().at("paths").items()) {
    for (const auto& [key, op] : item.items()) {
      if (!kHttpMethods.count(key)) continue;
      EXPECT_TRUE(op.contains("responses") && !op["responses"].empty())
          << Upper(key) << " " << path << " has no responses";
    }
  }
}

TEST_F(OpenApiTest, IsServedAtItsAddress) {
  http::Request req;
  req.method = "GET";
  req.path = "/api/v1/openapi.json";
  const auto resp = app_->Handle(req);
  ASSERT_EQ(resp.status, 200);
  EXPECT_EQ(nlohmann::json::parse(resp.body), http::OpenApiDocument());
}

}  // namespace
}  // namespace motcua::api_test
