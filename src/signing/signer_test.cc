// SPDX-License-Identifier: Apache-2.0
#include "signing/signer.h"

#include <gtest/gtest.h>

#include "documents/pdf_renderer.h"
#include "documents/poppler_cli_for_test.h"
#include "signing/pdf_file.h"
#include "signing/test_agency_for_test.h"
#include "signing/verifier.h"
#include "signing/xref_stream_pdf_for_test.h"

namespace motcua::signing {
namespace {

using documents::DocumentBlock;
using documents::testing::PdfSig;
using documents::testing::PdfToText;
using testing::SharedTestAgency;
using testing::SharedTestSigner;

std::string ResultPdf() {
  documents::Document doc;
  doc.title = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
  doc.header_left = "UBND XÃ HÒA AN\nBỘ PHẬN MỘT CỬA";
  doc.blocks = {
      DocumentBlock::Title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
      DocumentBlock::KeyValue({{"Người nộp", "Nguyễn Văn An"}, {"Thủ tục", "Đăng ký khai sinh"}}),
      DocumentBlock::Qr("https://motcua.example.vn/verify/000.00.01.H01-250129-0001"),
      DocumentBlock::SignatureBox("NGƯỜI TIẾP NHẬN", "Trần Thị Bích Ngọc"),
  };
  return documents::RenderPdf(doc).value();
}

SignatureInfo Info() {
  return {.reason = "Ký số giấy tiếp nhận hồ sơ",
          .location = "UBND xã Hòa An, tỉnh Phú Yên",
          .signer_name = "",
          .time = SharedTestAgency().now};
}

TEST(PdfSigner, PdfsigReportsTheSignatureValidAndTamperingBroken) {
  const std::string original = ResultPdf();
  const auto signed_pdf = SharedTestSigner().Sign(original, Info());
  ASSERT_TRUE(signed_pdf.has_value()) << signed_pdf.error().message;
  // An incremental update: the original bytes are untouched at the front.
  EXPECT_EQ(signed_pdf->compare(0, original.size(), original), 0);

  const auto good = PdfSig(*signed_pdf);
  EXPECT_NE(good.output.find("Signature Validation: Signature is Valid."), std::string::npos)
      << good.output;
  EXPECT_NE(good.output.find("UBND xã Hòa An"), std::string::npos) << good.output;
  EXPECT_NE(good.output.find("Total document signed"), std::string::npos) << good.output;
  const auto report = VerifyPdf(*signed_pdf, {SharedTestAgency().ca.certificate_pem});
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_TRUE(report->intact) << report->problem;
  EXPECT_TRUE(report->trusted) << report->problem;
  EXPECT_EQ(report->signer_common_name, "UBND xã Hòa An");
  EXPECT_EQ(report->signing_time, SharedTestAgency().now);

  // One byte of the binary comment on line 2, inside the first signed range.
  std::string tampered = *signed_pdf;
  tampered[10] = static_cast<char>(tampered[10] ^ 0x01);
  const auto bad = PdfSig(tampered);
  EXPECT_EQ(bad.output.find("Signature is Valid"), std::string::npos) << bad.output;
  EXPECT_NE(bad.output.find("Signature Validation:"), std::string::npos) << bad.output;
  const auto bad_report = VerifyPdf(tampered, {SharedTestAgency().ca.certificate_pem});
  ASSERT_TRUE(bad_report.has_value());
  EXPECT_FALSE(bad_report->intact);

  // The second range, after /Contents, is covered too: change the trailer's "%%EOF".
  std::string tail_changed = *signed_pdf;
  tail_changed[tail_changed.size() - 3] = 'F';
  const auto tail_report = VerifyPdf(tail_changed, {});
  ASSERT_TRUE(tail_report.has_value());
  EXPECT_FALSE(tail_report->intact);
}

TEST(PdfSigner, TextStillExtractsAfterSigning) {
  const auto signed_pdf = SharedTestSigner().Sign(ResultPdf(), Info());
  ASSERT_TRUE(signed_pdf.has_value()) << signed_pdf.error().message;
  const auto text = PdfToText(*signed_pdf);
  EXPECT_EQ(text.exit_code, 0) << text.output;
  EXPECT_NE(text.output.find("Nguyễn Văn An"), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("Đăng ký khai sinh"), std::string::npos) << text.output;
  // The new revision parses with our own reader too, with the widget on page 1.
  const auto file = PdfFile::Parse(*signed_pdf);
  ASSERT_TRUE(file.has_value()) << file.error().message;
  const auto page = file->Object(file->FirstPage().value());
  EXPECT_TRUE(DictValue(*page, "/Annots").value().has_value());
}

TEST(PdfSigner, AppendingAfterSigningIsNotIntact) {
  const auto signed_pdf = SharedTestSigner().Sign(ResultPdf(), Info());
  ASSERT_TRUE(signed_pdf.has_value());
  const auto report = VerifyPdf(*signed_pdf + "% appended\n", {});
  ASSERT_TRUE(report.has_value());
  EXPECT_FALSE(report->intact);
}

TEST(PdfSigner, ASignedPdfTakesASecondSignature) {
  const auto once = SharedTestSigner().Sign(ResultPdf(), Info());
  ASSERT_TRUE(once.has_value());
  SignatureInfo approval = Info();
  approval.reason = "Phê duyệt kết quả";
  approval.signer_name = "Lê Văn Bình";
  const auto twice = SharedTestSigner().Sign(*once, approval);
  ASSERT_TRUE(twice.has_value()) << twice.error().message;
  EXPECT_EQ(twice->compare(0, once->size(), *once), 0);

  const auto sig = PdfSig(*twice);
  EXPECT_NE(sig.output.find("Signature #2"), std::string::npos) << sig.output;
  size_t valid = 0;
  for (size_t at = 0; (at = sig.output.find("Signature is Valid.", at)) != std::string::npos;
       ++at) {
    ++valid;
  }
  EXPECT_EQ(valid, 2u) << sig.output;
  const auto report = VerifyPdf(*twice, {SharedTestAgency().ca.certificate_pem});
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(report->intact) << report->problem;
  // The first signature alone no longer covers the whole file: pdfsig says so.
  EXPECT_NE(sig.output.find("Not total document signed"), std::string::npos) << sig.output;
}

TEST(PdfSigner, SignsPdfsWithCrossReferenceStreamsTwice) {
  const std::string original = testing::XrefStreamPdf();
  const auto once = SharedTestSigner().Sign(original, Info());
  ASSERT_TRUE(once.has_value()) << once.error().message;
  const auto twice = SharedTestSigner().Sign(*once, Info());
  ASSERT_TRUE(twice.has_value()) << twice.error().message;
  const auto sig = PdfSig(*twice);
  EXPECT_NE(sig.output.find("Signature #2"), std::string::npos) << sig.output;
  size_t valid = 0;
  for (size_t at = 0; (at = sig.output.find("Signature is Valid.", at)) != std::string::npos;
       ++at) {
    ++valid;
  }
  EXPECT_EQ(valid, 2u) << sig.output;
  EXPECT_NE(PdfToText(*twice).output.find("Hello motcua"), std::string::npos);
  const auto report = VerifyPdf(*twice, {SharedTestAgency().ca.certificate_pem});
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(report->intact) << report->problem;
}

TEST(PdfSigner, RefusesWhatItCannotSign) {
  EXPECT_EQ(SharedTestSigner().Sign("not a pdf", Info()).error().code, ErrorCode::kInvalidArgument);
  SignatureInfo bad = Info();
  bad.reason = "\xff";
  EXPECT_EQ(SharedTestSigner().Sign(ResultPdf(), bad).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::signing
