// SPDX-License-Identifier: Apache-2.0
// A generic blank declaration (tờ khai) to print and fill in by hand: a demo stand-in for the
// official templates, which an administrator uploads per procedure component.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::documents {

// Renders one A4 PDF laid out like the declarations of the civil-status and residence
// circulars, but generic: the national motto, `title` in capitals, "Kính gửi:", the applicant's
// lines (Họ, chữ đệm, tên; Ngày, tháng, năm sinh; Số định danh cá nhân; Nơi cư trú; Số điện
// thoại), a "Nội dung đề nghị" area of dotted lines, the commitment sentence, and the place,
// date and signature block. It is NOT an official form. kInvalidArgument for a title that is not
// UTF-8; kInternal if cairo fails. Thread-safe.
Result<std::string> RenderBlankDeclaration(std::string_view title);

}  // namespace motcua::documents
