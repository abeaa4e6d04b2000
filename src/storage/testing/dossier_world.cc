// SPDX-License-Identifier: Apache-2.0
#include "storage/testing/dossier_world.h"

#include "storage/catalog_store.h"
#include "storage/dossier_store.h"
#include "storage/org_store.h"

namespace motcua::storage::testing {

using namespace std::chrono_literals;

Result<DossierWorld> DossierWorld::Create(std::shared_ptr<Database> db,
                                          const std::string& procedure_code) {
  DossierWorld world(db, procedure_code);
  SqlOrgRepository org(db);
  MOTCUA_TRY(org.PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}));
  catalog::ImportEntry e;
  e.code = procedure_code;
  e.effective_from = MakeDate(2025, 7, 1);
  e.rules.name = "Thủ tục thử " + procedure_code;
  e.rules.field = "Hộ tịch";
  e.rules.level = "commune";
  SqlCatalogRepository catalog(db);
  MOTCUA_TRY(catalog.PutVersions({e}, Timestamp(0s)));
  MOTCUA_ASSIGN_OR_RETURN(procedure, catalog.Get(procedure_code, MakeDate(2026, 1, 1)));
  world.version_id_ = procedure.version.id;
  return world;
}

Result<long long> DossierWorld::AddAgency(const std::string& code, const std::string& name,
                                          org::AgencyKind kind) {
  return SqlOrgRepository(db_).CreateAgency({0, code, name, kind, "27"});
}

Result<std::string> DossierWorld::AddDossier(const std::string& agency_code,
                                             dossier::DossierStatus status) {
  MOTCUA_ASSIGN_OR_RETURN(agency, SqlOrgRepository(db_).GetAgencyByCode(agency_code));
  dossier::NewDossier nd;
  auto& d = nd.dossier;
  d.procedure_code = procedure_code_;
  d.procedure_version_id = version_id_;
  d.receiving_agency_id = agency.id;
  d.handling_agency_id = agency.id;
  d.applicant = {"citizen", "001090000001", "Nguyễn Văn An", "", "", ""};
  d.submitted_at = MakeLocalTime(2026, 11, 25, 9, 0);
  d.received_at = d.submitted_at;
  d.due_at = d.submitted_at + 72h;
  nd.receiving_agency_code = agency_code;
  nd.local_day = MakeDate(2026, 11, 25);
  nd.first_entry = {d.submitted_at, std::nullopt, "tiepnhan", "create", std::nullopt,
                    dossier::DossierStatus::kReceived, ""};
  SqlDossierRepository repo(db_);
  MOTCUA_ASSIGN_OR_RETURN(created, repo.Create(nd));
  if (status != dossier::DossierStatus::kReceived) {
    MOTCUA_ASSIGN_OR_RETURN(stored, repo.Get(created.code));
    dossier::Dossier moved = stored;
    moved.status = status;
    MOTCUA_TRY(repo.Update(moved, {d.submitted_at + 1h, std::nullopt, "chuyenvien", "test",
                                   dossier::DossierStatus::kReceived, status, ""}));
  }
  return created.code;
}

}  // namespace motcua::storage::testing
