// SPDX-License-Identifier: Apache-2.0
// DossierRepository on SQL (both dialects): the daily code sequence, optimistic updates and the
// append-only history.
#pragma once

#include <memory>

#include "dossier/dossier.h"
#include "storage/database.h"
#include "storage/group_commit.h"

namespace motcua::storage {

// Intakes go through group commit: under load, many dossiers share one durable commit, while
// each still gets its own code and its own answer (see group_commit.h).
class SqlDossierRepository final : public dossier::DossierRepository {
 public:
  explicit SqlDossierRepository(std::shared_ptr<Database> db);
  ~SqlDossierRepository() override;
  Result<dossier::CreateOutcome> Create(const dossier::NewDossier& d) override;
  Result<dossier::Dossier> Get(std::string_view code) override;
  Status Update(const dossier::Dossier& d, const dossier::HistoryEntry& entry) override;
  Status Reschedule(const dossier::Dossier& d, Timestamp promised_at,
                    const dossier::HistoryEntry& entry) override;
  Result<std::vector<dossier::Dossier>> List(const dossier::ListFilter& filter) override;
  Result<bool> HasAccount(std::string_view id_number) override;
  Result<std::optional<dossier::Applicant>> FindApplicant(std::string_view id_number) override;
  Result<std::optional<dossier::ApplicantAccount>> FindAccount(
      std::string_view id_number) override;

 private:
  using IntakeCommitter = GroupCommitter<dossier::NewDossier, dossier::CreateOutcome>;
  std::shared_ptr<Database> db_;
  std::unique_ptr<IntakeCommitter> intake_;
};

}  // namespace motcua::storage
