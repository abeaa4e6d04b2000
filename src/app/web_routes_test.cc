// SPDX-License-Identifier: Apache-2.0
#include "app/web_routes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace motcua::app {
namespace {

namespace fs = std::filesystem;

std::string Header(const http::Response& r, const std::string& name) {
  for (const auto& [n, v] : r.headers) {
    if (n == name) return v;
  }
  return "";
}

class WebRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("motcua-web-" + std::string(
                                 ::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<!doctype html><html lang=\"vi\"></html>";
    std::ofstream(root_ / "assets/index-1a2b.js") << "export{}";
    router_.Add("GET", "/api/v1/procedures", [](http::Request&) {
      return http::Json(200, {{"items", nlohmann::json::array()}});
    });
    router_.Add("GET", "/healthz", [](http::Request&) { return http::Json(200, {{"ok", true}}); });
    RegisterWebRoutes(router_, root_.string());
  }
  void TearDown() override { fs::remove_all(root_); }
  http::Response Get(const std::string& path, const std::string& method = "GET") {
    http::Request req{method, path};
    return router_.Dispatch(req);
  }
  fs::path root_;
  http::Router router_;
};

TEST_F(WebRoutesTest, ServesTheBuildAndFallsBackToIndexForClientRoutes) {
  const auto js = Get("/assets/index-1a2b.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(Header(js, "Cache-Control"), "public, max-age=31536000, immutable");
  for (const std::string path : {"/", "/tra-cuu/000.00.06.H05-261123-0001", "/thu-tuc/2.000488",
                                 "/tiep-nhan"}) {
    const auto page = Get(path);
    EXPECT_EQ(page.status, 200) << path;
    EXPECT_EQ(page.content_type, "text/html; charset=utf-8") << path;
    EXPECT_NE(page.body.find("lang=\"vi\""), std::string::npos) << path;
    EXPECT_EQ(Header(page, "Cache-Control"), "no-cache") << path;
    EXPECT_NE(Header(page, "Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  }
  EXPECT_EQ(Get("/tra-cuu", "HEAD").status, 200);
}

TEST_F(WebRoutesTest, ServerPathsKeepTheirJsonAnswers) {
  EXPECT_EQ(Get("/api/v1/procedures").status, 200);
  const auto missing = Get("/api/v1/khong-co");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(Get("/api").status, 404);
  EXPECT_EQ(Get("/pay/abc").status, 404);
  EXPECT_EQ(Get("/healthz").status, 200);
  EXPECT_EQ(Get("/verify/001090000001.GKS").content_type, "text/html; charset=utf-8");
  // Another method on a client route is not the application's business.
  EXPECT_EQ(Get("/tra-cuu", "POST").status, 404);
}

TEST_F(WebRoutesTest, MissingAssetsAndTraversalAreRefused) {
  const auto asset = Get("/assets/index-gone.js");
  EXPECT_EQ(asset.status, 404);
  EXPECT_TRUE(asset.content_type.starts_with("application/json")) << asset.content_type;
  EXPECT_NE(asset.body.find("\"not_found\""), std::string::npos) << asset.body;
  EXPECT_EQ(asset.body.find("index-gone"), std::string::npos);  // the path is not echoed
  std::ofstream(root_.parent_path() / "motcua-web-secret.txt") << "secret";
  const auto up = Get("/../motcua-web-secret.txt");
  EXPECT_EQ(up.status, 404);
  EXPECT_EQ(up.body.find("secret\n"), std::string::npos);
  fs::remove(root_.parent_path() / "motcua-web-secret.txt");
}

TEST(WebRoutes, WithoutABuildTheRootIsALandingPage) {
  http::Router router;
  RegisterWebRoutes(router, "/nonexistent/motcua-web");
  http::Request root{"GET", "/"};
  const auto page = router.Dispatch(root);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("make build"), std::string::npos);
  http::Request other{"GET", "/tra-cuu"};
  EXPECT_EQ(router.Dispatch(other).status, 404);
}

TEST(WebRoutes, ServerPaths) {
  EXPECT_TRUE(IsServerPath("/api/v1/x"));
  EXPECT_TRUE(IsServerPath("/healthz"));
  EXPECT_TRUE(IsServerPath("/pay/123"));
  EXPECT_FALSE(IsServerPath("/apis"));
  EXPECT_FALSE(IsServerPath("/tra-cuu/x"));
}

}  // namespace
}  // namespace motcua::app
