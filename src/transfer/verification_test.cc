// SPDX-License-Identifier: Apache-2.0
#include "transfer/verification.h"

#include <gtest/gtest.h>

#include "signing/test_agency_for_test.h"

namespace motcua::transfer {
namespace {

using signing::testing::SharedTestAgency;
using signing::testing::SharedTestSigner;
using signing::testing::TestAgency;

constexpr char kSender[] = "UBND xã Hòa An";  // the CN of the shared test agency

// A signed manifest of two files held in a memory blob store.
class VerifyTransferTest : public ::testing::Test {
 protected:
  void SetUp() override {
    declaration_ = blobs_.Put("%PDF-1.4 tờ khai").value();
    photo_ = blobs_.Put("\xff\xd8\xff ảnh chân dung").value();
    manifest_.transfer_id = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    manifest_.dossier_code = "001.01.00.H05-261125-0007";
    manifest_.procedure_code = "1.001193";
    manifest_.from = {"001.01.00.H05", kSender};
    manifest_.to = {"000.00.07.H05", "Sở Tư pháp"};
    manifest_.created_at = SharedTestAgency().now;
    manifest_.files = {{"to-khai", "tờ khai.pdf", "application/pdf", 19, declaration_},
                       {"anh", "ảnh.jpg", "image/jpeg", 21, photo_}};
    manifest_.files[0].size_bytes = static_cast<long long>(blobs_.Get(declaration_)->size());
    manifest_.files[1].size_bytes = static_cast<long long>(blobs_.Get(photo_)->size());
    bytes_ = ToCanonicalJson(manifest_);
    signature_ = SharedTestSigner().SignDetached(bytes_, SharedTestAgency().now).value();
    expected_ = {manifest_.transfer_id, manifest_.dossier_code, "001.01.00.H05", "000.00.07.H05",
                 kSender};
  }

  Verification Verify() {
    auto v = VerifyTransfer(bytes_, signature_, expected_, {SharedTestAgency().ca.certificate_pem},
                            blobs_);
    EXPECT_TRUE(v.has_value()) << v.error().message;
    return v.has_value() ? *v : Verification{};
  }

  // A signer with a certificate named `cn`, issued by `ca`.
  static signing::PdfSigner OtherSigner(const signing::TestCa& ca, const std::string& cn) {
    auto p12 = signing::IssueAgencyPkcs12(
        ca, {.common_name = cn, .organization = "khác", .password = "pw"}, SharedTestAgency().now);
    return signing::PdfSigner::FromPkcs12(p12.value(), "pw").value();
  }

  blob::MemoryBlobStore blobs_;
  std::string declaration_, photo_;
  Manifest manifest_;
  std::string bytes_, signature_;
  ExpectedTransfer expected_;
};

TEST_F(VerifyTransferTest, AGoodTransferIsAccepted) {
  const auto v = Verify();
  EXPECT_TRUE(v.accepted) << v.reason << ": " << v.message;
  EXPECT_EQ(v.reason, "");
  EXPECT_TRUE(v.signature.intact);
  EXPECT_TRUE(v.signature.trusted);
  EXPECT_EQ(v.signature.signer_common_name, kSender);
  EXPECT_EQ(v.manifest, manifest_);
}

TEST_F(VerifyTransferTest, OneChangedByteInAFileRefusesItNamingTheFile) {
  std::string bytes = blobs_.Get(photo_).value();
  bytes[5] ^= 0x01;
  blobs_.Corrupt(photo_, bytes);
  const auto v = Verify();
  EXPECT_FALSE(v.accepted);
  EXPECT_EQ(v.reason, "file_changed");
  EXPECT_NE(v.message.find("ảnh.jpg"), std::string::npos) << v.message;
  EXPECT_TRUE(v.signature.intact);
}

TEST_F(VerifyTransferTest, AMissingFileIsRefused) {
  manifest_.files[0].sha256 = std::string(64, '0');
  bytes_ = ToCanonicalJson(manifest_);
  signature_ = SharedTestSigner().SignDetached(bytes_, SharedTestAgency().now).value();
  const auto v = Verify();
  EXPECT_EQ(v.reason, "file_missing");
  EXPECT_NE(v.message.find("tờ khai.pdf"), std::string::npos) << v.message;
}

TEST_F(VerifyTransferTest, AnAlteredManifestBreaksTheSignature) {
  // Pointing the manifest at another file after signing, as someone swapping a scan would.
  const std::string other = blobs_.Put("%PDF-1.4 tờ khai giả").value();
  bytes_.replace(bytes_.find(declaration_), other.size(), other);
  const auto v = Verify();
  EXPECT_FALSE(v.accepted);
  EXPECT_EQ(v.reason, "signature_invalid");
  EXPECT_FALSE(v.signature.intact);
}

TEST_F(VerifyTransferTest, ABrokenSignatureIsRefused) {
  signature_[signature_.size() / 2] ^= 0x40;
  EXPECT_EQ(Verify().reason, "signature_invalid");
  signature_ = "not a CMS at all";
  EXPECT_EQ(Verify().reason, "signature_invalid");
}

TEST_F(VerifyTransferTest, AnotherAgencysKeyFromTheSameCaIsRefused) {
  signature_ = OtherSigner(SharedTestAgency().ca, "Sở Xây dựng")
                   .SignDetached(bytes_, SharedTestAgency().now)
                   .value();
  const auto v = Verify();
  EXPECT_FALSE(v.accepted);
  EXPECT_TRUE(v.signature.intact);
  EXPECT_TRUE(v.signature.trusted);
  EXPECT_EQ(v.reason, "signer_mismatch");
  EXPECT_NE(v.message.find("Sở Xây dựng"), std::string::npos) << v.message;
}

TEST_F(VerifyTransferTest, AKeyFromAnUntrustedCaIsRefusedEvenWithTheSendersName) {
  const auto rogue_ca = signing::CreateTestCa("Rogue CA", SharedTestAgency().now).value();
  signature_ = OtherSigner(rogue_ca, kSender).SignDetached(bytes_, SharedTestAgency().now).value();
  const auto v = Verify();
  EXPECT_FALSE(v.accepted);
  EXPECT_TRUE(v.signature.intact);
  EXPECT_EQ(v.reason, "signature_untrusted");
}

TEST_F(VerifyTransferTest, AValidManifestOfAnotherTransferIsRefused) {
  expected_.transfer_id = "00000000-0000-4000-8000-000000000000";
  EXPECT_EQ(Verify().reason, "manifest_mismatch");
  SetUp();
  expected_.to_code = "002.01.00.H05";
  EXPECT_EQ(Verify().reason, "manifest_mismatch");
}

TEST_F(VerifyTransferTest, SignedBytesThatAreNotAManifestAreRefused) {
  bytes_ = R"({"hello":"world"})";
  signature_ = SharedTestSigner().SignDetached(bytes_, SharedTestAgency().now).value();
  EXPECT_EQ(Verify().reason, "bad_manifest");
}

}  // namespace
}  // namespace motcua::transfer
