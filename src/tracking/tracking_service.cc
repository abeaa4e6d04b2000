// SPDX-License-Identifier: Apache-2.0
#include "tracking/tracking_service.h"

#include "tracking/masked_name.h"

namespace motcua::tracking {

PublicDossier MakePublicDossier(const dossier::Dossier& d, std::string procedure_name,
                                std::string receiving_agency, std::string handling_agency,
                                Timestamp now) {
  PublicDossier p;
  p.code = d.code;
  p.status = d.status;
  p.channel = d.channel;
  p.procedure_code = d.procedure_code;
  p.procedure_name = std::move(procedure_name);
  p.receiving_agency = std::move(receiving_agency);
  p.handling_agency = std::move(handling_agency);
  p.applicant_masked = MaskPersonName(d.applicant.full_name);
  p.submitted_at = d.submitted_at;
  p.received_at = d.received_at;
  p.due_at = d.due_at;
  p.promised_at = d.promised_at;
  p.finished_at = d.finished_at;
  p.returned_at = d.returned_at;
  // The same rule as the dossier's own page: a dossier waiting on the applicant is not late.
  const Timestamp until = d.finished_at.value_or(d.paused_at.value_or(now));
  p.overdue = d.due_at && !dossier::IsFinal(d.status) && until > *d.due_at;
  for (const auto& e : d.history) {
    if (e.from && *e.from == e.to) continue;
    p.history.push_back({e.at, e.to});
  }
  return p;
}

std::string TrackingService::AgencyName(long long id) {
  auto agency = org_->GetAgency(id);
  return agency ? agency->name : std::string();
}

Result<PublicDossier> TrackingService::Track(std::string_view code) {
  auto d = dossiers_->Get(code);
  if (!d) {
    if (d.error().code != ErrorCode::kNotFound) return d.error();
    return MakeError(ErrorCode::kNotFound,
                     "Không tìm thấy hồ sơ có mã " + std::string(code) +
                         ". Vui lòng kiểm tra lại mã trên giấy tiếp nhận.",
                     "code");
  }
  std::string procedure_name;
  if (auto p = catalog_->GetVersion(d->procedure_version_id)) {
    procedure_name = p->version.rules.name;
  }
  return MakePublicDossier(*d, std::move(procedure_name), AgencyName(d->receiving_agency_id),
                           AgencyName(d->handling_agency_id), clock_.Now());
}

}  // namespace motcua::tracking
