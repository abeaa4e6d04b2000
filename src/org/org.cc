// SPDX-License-Identifier: Apache-2.0
#include "org/org.h"

#include <set>

namespace motcua::org {

std::string_view AgencyKindName(AgencyKind kind) {
  switch (kind) {
    case AgencyKind::kServiceCentre: return "service_centre";
    case AgencyKind::kDepartment: return "department";
    case AgencyKind::kCommuneOneStop: return "commune_one_stop";
    case AgencyKind::kOther: return "other";
  }
  return "other";
}

std::optional<AgencyKind> ParseAgencyKind(std::string_view name) {
  for (AgencyKind k : {AgencyKind::kServiceCentre, AgencyKind::kDepartment,
                       AgencyKind::kCommuneOneStop, AgencyKind::kOther}) {
    if (AgencyKindName(k) == name) return k;
  }
  return std::nullopt;
}

Status ValidateAgencyCode(std::string_view code, std::string_view field) {
  // Shape: DDD.DD.DD.LDD
  static constexpr std::string_view kShape = "999.99.99.A99";
  bool ok = code.size() == kShape.size();
  for (size_t i = 0; ok && i < code.size(); ++i) {
    const char want = kShape[i];
    const char c = code[i];
    ok = want == '9' ? (c >= '0' && c <= '9') : want == 'A' ? (c >= 'A' && c <= 'Z') : c == want;
  }
  if (!ok) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Mã định danh cơ quan phải có dạng LLL.KK.JJ.XNN, ví dụ 000.00.06.H56",
                     std::string(field));
  }
  return Ok();
}

Result<AdminUnit> ResolveSuccessor(const std::vector<AdminUnit>& units, std::string_view code,
                                   const Date& on) {
  std::set<std::string> seen;
  std::string current(code);
  for (;;) {
    const AdminUnit* found = nullptr;
    for (const auto& u : units) {
      if (u.code == current) found = &u;
    }
    if (!found || !seen.insert(current).second) {
      return MakeError(ErrorCode::kNotFound,
                       "Không tìm thấy đơn vị hành chính kế thừa của mã " + std::string(code));
    }
    if (found->ValidOn(on) || found->successor_code.empty()) {
      if (!found->ValidOn(on)) {
        return MakeError(ErrorCode::kNotFound,
                         "Đơn vị hành chính " + found->name + " không còn hiệu lực");
      }
      return *found;
    }
    current = found->successor_code;
  }
}

}  // namespace motcua::org
