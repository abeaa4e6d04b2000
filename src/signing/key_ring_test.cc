// SPDX-License-Identifier: Apache-2.0
#include "signing/key_ring.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "signing/test_agency_for_test.h"
#include "signing/verifier.h"

namespace motcua::signing {
namespace {

namespace fs = std::filesystem;

class KeyRingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("motcua-keyring-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(KeyRingTest, AgencyWithoutKeyIsAPreconditionFailure) {
  KeyRing ring(dir_);
  auto signer = ring.SignerFor("000.00.07.H05");
  ASSERT_FALSE(signer.has_value());
  EXPECT_EQ(signer.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(signer.error().reason, "no_signing_key");
}

TEST_F(KeyRingTest, InstalledKeySignsAndIsTrustedThroughTheCaFile) {
  const auto& agency = testing::SharedTestAgency();
  KeyRing ring(dir_);
  ASSERT_TRUE(ring.Install("000.00.07.H05", agency.p12, testing::TestAgency::kPassword).has_value());
  EXPECT_EQ(fs::status(dir_ / "000.00.07.H05.p12").permissions() & fs::perms::others_read,
            fs::perms::none);
  std::ofstream(dir_ / "ca.pem") << agency.ca.certificate_pem;

  // A fresh ring (a restarted server) loads the key from the files.
  KeyRing reopened(dir_);
  auto signer = reopened.SignerFor("000.00.07.H05");
  ASSERT_TRUE(signer.has_value()) << signer.error().message;
  auto cms = (*signer)->SignDetached("hồ sơ liên thông", agency.now);
  ASSERT_TRUE(cms.has_value());
  auto report = VerifyDetached("hồ sơ liên thông", *cms, reopened.TrustedCaPems());
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(report->intact);
  EXPECT_TRUE(report->trusted);
}

TEST_F(KeyRingTest, WrongPasswordAndUnsafeCodesAreRefused) {
  const auto& agency = testing::SharedTestAgency();
  KeyRing ring(dir_);
  auto wrong = ring.Install("000.00.07.H05", agency.p12, "sai");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().field, "p12");
  EXPECT_FALSE(fs::exists(dir_ / "000.00.07.H05.p12"));
  auto unsafe = ring.Install("../etc", agency.p12, testing::TestAgency::kPassword);
  ASSERT_FALSE(unsafe.has_value());
  EXPECT_EQ(unsafe.error().field, "agency_code");
  EXPECT_FALSE(ring.SignerFor("../etc").has_value());
}

}  // namespace
}  // namespace motcua::signing
