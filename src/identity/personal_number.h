// SPDX-License-Identifier: Apache-2.0
// The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD card):
// validation and decoding of its birth province, century, sex and birth year.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::identity {

enum class Sex { kMale, kFemale };

// A validated personal identification number and what its first six digits encode.
struct PersonalNumber {
  std::string digits;         // the 12 digits as given
  std::string province_code;  // "001" .. "096": province of birth registration
  std::string province_name;  // e.g. "Hà Nội" (pre-2025 province, unchanged by the 2025 merger)
  int birth_year = 0;         // e.g. 1990
  Sex sex = Sex::kMale;
};

// Validates `text` as a personal identification number `PPP G YY RRRRRR` (Thông tư 59/2021/TT-BCA):
// exactly 12 ASCII digits, no spaces; PPP a birth-province code from the 63-entry pre-2025 table
// (country codes for people born abroad are rejected); G the century and sex (0/1 = 1900s
// male/female, 2/3 = 2000s, ... 8/9 = 2300s); YY the last two digits of the birth year, which must
// not be after `current_year`. Returns the decoded number, or kInvalidArgument with a Vietnamese
// message and `field` set to `field`. Pure and thread-safe.
Result<PersonalNumber> ParsePersonalNumber(std::string_view text, int current_year,
                                           std::string_view field = "id_number");

// The province of birth registration for a 3-digit code such as "038" ("Thanh Hóa"), or an empty
// view when the code is not in the table.
std::string_view BirthProvinceName(std::string_view code);

}  // namespace motcua::identity
