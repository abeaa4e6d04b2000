// SPDX-License-Identifier: Apache-2.0
#include "documents/pdf_raster.h"

#include <gtest/gtest.h>

#include "common/testing/test_files.h"
#include "documents/image_pdf.h"
#include "documents/pdf_renderer.h"

namespace motcua::documents {
namespace {

using testdata::ReadFile;

std::string TextPdf() {
  Document doc;
  doc.title = "Giấy xác nhận";
  doc.header_left = "UBND XÃ HÒA AN";
  doc.blocks = {DocumentBlock::Title("GIẤY XÁC NHẬN"),
                DocumentBlock::KeyValue({{"Họ và tên", "Nguyễn Thị Hương"}})};
  return RenderPdf(doc).value();
}

TEST(PdfRaster, ReadsTheTextLayerAndRendersAtTheAskedResolution) {
  const auto pdf = PdfRaster::Open(TextPdf());
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(pdf->page_count(), 1);
  const auto text = pdf->PageText(0);
  ASSERT_TRUE(text.has_value()) << text.error().message;
  EXPECT_NE(text->find("Nguyễn Thị Hương"), std::string::npos) << *text;

  const auto page = pdf->RenderPage(0, 72);
  ASSERT_TRUE(page.has_value()) << page.error().message;
  EXPECT_EQ(page->width, 596);  // A4 is 595.28 x 841.89 points
  EXPECT_EQ(page->height, 842);
  EXPECT_EQ(page->png.rfind("\x89PNG\r\n\x1a\n", 0), 0u);
  const auto fine = pdf->RenderPage(0, 144);
  ASSERT_TRUE(fine.has_value());
  EXPECT_EQ(fine->width, 1191);
  EXPECT_EQ(fine->dpi, 144);
}

TEST(PdfRaster, AnImageOnlyPdfHasNoTextLayer) {
  const auto pdf = PdfRaster::Open(ImageFileToPdf(ReadFile("two-pages.tif")).value());
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  ASSERT_EQ(pdf->page_count(), 2);
  EXPECT_EQ(pdf->PageText(1).value().find_first_not_of(" \n\f"), std::string::npos);
}

TEST(PdfRaster, EnforcesItsLimits) {
  const auto garbage = PdfRaster::Open("%PDF-1.4\nnot really");
  ASSERT_FALSE(garbage.has_value());
  EXPECT_EQ(garbage.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(garbage.error().field, "file");

  const auto too_many = PdfRaster::Open(ReadFile("two-pages.pdf"), {.max_pages = 1});
  ASSERT_FALSE(too_many.has_value());
  EXPECT_EQ(too_many.error().code, ErrorCode::kInvalidArgument);

  const auto small = PdfRaster::Open(TextPdf(), {.max_pixels = 1'000'000});
  ASSERT_TRUE(small.has_value());
  EXPECT_TRUE(small->RenderPage(0, 100).has_value());  // 827 x 1170
  const auto big = small->RenderPage(0, 150);          // 1241 x 1755
  ASSERT_FALSE(big.has_value());
  EXPECT_EQ(big.error().code, ErrorCode::kInvalidArgument);
  // The largest resolution that fits: A4 at 101 dpi is 836 x 1181 pixels (0.99 million), at
  // 102 dpi 844 x 1193 (1.007 million).
  const auto max_dpi = small->MaxDpi(0);
  ASSERT_TRUE(max_dpi.has_value());
  EXPECT_EQ(*max_dpi, 101);
  const auto fitted = small->RenderPage(0, *max_dpi);
  ASSERT_TRUE(fitted.has_value()) << fitted.error().message;
  EXPECT_LE(int64_t{fitted->width} * fitted->height, 1'000'000);
  EXPECT_EQ(PdfRaster::Open(TextPdf())->MaxDpi(0).value(), 600);
  EXPECT_FALSE(small->RenderPage(1, 100).has_value());
  EXPECT_FALSE(small->PageText(-1).has_value());
  EXPECT_FALSE(small->RenderPage(0, 0).has_value());
}

}  // namespace
}  // namespace motcua::documents
