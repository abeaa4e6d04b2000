// SPDX-License-Identifier: Apache-2.0
#include "stats/stats_service.h"

namespace motcua::stats {
namespace {

constexpr int kDays = 14;

bool MaySee(const identity::Principal& who, long long agency_id) {
  if (identity::CanAdminister(who) || identity::CanReadAudit(who)) return true;
  const bool manager =
      who.role == identity::Role::kLeader || who.role == identity::Role::kDepartmentHead;
  return manager && who.agency_id == agency_id;
}

}  // namespace

Result<AgencyToday> StatsService::Today(const identity::Principal& who,
                                        std::string_view agency_code) {
  if (agency_code.empty() && !who.agency_id) {
    return MakeError(ErrorCode::kInvalidArgument, "Hãy chọn cơ quan (agency)", "agency");
  }
  auto agency =
      agency_code.empty() ? org_->GetAgency(*who.agency_id) : org_->GetAgencyByCode(agency_code);
  if (!agency && agency.error().code == ErrorCode::kNotFound) {
    return MakeError(ErrorCode::kNotFound,
                     "Không tìm thấy cơ quan có mã " + std::string(agency_code), "agency");
  }
  if (!agency) return agency.error();
  if (!MaySee(who, agency->id)) {
    return MakeError(ErrorCode::kForbidden,
                     "Chỉ lãnh đạo, trưởng phòng của cơ quan, quản trị viên hoặc kiểm tra viên "
                     "được xem số liệu này");
  }
  const Timestamp now = clock_.Now();
  const Timestamp since =
      FromLocal(Date{std::chrono::sys_days{LocalDate(now)} - std::chrono::days(kDays - 1)},
                std::chrono::seconds(0));
  MOTCUA_ASSIGN_OR_RETURN(facts, repo_->AgencyDossiers(agency->id, since));
  return AgencyToday{*agency, ComputeToday(facts, now, kDays)};
}

}  // namespace motcua::stats
