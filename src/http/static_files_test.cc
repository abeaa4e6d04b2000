// SPDX-License-Identifier: Apache-2.0
#include "http/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace motcua::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() /
            ("motcua-static-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    fs::create_directories(base_ / "dist/assets");
    Write("dist/index.html", "<!doctype html><title>x</title>");
    Write("dist/assets/main-abc123.js", "console.log(1)");
    Write("dist/assets/main-abc123.css", "body{}");
    Write("dist/favicon.svg", "<svg/>");
    Write("dist/.env", "SECRET=1");
    Write("secret.txt", "outside");
  }
  void TearDown() override { fs::remove_all(base_); }
  void Write(const std::string& rel, const std::string& text) {
    std::ofstream(base_ / rel, std::ios::binary) << text;
  }
  std::string Header(const Response& r, const std::string& name) {
    for (const auto& [n, v] : r.headers) {
      if (n == name) return v;
    }
    return "";
  }
  fs::path base_;
};

TEST_F(StaticFilesTest, ServesFilesWithTheirContentTypes) {
  StaticFiles files((base_ / "dist").string());
  auto js = files.Serve("/assets/main-abc123.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(js->body, "console.log(1)");
  EXPECT_EQ(Header(*js, "Cache-Control"), "public, max-age=31536000, immutable");
  auto css = files.Serve("/assets/main-abc123.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");
  auto html = files.Serve("/index.html");
  ASSERT_TRUE(html);
  EXPECT_EQ(html->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(Header(*html, "Cache-Control"), "no-cache");
  auto svg = files.Serve("/favicon.svg");
  ASSERT_TRUE(svg);
  EXPECT_EQ(svg->content_type, "image/svg+xml");
}

TEST_F(StaticFilesTest, RefusesTraversalHiddenFilesAndDirectories) {
  StaticFiles files((base_ / "dist").string());
  EXPECT_FALSE(files.Serve("/../secret.txt"));
  EXPECT_FALSE(files.Serve("/assets/../../secret.txt"));
  EXPECT_FALSE(files.Serve("/assets/..\\..\\secret.txt"));
  EXPECT_FALSE(files.Serve("/.env"));
  EXPECT_FALSE(files.Serve("/assets"));
  EXPECT_FALSE(files.Serve("/assets/"));
  EXPECT_FALSE(files.Serve("/"));
  EXPECT_FALSE(files.Serve("//etc/passwd"));
  EXPECT_FALSE(files.Serve(std::string_view("/index.html\0.js", 15)));
  EXPECT_FALSE(files.Serve("/missing.js"));
  EXPECT_TRUE(StaticFiles::IsUnsafePath("/a/./b"));
  EXPECT_FALSE(StaticFiles::IsUnsafePath("/tra-cuu/000.00.06.H05-261123-0001"));
}

TEST_F(StaticFilesTest, RefusesASymbolicLinkLeadingOutOfTheRoot) {
  fs::create_symlink(base_ / "secret.txt", base_ / "dist/assets/link.txt");
  StaticFiles files((base_ / "dist").string());
  EXPECT_FALSE(files.Serve("/assets/link.txt"));
}

TEST_F(StaticFilesTest, AMissingRootServesNothing) {
  StaticFiles files((base_ / "nowhere").string());
  EXPECT_FALSE(files.Serve("/index.html"));
}

TEST(StaticFilesTypes, UnknownExtensionsAreOctetStreams) {
  EXPECT_EQ(StaticFiles::ContentTypeFor("x.woff2"), "font/woff2");
  EXPECT_EQ(StaticFiles::ContentTypeFor("x.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace motcua::http
