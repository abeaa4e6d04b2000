// SPDX-License-Identifier: Apache-2.0
#include "storage/rating_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {

Status SqlRatingRepository::Add(const feedback::Rating& r) {
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_TRY(
        c.Execute("INSERT INTO dossier_ratings (dossier_code, score, comment, rated_by, "
                  "created_at) VALUES ($1, $2, $3, $4, $5)",
                  {r.dossier_code, r.score, r.comment, r.rated_by, ToSeconds(r.created_at)}));
    return Ok();
  });
}

Result<std::optional<feedback::Rating>> SqlRatingRepository::Get(std::string_view code) {
  using Out = std::optional<feedback::Rating>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOptional("SELECT dossier_code, score, comment, rated_by, created_at FROM "
                             "dossier_ratings WHERE dossier_code = $1",
                             {code}));
    if (!row) return Out();
    return Out(feedback::Rating{row->Text(0), static_cast<int>(row->Int(1)), row->Text(2),
                                row->Int(3), FromSeconds(row->Int(4))});
  });
}

}  // namespace motcua::storage
