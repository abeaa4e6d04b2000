// SPDX-License-Identifier: Apache-2.0
#include "documents/blank_declaration.h"

#include <glib.h>

#include <memory>

#include "documents/pdf_renderer.h"

namespace motcua::documents {
namespace {

std::string Upper(std::string_view utf8) {
  std::unique_ptr<gchar, decltype(&g_free)> up(
      g_utf8_strup(utf8.data(), static_cast<gssize>(utf8.size())), g_free);
  return up ? std::string(up.get()) : std::string(utf8);
}

}  // namespace

Result<std::string> RenderBlankDeclaration(std::string_view title) {
  if (!g_utf8_validate(title.data(), static_cast<gssize>(title.size()), nullptr)) {
    return MakeError(ErrorCode::kInvalidArgument, "title is not valid UTF-8", "title");
  }
  Document doc;
  doc.title = std::string(title);
  doc.header_left = "";
  using B = DocumentBlock;
  doc.blocks = {B::Title(Upper(title)),
                B::FillLine("Kính gửi:"),
                B::Heading("Người yêu cầu"),
                B::FillLine("Họ, chữ đệm, tên:"),
                B::FillLine("Ngày, tháng, năm sinh:"),
                B::FillLine("Số định danh cá nhân:"),
                B::FillLine("Nơi cư trú:"),
                B::FillLine("Số điện thoại:"),
                B::Heading("Nội dung đề nghị"),
                B::FillLine(),
                B::FillLine(),
                B::FillLine(),
                B::FillLine(),
                B::FillLine(),
                B::FillLine(),
                B::Paragraph("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu "
                             "trách nhiệm trước pháp luật về lời cam đoan của mình."),
                B::SignatureBox("NGƯỜI YÊU CẦU", "", "………, ngày … tháng … năm ……")};
  return RenderPdf(doc);
}

}  // namespace motcua::documents
