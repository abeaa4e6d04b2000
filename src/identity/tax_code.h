// SPDX-License-Identifier: Apache-2.0
// Enterprise / tax codes (mã số doanh nghiệp, mã số thuế): the 10-digit code with its check digit
// and the 13-character branch form, validated and brought to one canonical spelling.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::identity {

// Validates `text` as a tax code and returns its canonical form:
//   - "NNNNNNNNNN": 10 ASCII digits whose last is the check digit
//     N10 = 10 - (sum of N1..N9 x [31,29,23,19,17,13,7,5,3] mod 11); when that yields 10 no
//     check digit can satisfy it and the code is rejected (docs/decisions/0002);
//   - "NNNNNNNNNN-NNN": a branch or dependent unit, a valid 10-digit parent code, a dash, and a
//     branch number 001..999. The same 13 digits written without the dash are accepted and
//     returned with it.
// Surrounding spaces are not trimmed; callers trim form input. Returns kInvalidArgument with a
// Vietnamese message and `field` set to `field`. Pure and thread-safe.
Result<std::string> NormalizeTaxCode(std::string_view text, std::string_view field = "id_number");

// The check digit N10 for the first nine digits of `digits` (which must hold at least nine ASCII
// digits), or -1 when the formula yields 10 and no valid code has this prefix.
int TaxCodeCheckDigit(std::string_view digits);

}  // namespace motcua::identity
