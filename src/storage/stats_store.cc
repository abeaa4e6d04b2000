// SPDX-License-Identifier: Apache-2.0
#include "storage/stats_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {

Result<std::vector<stats::DossierFacts>> SqlStatsRepository::AgencyDossiers(long long agency_id,
                                                                            Timestamp since) {
  using Out = std::vector<stats::DossierFacts>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, c.Query("SELECT d.code, d.procedure_code, p.name, d.applicant_name, d.status, "
                      "d.received_at, d.due_at, d.paused_at, d.finished_at, d.returned_at "
                      "FROM dossiers d JOIN procedures p ON p.code = d.procedure_code "
                      "WHERE (d.handling_agency_id = $1 OR d.receiving_agency_id = $1) AND "
                      "(d.status NOT IN ('returned', 'not_received', 'stopped') OR "
                      "d.received_at >= $2 OR d.submitted_at >= $2 OR d.returned_at >= $2) "
                      "ORDER BY d.code",
                      {agency_id, ToSeconds(since)}));
    Out out;
    for (const auto& r : rows) {
      const auto status = dossier::ParseStatus(r.Text(4));
      if (!status) continue;  // a status of a later release: not ours to count
      out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), *status, FromSeconds(r.OptInt(5)),
                     FromSeconds(r.OptInt(6)), FromSeconds(r.OptInt(7)), FromSeconds(r.OptInt(8)),
                     FromSeconds(r.OptInt(9))});
    }
    return out;
  });
}

}  // namespace motcua::storage
