// SPDX-License-Identifier: Apache-2.0
#include "documents/image_pdf.h"

#include <gtest/gtest.h>

#include "common/testing/test_files.h"
#include "documents/poppler_cli_for_test.h"
#include "signing/test_agency_for_test.h"

namespace motcua::documents {
namespace {

using testing::PdfPageCount;
using testing::PdfSig;
using testing::PdfToText;
using testing::RunCommand;
using testing::TempFile;

using testdata::ReadFile;

// `pdfimages -list` output: one line per embedded image, after two header lines.
std::string ImageList(const std::string& pdf) {
  TempFile file(pdf);
  return RunCommand("pdfimages -list '" + file.path() + "'").output;
}

std::string PageSize(const std::string& pdf) {
  TempFile file(pdf);
  const std::string info = RunCommand("pdfinfo '" + file.path() + "'").output;
  const size_t at = info.find("Page size:");
  return at == std::string::npos ? "" : info.substr(at, info.find('\n', at) - at);
}

TEST(ImageFileToPdf, OnePagePerImageAtFullResolution) {
  const auto png = ImageFileToPdf(ReadFile("scan.png"));
  ASSERT_TRUE(png.has_value()) << png.error().message;
  EXPECT_EQ(png->rfind("%PDF-1.4", 0), 0u);
  EXPECT_EQ(PdfPageCount(*png), 1);
  // 40 x 20 pixels: a landscape A4 page, the picture embedded as it was.
  EXPECT_NE(PageSize(*png).find("841.89 x 595.276"), std::string::npos) << PageSize(*png);
  EXPECT_NE(ImageList(*png).find("    40    20  rgb"), std::string::npos) << ImageList(*png);

  const auto tif = ImageFileToPdf(ReadFile("two-pages.tif"));
  ASSERT_TRUE(tif.has_value()) << tif.error().message;
  EXPECT_EQ(PdfPageCount(*tif), 2);
}

TEST(ImageFileToPdf, JpegDataIsEmbeddedWithoutReencoding) {
  const auto pdf = ImageFileToPdf(ReadFile("scan.jpg"));
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_NE(ImageList(*pdf).find("jpeg"), std::string::npos) << ImageList(*pdf);
  EXPECT_NE(pdf->find(ReadFile("scan.jpg")), std::string::npos);
}

TEST(ImageFileToPdf, FooterIsReadableAndTheResultCanBeSigned) {
  const std::string footer = "Bản sao điện tử từ bản chính — UBND xã Hòa An, ngày 22/11/2026";
  const auto pdf = ImageFileToPdf(ReadFile("two-pages.tif"), {.footer = footer});
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  const auto text = PdfToText(*pdf);
  ASSERT_EQ(text.exit_code, 0) << text.output;
  // Once per page.
  const size_t first = text.output.find(footer);
  ASSERT_NE(first, std::string::npos) << text.output;
  EXPECT_NE(text.output.find(footer, first + 1), std::string::npos) << text.output;

  const auto& agency = signing::testing::SharedTestAgency();
  const auto signed_pdf =
      signing::testing::SharedTestSigner().Sign(*pdf, {.reason = "Chứng thực bản sao điện tử",
                                                       .location = "UBND xã Hòa An",
                                                       .signer_name = "",
                                                       .time = agency.now});
  ASSERT_TRUE(signed_pdf.has_value()) << signed_pdf.error().message;
  const auto sig = PdfSig(*signed_pdf);
  EXPECT_NE(sig.output.find("Signature Validation: Signature is Valid."), std::string::npos)
      << sig.output;
}

TEST(ImageFileToPdf, APdfIsRebuiltFromItsRenderedPages) {
  const auto pdf = ImageFileToPdf(ReadFile("two-pages.pdf"), {.footer = "Trang ảnh", .pdf_dpi = 50});
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(PdfPageCount(*pdf), 2);
  // A4 at 50 dpi: 414 x 585 pixels per page, portrait.
  const std::string images = ImageList(*pdf);
  EXPECT_NE(images.find("   414   585"), std::string::npos) << images;
  EXPECT_NE(PageSize(*pdf).find("595.276 x 841.89"), std::string::npos) << PageSize(*pdf);
}

TEST(ImageFileToPdf, RefusesWhatItCannotRead) {
  const auto garbage = ImageFileToPdf("GIF89a not an accepted kind");
  ASSERT_FALSE(garbage.has_value());
  EXPECT_EQ(garbage.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(garbage.error().field, "file");

  const auto two_lines = ImageFileToPdf(ReadFile("scan.png"), {.footer = "dòng 1\ndòng 2"});
  ASSERT_FALSE(two_lines.has_value());
  EXPECT_EQ(two_lines.error().field, "footer");
  const auto not_utf8 = ImageFileToPdf(ReadFile("scan.png"), {.footer = "\xff\xfe"});
  ASSERT_FALSE(not_utf8.has_value());
  EXPECT_EQ(not_utf8.error().field, "footer");
}

}  // namespace
}  // namespace motcua::documents
