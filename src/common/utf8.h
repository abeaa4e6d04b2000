// SPDX-License-Identifier: Apache-2.0
// UTF-8 decoding and encoding, strict about malformed input.
#pragma once

#include <string>
#include <string_view>

namespace motcua {

// Decodes UTF-8 into code points, dropping bytes that are not part of a valid sequence (stray
// continuation bytes, truncated sequences, overlong forms, surrogates, values past U+10FFFF).
std::u32string DecodeUtf8(std::string_view utf8);

// Appends the UTF-8 form of one code point.
void AppendUtf8(std::string& out, char32_t cp);

// True when `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace motcua
