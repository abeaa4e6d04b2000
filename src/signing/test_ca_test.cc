// SPDX-License-Identifier: Apache-2.0
#include "signing/test_ca.h"

#include <gtest/gtest.h>

#include "common/local_time.h"
#include "signing/signer.h"

namespace motcua::signing {
namespace {

const Timestamp kNow = FromLocal(MakeDate(2025, 1, 29), std::chrono::hours(9));

TEST(TestCa, IssuesAnAgencyPkcs12ThatLoads) {
  const auto ca = CreateTestCa("motcua Test CA Phú Yên", kNow);
  ASSERT_TRUE(ca.has_value()) << ca.error().message;
  EXPECT_NE(ca->certificate_pem.find("BEGIN CERTIFICATE"), std::string::npos);
  const auto p12 = IssueAgencyPkcs12(*ca,
                                     {.common_name = "UBND xã Hòa An",
                                      .organization = "UBND tỉnh Phú Yên",
                                      .password = "mật-khẩu"},
                                     kNow);
  ASSERT_TRUE(p12.has_value()) << p12.error().message;
  const auto signer = PdfSigner::FromPkcs12(*p12, "mật-khẩu");
  ASSERT_TRUE(signer.has_value()) << signer.error().message;
  EXPECT_EQ(signer->common_name(), "UBND xã Hòa An");
}

TEST(TestCa, WrongPasswordOrGarbageIsInvalidArgument) {
  const auto ca = CreateTestCa("motcua Test CA", kNow);
  ASSERT_TRUE(ca.has_value());
  const auto p12 = IssueAgencyPkcs12(
      *ca, {.common_name = "UBND xã Hòa An", .organization = "", .password = "right"}, kNow);
  ASSERT_TRUE(p12.has_value());
  const auto wrong = PdfSigner::FromPkcs12(*p12, "wrong");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(wrong.error().message.find("password"), std::string::npos);
  EXPECT_EQ(PdfSigner::FromPkcs12("not a p12", "x").error().code, ErrorCode::kInvalidArgument);
}

TEST(TestCa, RefusesEmptyNamesAndPasswords) {
  EXPECT_EQ(CreateTestCa("", kNow).error().code, ErrorCode::kInvalidArgument);
  const auto ca = CreateTestCa("CA", kNow);
  ASSERT_TRUE(ca.has_value());
  EXPECT_EQ(IssueAgencyPkcs12(*ca, {.common_name = "A", .organization = "", .password = ""}, kNow)
                .error()
                .code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(IssueAgencyPkcs12(*ca, {.common_name = "", .organization = "", .password = "p"}, kNow)
                .error()
                .code,
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::signing
