// SPDX-License-Identifier: Apache-2.0
#include "storage/form_template_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using catalog::FormTemplate;

constexpr std::string_view kSelect =
    "SELECT procedure_code, component_id, sha256, file_name, media_type, size_bytes, "
    "uploaded_at, uploaded_by FROM form_templates ";

FormTemplate FromRow(const Row& r) {
  return {r.Text(0),  r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Int(5), FromSeconds(r.Int(6)),
          r.OptInt(7)};
}

Error Missing() {
  return MakeError(ErrorCode::kNotFound, "Thành phần hồ sơ này chưa có mẫu đơn, tờ khai",
                   "component_id");
}

}  // namespace

Status SqlFormTemplateRepository::Put(const FormTemplate& t) {
  // Both dialects know INSERT ... ON CONFLICT DO UPDATE (SQLite since 3.24).
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_TRY(c.Execute(
        "INSERT INTO form_templates (procedure_code, component_id, sha256, file_name, media_type, "
        "size_bytes, uploaded_at, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
        "ON CONFLICT (procedure_code, component_id) DO UPDATE SET sha256 = excluded.sha256, "
        "file_name = excluded.file_name, media_type = excluded.media_type, "
        "size_bytes = excluded.size_bytes, uploaded_at = excluded.uploaded_at, "
        "uploaded_by = excluded.uploaded_by",
        {t.procedure_code, t.component_id, t.sha256, t.file_name, t.media_type, t.size_bytes,
         ToSeconds(t.uploaded_at), t.uploaded_by}));
    return Ok();
  });
}

Result<FormTemplate> SqlFormTemplateRepository::Get(std::string_view procedure_code,
                                                    std::string_view component_id) {
  return db_->Transact<FormTemplate>(TxMode::kRead, [&](Connection& c) -> Result<FormTemplate> {
    MOTCUA_ASSIGN_OR_RETURN(
        row,
        c.QueryOptional(std::string(kSelect) + "WHERE procedure_code = $1 AND component_id = $2",
                        {std::string(procedure_code), std::string(component_id)}));
    if (!row) return Missing();
    return FromRow(*row);
  });
}

Result<std::vector<FormTemplate>> SqlFormTemplateRepository::List(std::string_view procedure_code) {
  using Out = std::vector<FormTemplate>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, c.Query(std::string(kSelect) + "WHERE procedure_code = $1 ORDER BY component_id",
                      {std::string(procedure_code)}));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Status SqlFormTemplateRepository::Remove(std::string_view procedure_code,
                                         std::string_view component_id) {
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(
        n, c.Execute("DELETE FROM form_templates WHERE procedure_code = $1 AND component_id = $2",
                     {std::string(procedure_code), std::string(component_id)}));
    if (n == 0) return Missing();
    return Ok();
  });
}

}  // namespace motcua::storage
