// SPDX-License-Identifier: Apache-2.0
#include "catalog/procedure.h"

#include <set>

namespace motcua::catalog {

std::string_view DigitizationClassName(DigitizationClass c) {
  switch (c) {
    case DigitizationClass::kPriorResult: return "prior_result";
    case DigitizationClass::kAgencyResult: return "agency_result";
    case DigitizationClass::kFinalResult: return "final_result";
    case DigitizationClass::kOther: return "other";
  }
  return "other";
}

std::optional<DigitizationClass> ParseDigitizationClass(std::string_view name) {
  for (auto c : {DigitizationClass::kPriorResult, DigitizationClass::kAgencyResult,
                 DigitizationClass::kFinalResult, DigitizationClass::kOther}) {
    if (DigitizationClassName(c) == name) return c;
  }
  return std::nullopt;
}

std::string_view OnlineLevelName(OnlineLevel l) {
  switch (l) {
    case OnlineLevel::kNone: return "none";
    case OnlineLevel::kPartial: return "partial";
    case OnlineLevel::kFull: return "full";
  }
  return "none";
}

std::optional<OnlineLevel> ParseOnlineLevel(std::string_view name) {
  for (auto l : {OnlineLevel::kNone, OnlineLevel::kPartial, OnlineLevel::kFull}) {
    if (OnlineLevelName(l) == name) return l;
  }
  return std::nullopt;
}

bool IsNationalProcedureCode(std::string_view code) {
  if (code.size() != 8 || code[1] != '.') return false;
  for (size_t i = 0; i < code.size(); ++i) {
    if (i != 1 && (code[i] < '0' || code[i] > '9')) return false;
  }
  return true;
}

Status ValidateRules(const ProcedureRules& r) {
  auto bad = [](std::string message, std::string field) {
    return MakeError(ErrorCode::kInvalidArgument, std::move(message), std::move(field));
  };
  if (r.name.empty()) return bad("Tên thủ tục không được để trống", "name");
  if (r.field.empty()) return bad("Lĩnh vực không được để trống", "field");
  if (r.level != "commune" && r.level != "province") {
    return bad("Cấp thực hiện phải là \"commune\" (xã) hoặc \"province\" (tỉnh)", "level");
  }
  if (r.level == "province" && r.competent_agency_code.empty()) {
    return bad("Thủ tục cấp tỉnh phải có cơ quan có thẩm quyền", "competent_agency_code");
  }
  if (r.processing_time.amount < 0 || r.processing_time.amount > 365) {
    return bad("Thời hạn giải quyết phải từ 0 đến 365", "processing_time");
  }
  for (const auto& f : r.fees) {
    if (f.amount_vnd < 0) return bad("Lệ phí không được âm", "fees");
  }
  std::set<std::string> ids;
  for (const auto& c : r.components) {
    if (c.id.empty() || c.name.empty()) {
      return bad("Mỗi thành phần hồ sơ phải có mã và tên", "components");
    }
    if (!ids.insert(c.id).second) {
      return bad("Mã thành phần hồ sơ bị trùng: " + c.id, "components");
    }
    if (c.copies < 0) return bad("Số bản không được âm", "components");
  }
  if (r.retention_years <= 0) return bad("Thời hạn lưu trữ phải lớn hơn 0", "retention_years");
  return Ok();
}

}  // namespace motcua::catalog
