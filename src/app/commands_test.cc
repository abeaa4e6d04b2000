// SPDX-License-Identifier: Apache-2.0
#include "app/commands.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/demo_seed.h"

namespace motcua::app {
namespace {

namespace fs = std::filesystem;

class ServeAppOptionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "motcua-serve-XXXXXX").string();
    ASSERT_NE(mkdtemp(dir.data()), nullptr);
    dir_ = dir;
  }
  void TearDown() override { fs::remove_all(dir_); }

  AppOptions ForServe() {
    ServeOptions options;
    options.data_dir = dir_.string();
    return ServeAppOptions(options);
  }

  fs::path dir_;
};

// The test provider's pay page marks a payment paid for anyone holding the link: a real
// province's server must never offer it.
TEST_F(ServeAppOptionsTest, AnEmptyDataDirectoryHasNoTestPaymentProvider) {
  EXPECT_FALSE(ForServe().payment_test_provider);
}

TEST_F(ServeAppOptionsTest, ADataDirectoryMadeByPlainInitHasNoTestPaymentProvider) {
  InitOptions init;
  init.data_dir = dir_.string();
  ASSERT_EQ(RunInit(init), 0);
  ASSERT_TRUE(fs::exists(dir_ / "motcua.db"));
  EXPECT_FALSE(ForServe().payment_test_provider);
}

TEST_F(ServeAppOptionsTest, ADemoProvinceHasTheTestPaymentProvider) {
  // What `init --demo` leaves behind (besides its database and keys).
  std::ofstream(dir_ / kDemoLoginsFile) << "tiepnhan motcua-demo\n";
  EXPECT_TRUE(ForServe().payment_test_provider);
}

TEST_F(ServeAppOptionsTest, AFolderNamedLikeTheLoginsFileIsNotADemoProvince) {
  fs::create_directory(dir_ / kDemoLoginsFile);
  EXPECT_FALSE(ForServe().payment_test_provider);
}

TEST_F(ServeAppOptionsTest, CarriesTheServeOptionsThrough) {
  ServeOptions options;
  options.data_dir = dir_.string();
  options.db_url = "sqlite:" + (dir_ / "other.db").string();
  options.web_dir = "/srv/web";
  options.public_url = "https://motcua.bacninh.gov.vn";
  const AppOptions app = ServeAppOptions(options);
  EXPECT_EQ(app.data_dir, dir_.string());
  EXPECT_EQ(app.db_url, options.db_url);
  EXPECT_EQ(app.web_root, "/srv/web");
  EXPECT_EQ(app.public_url, "https://motcua.bacninh.gov.vn");
  EXPECT_EQ(ServeAppOptions({.data_dir = dir_.string()}).public_url, AppOptions{}.public_url);
}

}  // namespace
}  // namespace motcua::app
