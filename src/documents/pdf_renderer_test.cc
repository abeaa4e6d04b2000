// SPDX-License-Identifier: Apache-2.0
#include "documents/pdf_renderer.h"

#include <gtest/gtest.h>

#include "documents/poppler_cli_for_test.h"

namespace motcua::documents {
namespace {

using testing::PdfPageCount;
using testing::PdfToText;

Document Receipt() {
  Document doc;
  doc.title = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
  doc.header_left = "UBND XÃ HÒA AN\nBỘ PHẬN MỘT CỬA";
  doc.blocks = {
      DocumentBlock::Title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
      DocumentBlock::KeyValue({{"Mã hồ sơ", "000.00.01.H01-250129-0001"},
                               {"Người nộp", "Nguyễn Văn An"},
                               {"Thủ tục", "Đăng ký khai sinh"},
                               {"Ngày hẹn trả", "05/02/2025"}}),
      DocumentBlock::Heading("Thành phần hồ sơ"),
      DocumentBlock::Table({"STT", "Tên giấy tờ", "Số lượng"},
                           {{"1", "Tờ khai đăng ký khai sinh", "1 bản chính"},
                            {"2", "Giấy chứng sinh", "1 bản chính"}}),
      DocumentBlock::Paragraph("Quét mã để tra cứu tình trạng hồ sơ trực tuyến."),
      DocumentBlock::Qr("https://motcua.example.vn/tra-cuu/000.00.01.H01-250129-0001",
                        "Tra cứu hồ sơ"),
      DocumentBlock::SignatureBox("NGƯỜI TIẾP NHẬN", "Trần Thị Bích Ngọc"),
  };
  return doc;
}

TEST(RenderPdf, VietnameseTextSurvivesExtraction) {
  const auto pdf = RenderPdf(Receipt());
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(pdf->rfind("%PDF-1.4", 0), 0u);
  const auto text = PdfToText(*pdf);
  ASSERT_EQ(text.exit_code, 0) << text.output;
  for (const char* expected :
       {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BỘ PHẬN MỘT CỬA",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Nguyễn Văn An", "Đăng ký khai sinh",
        "Tờ khai đăng ký khai sinh", "Trần Thị Bích Ngọc", "(Ký, ghi rõ họ tên)"}) {
    EXPECT_NE(text.output.find(expected), std::string::npos)
        << "missing \"" << expected << "\" in:\n"
        << text.output;
  }
  EXPECT_EQ(PdfPageCount(*pdf), 1);
}

TEST(RenderPdf, LongDocumentsBreakIntoPages) {
  Document doc = Receipt();
  std::vector<std::vector<std::string>> rows;
  for (int i = 1; i <= 80; ++i) {
    rows.push_back({std::to_string(i), "Giấy tờ số " + std::to_string(i), "1 bản sao"});
  }
  doc.blocks.push_back(DocumentBlock::Table({"STT", "Tên giấy tờ", "Số lượng"}, rows));
  const auto pdf = RenderPdf(doc);
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  const int pages = PdfPageCount(*pdf);
  EXPECT_GE(pages, 3);
  EXPECT_LE(pages, 4);
  const auto text = PdfToText(*pdf);
  EXPECT_NE(text.output.find("Giấy tờ số 80"), std::string::npos);
}

TEST(RenderPdf, RefusesBadInput) {
  Document doc;
  doc.blocks.push_back(DocumentBlock::Paragraph("\xff\xfe not UTF-8"));
  EXPECT_EQ(RenderPdf(doc).error().code, ErrorCode::kInvalidArgument);
  doc.blocks = {DocumentBlock::Table({"A", "B"}, {{"only one"}})};
  EXPECT_EQ(RenderPdf(doc).error().code, ErrorCode::kInvalidArgument);
  doc.blocks = {DocumentBlock::Qr(std::string(5000, 'x'))};
  EXPECT_EQ(RenderPdf(doc).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::documents
