// SPDX-License-Identifier: Apache-2.0
// Proposing the key fields of a Vietnamese paper (personal number, full name, date of birth,
// document number) from its OCR text, for the officer to confirm.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace motcua::ocr {

// One proposed value and the OCR line it was read from (trimmed), so the officer can see why.
struct ProposedField {
  std::string value;
  std::string line;
};

// Each field is empty when the text holds no credible value for it.
struct ProposedFields {
  std::optional<ProposedField> personal_number;  // 12 digits
  std::optional<ProposedField> full_name;        // as printed, words separated by one space
  std::optional<ProposedField> date_of_birth;    // YYYY-MM-DD
  std::optional<ProposedField> document_number;  // the number before the first "/"
};

// Finds the fields in OCR text line by line; the first credible match of each wins. Labels are
// matched with diacritics, case and punctuation ignored, so OCR noise such as lost accents,
// "." or ";" read for ":", or extra spaces does not hide them; the value follows the label on
// the same line or, when that is empty (ID cards print it below), on the next line. English
// parts of bilingual labels ("Họ và tên / Full name:") are skipped.
// - personal_number: "Số định danh cá nhân", "Số CCCD", "Số căn cước (công dân)", or a bare "Số"
//   at the start of a line, followed by exactly 12 digits (spaces between digit groups and
//   O/l/I read for 0/1 inside a number are tolerated).
// - full_name: "Họ và tên", "Họ, chữ đệm và tên", "Họ tên"; the value stops at a digit or at
//   the next label on the line ("Giới tính", "Sinh ngày", ...).
// - date_of_birth: "Ngày, tháng, năm sinh", "Ngày sinh", "Sinh ngày", followed by a valid
//   dd/mm/yyyy date ("/", "-" or "." between the parts).
// - document_number: a bare "Số" at the start of a line whose value is not a personal number;
//   the part before the first "/" ("Số: 125/QĐ-UBND" gives "125").
// Pure function; thread-safe.
ProposedFields ProposeFields(std::string_view ocr_text);

}  // namespace motcua::ocr
