// SPDX-License-Identifier: Apache-2.0
#include "ocr/file_ocr.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "documents/image_pdf.h"
#include "documents/pdf_renderer.h"
#include "ocr/character_accuracy.h"
#include "ocr/field_proposer.h"
#include "ocr/rendered_document_for_test.h"

namespace motcua::ocr {
namespace {

const std::vector<std::string> kIdentityExtract = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ",
    "Họ, chữ đệm và tên: Lê Thị Thuỳ Dương",
    "Ngày, tháng, năm sinh: 02/09/1987",
    "Số định danh cá nhân: 044187006789",
    "Nơi thường trú: thôn Phú Mỹ, xã Quảng Phú, tỉnh Quảng Trị",
    "Quan hệ với chủ hộ: Vợ",
};

std::string Joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

// The scan goes through the whole path an image-only PDF upload takes: PNG rendered at
// 300 dpi, wrapped in a PDF by documents::ImageFileToPdf (no text layer), rendered back by
// poppler at kOcrDpi and OCR'd. The floor sits under what was measured (see
// docs/benchmarks.md, "OCR") so that a newer model does not fail the build over a character.
TEST(RecognizeFile, ImageOnlyPdfMeetsTheAccuracyFloor) {
  const auto pdf = documents::ImageFileToPdf(test::RenderPng(kIdentityExtract));
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  const auto result = RecognizeFile(*pdf);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  ASSERT_EQ(result->pages.size(), 1u);
  EXPECT_EQ(result->ocr_pages, std::vector<int>{0});

  const double accuracy = CharacterAccuracy(Joined(kIdentityExtract), result->Text());
  std::printf("OCR accuracy image-only PDF=%.4f confidence=%.2f\n", accuracy,
              result->mean_confidence);
  EXPECT_GE(accuracy, 0.95) << result->Text();
  EXPECT_GT(result->mean_confidence, 0.7);
  EXPECT_LE(result->mean_confidence, 1.0);
  const ProposedFields fields = ProposeFields(result->Text());
  ASSERT_TRUE(fields.personal_number && fields.full_name && fields.date_of_birth) << result->Text();
  EXPECT_EQ(fields.personal_number->value, "044187006789");
  // Measured: "Lễ Thị Thuỳ Dương", one tone mark added; the officer confirms every proposal.
  EXPECT_GE(CharacterAccuracy("Lê Thị Thuỳ Dương", fields.full_name->value), 0.9)
      << fields.full_name->value;
  EXPECT_EQ(fields.date_of_birth->value, "1987-09-02");
}

TEST(RecognizeFile, APdfTextLayerIsUsedWithoutOcr) {
  documents::Document doc;
  doc.title = "Quyết định";
  doc.header_left = "UBND XÃ HÒA AN";
  doc.blocks = {
      documents::DocumentBlock::Title("QUYẾT ĐỊNH"),
      documents::DocumentBlock::Paragraph(
          "Về việc công nhận hộ gia đình ông Phạm Văn Đức đạt danh hiệu gia đình văn hóa")};
  const auto result = RecognizeFile(documents::RenderPdf(doc).value());
  ASSERT_TRUE(result.has_value()) << result.error().message;
  ASSERT_EQ(result->pages.size(), 1u);
  EXPECT_TRUE(result->ocr_pages.empty());
  EXPECT_EQ(result->mean_confidence, 1.0);
  EXPECT_NE(result->Text().find("Phạm Văn Đức"), std::string::npos) << result->Text();
}

TEST(RecognizeFile, ImagesAreOcrdPageByPage) {
  const auto result = RecognizeFile(test::RenderPng({"Họ và tên: Trần Văn Bình"}));
  ASSERT_TRUE(result.has_value()) << result.error().message;
  ASSERT_EQ(result->pages.size(), 1u);
  EXPECT_EQ(result->ocr_pages, std::vector<int>{0});
  EXPECT_GE(CharacterAccuracy("Họ và tên: Trần Văn Bình", result->pages[0]), 0.9)
      << result->pages[0];
}

TEST(RecognizeFile, StopsWhenAsked) {
  std::stop_source stop;
  stop.request_stop();
  const std::string png = test::RenderPng({"Họ và tên: Trần Văn Bình"});
  for (const std::string& file : {png, documents::ImageFileToPdf(png).value()}) {
    const auto result = RecognizeFile(file, stop.get_token());
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::kUnavailable);
  }
}

TEST(RecognizeFile, RefusesWhatIsNotAFile) {
  const auto result = RecognizeFile("plain text, not a scan");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(result.error().field, "file");
}

}  // namespace
}  // namespace motcua::ocr
