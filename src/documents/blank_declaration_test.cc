// SPDX-License-Identifier: Apache-2.0
#include "documents/blank_declaration.h"

#include <gtest/gtest.h>

#include "blob/file_inspector.h"
#include "documents/poppler_cli_for_test.h"

namespace motcua::documents {
namespace {

using testing::PdfPageCount;
using testing::PdfToText;

TEST(RenderBlankDeclaration, OnePageWithTheTitleAndTheLinesToFill) {
  const auto pdf = RenderBlankDeclaration("Tờ khai đăng ký khai sinh");
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
  EXPECT_EQ(PdfPageCount(*pdf), 1);
  const std::string text = PdfToText(*pdf).output;
  for (const char* expected :
       {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỜ KHAI ĐĂNG KÝ KHAI SINH",
        "Kính gửi:", "Họ, chữ đệm, tên:", "Ngày, tháng, năm sinh:", "Số định danh cá nhân:",
        "Nơi cư trú:", "Số điện thoại:", "Nội dung đề nghị", "Tôi cam đoan", "NGƯỜI YÊU CẦU",
        "(Ký, ghi rõ họ tên)"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  // What the form-template upload accepts.
  const auto inspected = blob::InspectDocument(*pdf, 10 * 1024 * 1024);
  ASSERT_TRUE(inspected.has_value()) << inspected.error().message;
  EXPECT_EQ(inspected->mime, "application/pdf");
}

TEST(RenderBlankDeclaration, RefusesATitleThatIsNotUtf8) {
  EXPECT_FALSE(RenderBlankDeclaration("T\xFF").has_value());
}

}  // namespace
}  // namespace motcua::documents
