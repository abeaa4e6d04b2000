// SPDX-License-Identifier: Apache-2.0
// Authorization rules as pure functions of who is asking (Principal) and what they ask about
// (DossierScope). Handlers call these and answer kForbidden when they return false.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "identity/role.h"

namespace motcua::identity {

// The authenticated user behind a request.
struct Principal {
  long long user_id = 0;
  std::string username;
  Role role = Role::kCitizen;
  std::optional<long long> agency_id;  // set for staff; an agency id is always positive
  std::string id_number;  // citizens: personal number; organization accounts: canonical tax code
  // Staff: the name of their department (phòng, bộ phận) in their agency; empty for those who
  // belong to none (the agency's leaders, a desk serving every department).
  std::string department;
};

// The parts of a dossier that decide who may see or handle it.
struct DossierScope {
  std::string applicant_id_number;  // in the same canonical form as Principal::id_number
  long long receiving_agency_id = 0;
  long long handling_agency_id = 0;  // equals the receiving agency until the dossier is transferred
  // Agencies that accepted a signed transfer of the dossier's files (the transfer module): their
  // staff may read the dossier, not act on it.
  std::vector<long long> reader_agency_ids;
};

// True for the staff roles that process dossiers: reception, specialist, department head, leader.
bool IsStaffRole(Role role);

// Who may read a dossier: a citizen only their own (applicant id equals their non-empty
// id_number); staff when the dossier's receiving or handling agency is their agency, or one of its
// reader agencies; admins and auditors every dossier.
bool CanReadDossier(const Principal& p, const DossierScope& d);

// Who may act on a dossier (change its state, add notes or files): staff of its receiving or
// handling agency, and a citizen on their own dossier (the dossier module restricts which actions,
// e.g. supplementing or withdrawing). Admins never: they administer the system, they do not
// process dossiers, so an admin account cannot approve anything. Auditors never.
bool CanActOnDossier(const Principal& p, const DossierScope& d);

// True for staff that belong to an agency: they may receive new dossiers at its desk.
bool CanReceiveDossiers(const Principal& p);

// True for admins: manage accounts, agencies, procedures and configuration.
bool CanAdminister(const Principal& p);

// True for admins and auditors: read the audit log.
bool CanReadAudit(const Principal& p);

}  // namespace motcua::identity
