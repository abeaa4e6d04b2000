// SPDX-License-Identifier: Apache-2.0
#include "signing/verifier.h"

#include <gtest/gtest.h>

#include "documents/pdf_renderer.h"
#include "signing/test_agency_for_test.h"

namespace motcua::signing {
namespace {

using testing::SharedTestAgency;
using testing::SharedTestSigner;

TEST(VerifyDetached, AcceptsTheSignedBytesAndNothingElse) {
  const std::string data = "Hồ sơ 000.00.01.H01-250129-0001: thành phần 1";
  const auto cms = SharedTestSigner().SignDetached(data, SharedTestAgency().now);
  ASSERT_TRUE(cms.has_value()) << cms.error().message;
  const std::vector<std::string> trusted = {SharedTestAgency().ca.certificate_pem};

  const auto good = VerifyDetached(data, *cms, trusted);
  ASSERT_TRUE(good.has_value()) << good.error().message;
  EXPECT_TRUE(good->intact) << good->problem;
  EXPECT_TRUE(good->trusted) << good->problem;
  EXPECT_EQ(good->signer_common_name, "UBND xã Hòa An");
  EXPECT_EQ(good->signing_time, SharedTestAgency().now);

  const auto changed = VerifyDetached(data + ".", *cms, trusted);
  ASSERT_TRUE(changed.has_value());
  EXPECT_FALSE(changed->intact);
  EXPECT_FALSE(changed->problem.empty());

  const auto garbage = VerifyDetached(data, "garbage", trusted);
  ASSERT_TRUE(garbage.has_value());
  EXPECT_FALSE(garbage->intact);
}

TEST(VerifyDetached, AnotherCaMeansIntactButUntrusted) {
  const auto other = CreateTestCa("Other CA", SharedTestAgency().now);
  ASSERT_TRUE(other.has_value());
  const auto cms = SharedTestSigner().SignDetached("x", SharedTestAgency().now);
  ASSERT_TRUE(cms.has_value());
  const auto report = VerifyDetached("x", *cms, {other->certificate_pem});
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(report->intact);
  EXPECT_FALSE(report->trusted);
  EXPECT_NE(report->problem.find("not trusted"), std::string::npos) << report->problem;
  EXPECT_EQ(VerifyDetached("x", *cms, {"not pem"}).error().code, ErrorCode::kInvalidArgument);
}

TEST(VerifyPdf, AnUnsignedPdfIsNotSigned) {
  documents::Document doc;
  doc.blocks = {documents::DocumentBlock::Paragraph("Chưa ký")};
  const auto pdf = documents::RenderPdf(doc);
  ASSERT_TRUE(pdf.has_value());
  const auto report = VerifyPdf(*pdf, {});
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(report.error().reason, "not_signed");
}

}  // namespace
}  // namespace motcua::signing
