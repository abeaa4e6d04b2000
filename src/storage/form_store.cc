// SPDX-License-Identifier: Apache-2.0
#include "storage/form_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {

using forms::StoredForm;

Result<long long> SqlFormRepository::Add(const StoredForm& f) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne("INSERT INTO dossier_forms (dossier_code, form, set_version, title, "
                        "blob_sha256, created_at, created_by) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                        {f.dossier_code, std::string(forms::FormKindName(f.kind)), f.set_version,
                         f.title, f.blob_sha256, ToSeconds(f.created_at), f.created_by},
                        "insert"));
    return row.Int(0);
  });
}

Result<std::vector<StoredForm>> SqlFormRepository::List(std::string_view dossier_code) {
  using Out = std::vector<StoredForm>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, c.Query("SELECT id, dossier_code, form, set_version, title, blob_sha256, "
                      "created_at, created_by FROM dossier_forms WHERE dossier_code = $1 "
                      "ORDER BY id",
                      {dossier_code}));
    Out out;
    for (const auto& r : rows) {
      const auto kind = forms::ParseFormKind(r.Text(2));
      if (!kind) continue;  // a form of a later release: not ours to serve
      out.push_back({r.Int(0), r.Text(1), *kind, r.Text(3), r.Text(4), r.Text(5),
                     FromSeconds(r.Int(6)), r.OptInt(7)});
    }
    return out;
  });
}

}  // namespace motcua::storage
