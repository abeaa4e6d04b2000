// SPDX-License-Identifier: Apache-2.0
#include "dossier/applicant.h"

#include "common/text_fold.h"
#include "identity/personal_number.h"
#include "identity/tax_code.h"

namespace motcua::dossier {
namespace {

Error Bad(std::string message, std::string field) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), "applicant." + field);
}

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

Status NormalizeApplicant(Applicant& a, int current_year) {
  a.id_number = Trim(a.id_number);
  a.full_name = Trim(a.full_name);
  if (a.kind == "citizen") {
    auto id = identity::ParsePersonalNumber(a.id_number, current_year, "applicant.id_number");
    if (!id) return id.error();
  } else if (a.kind == "organization") {
    auto code = identity::NormalizeTaxCode(a.id_number, "applicant.id_number");
    if (!code) return code.error();
    a.id_number = *code;
  } else {
    return Bad("Loại người nộp phải là \"citizen\" (công dân) hoặc \"organization\" (tổ chức)",
               "kind");
  }
  struct Limit {
    const std::string* value;
    const char* field;
    size_t max_chars;
  };
  for (const Limit& l : {Limit{&a.full_name, "full_name", 200}, Limit{&a.phone, "phone", 20},
                         Limit{&a.email, "email", 200}, Limit{&a.address, "address", 500}}) {
    if (!IsValidUtf8(*l.value)) return Bad("Dữ liệu không phải UTF-8 hợp lệ", l.field);
    // A Vietnamese character takes up to 4 bytes in UTF-8.
    if (l.value->size() > l.max_chars * 4) {
      return Bad("Trường quá dài (tối đa " + std::to_string(l.max_chars) + " ký tự)", l.field);
    }
  }
  if (a.full_name.size() < 2) return Bad("Họ và tên không được để trống", "full_name");
  return Ok();
}

}  // namespace motcua::dossier
