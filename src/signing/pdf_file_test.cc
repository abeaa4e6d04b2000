// SPDX-License-Identifier: Apache-2.0
#include "signing/pdf_file.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "documents/pdf_renderer.h"
#include "documents/poppler_cli_for_test.h"
#include "signing/xref_stream_pdf_for_test.h"

namespace motcua::signing {
namespace {

// A PDF written by hand with a correct classic xref table.
std::string MinimalPdf() {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  const char* objects[] = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  };
  for (int i = 0; i < 3; ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[21];
    std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(PdfFile, ReadsTrailerCatalogAndFirstPage) {
  const std::string pdf = MinimalPdf();
  const auto file = PdfFile::Parse(pdf);
  ASSERT_TRUE(file.has_value()) << file.error().message;
  EXPECT_EQ(file->size(), 4);
  EXPECT_EQ(file->root(), (PdfRef{1, 0}));
  EXPECT_EQ(file->FirstPage().value(), (PdfRef{3, 0}));
  EXPECT_EQ(file->Object({2, 0}).value(), "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
}

TEST(PdfFile, ReadsWhatCairoWrites) {
  documents::Document doc;
  doc.header_left = "UBND XÃ HÒA AN";
  doc.blocks = {documents::DocumentBlock::Paragraph("Nguyễn Văn An")};
  const auto pdf = documents::RenderPdf(doc);
  ASSERT_TRUE(pdf.has_value());
  const auto file = PdfFile::Parse(*pdf);
  ASSERT_TRUE(file.has_value()) << file.error().message;
  const auto page = file->FirstPage();
  ASSERT_TRUE(page.has_value()) << page.error().message;
  EXPECT_FALSE(file->info().empty());
}

TEST(PdfFile, ReadsCrossReferenceAndObjectStreams) {
  const std::string pdf = testing::XrefStreamPdf();
  // The hand-made file is sound: poppler reads its text.
  EXPECT_NE(documents::testing::PdfToText(pdf).output.find("Hello motcua"), std::string::npos);
  const auto file = PdfFile::Parse(pdf);
  ASSERT_TRUE(file.has_value()) << file.error().message;
  EXPECT_TRUE(file->uses_xref_stream());
  EXPECT_EQ(file->size(), 8);
  EXPECT_EQ(file->root(), (PdfRef{1, 0}));
  EXPECT_EQ(file->FirstPage().value(), (PdfRef{3, 0}));
  EXPECT_EQ(*DictValue(*file->Object({3, 0}), "/Contents").value(), "4 0 R");
  EXPECT_EQ(*DictValue(*file->Object({5, 0}), "/BaseFont").value(), "/Helvetica");
  EXPECT_EQ(*DictValue(*file->Object({4, 0}), "/Length").value(), "43");
}

TEST(PdfFile, RefusesWhatItCannotRead) {
  std::string pdf = MinimalPdf();
  // Point startxref at an object that is not a cross-reference stream.
  const size_t at = pdf.rfind("startxref\n") + 10;
  pdf.replace(at, pdf.find('\n', at) - at, "9");
  const auto file = PdfFile::Parse(pdf);
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(file.error().message.find("no cross-reference section"), std::string::npos);
  EXPECT_EQ(PdfFile::Parse("hello").error().code, ErrorCode::kInvalidArgument);
  std::string encrypted = MinimalPdf();
  const size_t trailer = encrypted.rfind("/Root 1 0 R");
  encrypted.insert(trailer, "/Encrypt 9 0 R ");
  EXPECT_NE(PdfFile::Parse(encrypted).error().message.find("encrypted"), std::string::npos);
}

}  // namespace
}  // namespace motcua::signing
