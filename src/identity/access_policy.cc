// SPDX-License-Identifier: Apache-2.0
#include "identity/access_policy.h"

#include <algorithm>

namespace motcua::identity {
namespace {

bool HasAgency(const Principal& p) { return p.agency_id.has_value() && *p.agency_id > 0; }

// Staff of the agency that received the dossier or now handles it. They differ after a transfer
// between agencies (liên thông, inter-agency processing), and both keep access.
bool IsStaffOfDossierAgency(const Principal& p, const DossierScope& d) {
  return IsStaffRole(p.role) && HasAgency(p) &&
         (*p.agency_id == d.receiving_agency_id || *p.agency_id == d.handling_agency_id);
}

bool IsStaffOfReaderAgency(const Principal& p, const DossierScope& d) {
  return IsStaffRole(p.role) && HasAgency(p) &&
         std::find(d.reader_agency_ids.begin(), d.reader_agency_ids.end(), *p.agency_id) !=
             d.reader_agency_ids.end();
}

bool IsOwnDossier(const Principal& p, const DossierScope& d) {
  return p.role == Role::kCitizen && !p.id_number.empty() && p.id_number == d.applicant_id_number;
}

}  // namespace

bool IsStaffRole(Role role) {
  return role == Role::kReception || role == Role::kSpecialist || role == Role::kDepartmentHead ||
         role == Role::kLeader;
}

bool CanReadDossier(const Principal& p, const DossierScope& d) {
  if (p.role == Role::kAdmin || p.role == Role::kAuditor) return true;
  return IsOwnDossier(p, d) || IsStaffOfDossierAgency(p, d) || IsStaffOfReaderAgency(p, d);
}

bool CanActOnDossier(const Principal& p, const DossierScope& d) {
  return IsOwnDossier(p, d) || IsStaffOfDossierAgency(p, d);
}

bool CanReceiveDossiers(const Principal& p) { return IsStaffRole(p.role) && HasAgency(p); }

bool CanAdminister(const Principal& p) { return p.role == Role::kAdmin; }

bool CanReadAudit(const Principal& p) { return p.role == Role::kAdmin || p.role == Role::kAuditor; }

}  // namespace motcua::identity
