// SPDX-License-Identifier: Apache-2.0
// For repository tests whose rows need real dossiers to point at: a province, agencies, one
// procedure, and dossiers received on Wednesday 25/11/2026 at 09:00, written through the
// repositories themselves.
#pragma once

#include <memory>
#include <string>

#include "dossier/dossier_status.h"
#include "org/org.h"
#include "storage/database.h"

namespace motcua::storage::testing {

class DossierWorld {
 public:
  // Creates province 27 (Bắc Ninh) and the procedure `procedure_code` (commune level).
  static Result<DossierWorld> Create(std::shared_ptr<Database> db,
                                     const std::string& procedure_code = "2.000488");

  // Adds an agency of the province; returns its id.
  Result<long long> AddAgency(const std::string& code, const std::string& name,
                              org::AgencyKind kind);

  // Receives a dossier of Nguyễn Văn An at `agency_code` (which also handles it), then writes
  // `status` over it when that is not kReceived. Returns its code.
  Result<std::string> AddDossier(const std::string& agency_code,
                                 dossier::DossierStatus status = dossier::DossierStatus::kReceived);

  long long procedure_version_id() const { return version_id_; }

 private:
  DossierWorld(std::shared_ptr<Database> db, std::string procedure_code)
      : db_(std::move(db)), procedure_code_(std::move(procedure_code)) {}

  std::shared_ptr<Database> db_;
  std::string procedure_code_;
  long long version_id_ = 0;
};

}  // namespace motcua::storage::testing
