// SPDX-License-Identifier: Apache-2.0
#include "identity/access_policy.h"

#include <gtest/gtest.h>

namespace motcua::identity {
namespace {

constexpr long long kAgencyA = 10;
constexpr long long kAgencyB = 20;
constexpr long long kAgencyC = 30;

Principal Citizen(std::string id_number) {
  return Principal{1, "citizen", Role::kCitizen, std::nullopt, std::move(id_number)};
}
Principal Staff(Role role, std::optional<long long> agency) {
  return Principal{2, "officer", role, agency, ""};
}

// Received by A and handled by A.
const DossierScope kDossierOfA{"001090000001", kAgencyA, kAgencyA};
// Received by A, transferred to B for handling.
const DossierScope kTransferredToB{"001090000001", kAgencyA, kAgencyB};
const DossierScope kDossierOfB{"001090000002", kAgencyB, kAgencyB};

constexpr Role kStaffRoles[] = {Role::kReception, Role::kSpecialist, Role::kDepartmentHead,
                                Role::kLeader};

TEST(AccessPolicy, CitizenReadsAndActsOnOwnDossier) {
  const Principal me = Citizen("001090000001");
  EXPECT_TRUE(CanReadDossier(me, kDossierOfA));
  EXPECT_TRUE(CanActOnDossier(me, kDossierOfA));
  EXPECT_TRUE(CanReadDossier(me, kTransferredToB));
}

TEST(AccessPolicy, StaffOfAReaderAgencyReadButDoNotAct) {
  DossierScope shared = kDossierOfA;
  shared.reader_agency_ids = {kAgencyC};
  for (Role role : kStaffRoles) {
    EXPECT_TRUE(CanReadDossier(Staff(role, kAgencyC), shared));
    EXPECT_FALSE(CanActOnDossier(Staff(role, kAgencyC), shared));
    EXPECT_FALSE(CanReadDossier(Staff(role, kAgencyB), shared));
    EXPECT_FALSE(CanReadDossier(Staff(role, kAgencyC), kDossierOfA));
  }
  EXPECT_FALSE(CanReadDossier(Staff(Role::kCitizen, kAgencyC), shared));
}

TEST(AccessPolicy, CitizenCannotReadAnotherCitizensDossier) {
  const Principal me = Citizen("001090000001");
  EXPECT_FALSE(CanReadDossier(me, kDossierOfB));
  EXPECT_FALSE(CanActOnDossier(me, kDossierOfB));
}

TEST(AccessPolicy, CitizenWithoutIdNumberOwnsNothing) {
  const Principal anonymous = Citizen("");
  const DossierScope no_applicant{"", kAgencyA, kAgencyA};
  EXPECT_FALSE(CanReadDossier(anonymous, no_applicant));
  EXPECT_FALSE(CanActOnDossier(anonymous, no_applicant));
}

TEST(AccessPolicy, CitizenHasNoStaffPowers) {
  Principal me = Citizen("001090000001");
  me.agency_id = kAgencyA;  // a stray agency id does not make a citizen staff
  EXPECT_FALSE(CanReceiveDossiers(me));
  EXPECT_FALSE(CanAdminister(me));
  EXPECT_FALSE(CanReadAudit(me));
  EXPECT_FALSE(CanReadDossier(me, kDossierOfB));
}

TEST(AccessPolicy, StaffReadAndActWithinTheirAgency) {
  for (Role role : kStaffRoles) {
    const Principal officer = Staff(role, kAgencyA);
    EXPECT_TRUE(CanReadDossier(officer, kDossierOfA)) << RoleName(role);
    EXPECT_TRUE(CanActOnDossier(officer, kDossierOfA)) << RoleName(role);
    EXPECT_TRUE(CanReceiveDossiers(officer)) << RoleName(role);
    EXPECT_FALSE(CanAdminister(officer)) << RoleName(role);
    EXPECT_FALSE(CanReadAudit(officer)) << RoleName(role);
  }
}

TEST(AccessPolicy, OfficerOfAgencyACannotActOnDossierOfAgencyB) {
  for (Role role : kStaffRoles) {
    const Principal officer = Staff(role, kAgencyA);
    EXPECT_FALSE(CanActOnDossier(officer, kDossierOfB)) << RoleName(role);
    EXPECT_FALSE(CanReadDossier(officer, kDossierOfB)) << RoleName(role);
  }
}

TEST(AccessPolicy, ReceivingAndHandlingAgenciesBothHaveAccess) {
  const Principal of_a = Staff(Role::kReception, kAgencyA);
  const Principal of_b = Staff(Role::kSpecialist, kAgencyB);
  const Principal of_c = Staff(Role::kSpecialist, kAgencyC);
  EXPECT_TRUE(CanReadDossier(of_a, kTransferredToB));
  EXPECT_TRUE(CanActOnDossier(of_a, kTransferredToB));
  EXPECT_TRUE(CanReadDossier(of_b, kTransferredToB));
  EXPECT_TRUE(CanActOnDossier(of_b, kTransferredToB));
  EXPECT_FALSE(CanReadDossier(of_c, kTransferredToB));
  EXPECT_FALSE(CanActOnDossier(of_c, kTransferredToB));
}

TEST(AccessPolicy, StaffWithoutAgencyHaveNoDossierAccess) {
  for (Role role : kStaffRoles) {
    for (std::optional<long long> agency : {std::optional<long long>(), std::optional(0LL)}) {
      const Principal officer = Staff(role, agency);
      const DossierScope unassigned{"001090000001", 0, 0};
      EXPECT_FALSE(CanReceiveDossiers(officer)) << RoleName(role);
      EXPECT_FALSE(CanReadDossier(officer, unassigned)) << RoleName(role);
      EXPECT_FALSE(CanActOnDossier(officer, unassigned)) << RoleName(role);
    }
  }
}

TEST(AccessPolicy, AdminReadsAllAdministersButDoesNotProcess) {
  const Principal admin = Staff(Role::kAdmin, kAgencyA);
  EXPECT_TRUE(CanReadDossier(admin, kDossierOfA));
  EXPECT_TRUE(CanReadDossier(admin, kDossierOfB));
  EXPECT_FALSE(CanActOnDossier(admin, kDossierOfA));  // even in their own agency
  EXPECT_FALSE(CanReceiveDossiers(admin));
  EXPECT_TRUE(CanAdminister(admin));
  EXPECT_TRUE(CanReadAudit(admin));
}

TEST(AccessPolicy, AuditorReadsEverythingAndChangesNothing) {
  const Principal auditor = Staff(Role::kAuditor, kAgencyA);
  EXPECT_TRUE(CanReadDossier(auditor, kDossierOfA));
  EXPECT_TRUE(CanReadDossier(auditor, kDossierOfB));
  EXPECT_FALSE(CanActOnDossier(auditor, kDossierOfA));
  EXPECT_FALSE(CanActOnDossier(auditor, kDossierOfB));
  EXPECT_FALSE(CanReceiveDossiers(auditor));
  EXPECT_FALSE(CanAdminister(auditor));
  EXPECT_TRUE(CanReadAudit(auditor));
}

TEST(AccessPolicy, StaffRoles) {
  for (Role role : kStaffRoles) EXPECT_TRUE(IsStaffRole(role));
  EXPECT_FALSE(IsStaffRole(Role::kCitizen));
  EXPECT_FALSE(IsStaffRole(Role::kAdmin));
  EXPECT_FALSE(IsStaffRole(Role::kAuditor));
}

}  // namespace
}  // namespace motcua::identity
