// SPDX-License-Identifier: Apache-2.0
#include "identity/tax_code.h"

#include <algorithm>
#include <array>
#include <utility>

#include "common/check.h"

namespace motcua::identity {
namespace {

// Weights of N1..N9 in the check-digit formula (facts.md §5.2).
constexpr std::array<int, 9> kWeights = {31, 29, 23, 19, 17, 13, 7, 5, 3};

Error Invalid(std::string message, std::string_view field) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), std::string(field));
}

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Checks a 10-digit enterprise code; `s` must be 10 ASCII digits.
Result<std::string> CheckTenDigits(std::string_view s, std::string_view field) {
  if (TaxCodeCheckDigit(s) != s[9] - '0') {
    return Invalid("Mã số thuế \"" + std::string(s) +
                       "\" không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không đúng.",
                   field);
  }
  return std::string(s);
}

Result<std::string> CheckBranch(std::string_view parent, std::string_view branch,
                                std::string_view field) {
  MOTCUA_ASSIGN_OR_RETURN(canonical, CheckTenDigits(parent, field));
  if (branch == "000") {
    return Invalid("Số thứ tự đơn vị phụ thuộc trong mã số thuế phải từ 001 đến 999.", field);
  }
  return canonical + "-" + std::string(branch);
}

}  // namespace

int TaxCodeCheckDigit(std::string_view digits) {
  MOTCUA_CHECK(digits.size() >= 9 && AllDigits(digits.substr(0, 9)));
  int sum = 0;
  for (size_t i = 0; i < kWeights.size(); ++i) sum += (digits[i] - '0') * kWeights[i];
  const int check = 10 - sum % 11;
  return check == 10 ? -1 : check;
}

Result<std::string> NormalizeTaxCode(std::string_view text, std::string_view field) {
  if (text.empty()) return Invalid("Vui lòng nhập mã số thuế.", field);
  if (text.size() == 10 && AllDigits(text)) return CheckTenDigits(text, field);
  if (text.size() == 14 && text[10] == '-' && AllDigits(text.substr(0, 10)) &&
      AllDigits(text.substr(11))) {
    return CheckBranch(text.substr(0, 10), text.substr(11), field);
  }
  if (text.size() == 13 && AllDigits(text)) {
    return CheckBranch(text.substr(0, 10), text.substr(10), field);
  }
  return Invalid(
      "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số dạng NNNNNNNNNN-NNN đối với chi nhánh, "
      "đơn vị phụ thuộc.",
      field);
}

}  // namespace motcua::identity
