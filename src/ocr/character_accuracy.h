// SPDX-License-Identifier: Apache-2.0
// Character accuracy of OCR output against the text that was printed, and the Unicode
// normalisation both sides go through first.
#pragma once

#include <string>
#include <string_view>

namespace motcua::ocr {

// Returns `utf8` with runs of white space (space, tab, newline, form feed, no-break space)
// collapsed to one space, leading and trailing space removed, and Vietnamese letters written as
// a base letter plus combining marks (U+0300 grave, U+0301 acute, U+0302 circumflex, U+0303
// tilde, U+0306 breve, U+0309 hook above, U+031B horn, U+0323 dot below) composed into their
// precomposed NFC form. Other text is kept as it is; invalid UTF-8 bytes are dropped. This is
// "NFC-ish": enough for Vietnamese, not a full Unicode normaliser.
std::string NormalizeForComparison(std::string_view utf8);

// 1 - Levenshtein(expected, actual) / len(expected), computed over Unicode code points after
// NormalizeForComparison of both sides, and clamped to [0, 1]. An empty `expected` gives 1 when
// `actual` is empty too and 0 otherwise. Pure and thread-safe.
double CharacterAccuracy(std::string_view expected, std::string_view actual);

}  // namespace motcua::ocr
