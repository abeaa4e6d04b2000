// SPDX-License-Identifier: Apache-2.0
// Folding Vietnamese text for search: "Đăng ký Khai sinh" -> "dang ky khai sinh".
#pragma once

#include <string>
#include <string_view>

#include "common/utf8.h"  // IsValidUtf8, used with folding

namespace motcua {

// Lower-cases and strips Vietnamese diacritics from UTF-8 text (precomposed NFC letters and
// combining marks U+0300..U+036F alike), maps đ/Đ to d, and collapses runs of white space to one
// space. Other non-ASCII characters are kept as they are. Invalid UTF-8 bytes are dropped.
std::string FoldForSearch(std::string_view utf8);

}  // namespace motcua
