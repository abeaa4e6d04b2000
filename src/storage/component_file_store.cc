// SPDX-License-Identifier: Apache-2.0
#include "storage/component_file_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {

using digitization::ComponentFile;

Result<long long> SqlComponentFileRepository::Add(const ComponentFile& f) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne("INSERT INTO component_files (dossier_code, component_id, sha256, mime, "
                        "pages, size_bytes, file_name, uploaded_by, uploaded_at, ocr_status, "
                        "source, document_code) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                        {f.dossier_code, f.component_id, f.sha256, f.mime, f.pages, f.size_bytes,
                         f.file_name, f.uploaded_by, ToSeconds(f.uploaded_at), f.ocr_status,
                         digitization::SourceName(f.source), f.document_code},
                        "insert"));
    return row.Int(0);
  });
}

Result<std::vector<ComponentFile>> SqlComponentFileRepository::List(
    std::string_view dossier_code) {
  using Out = std::vector<ComponentFile>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT id, dossier_code, component_id, sha256, mime, "
                                          "pages, size_bytes, file_name, uploaded_by, "
                                          "uploaded_at, ocr_status, source, document_code, "
                                          "attested_by, attested_at FROM component_files WHERE "
                                          "dossier_code = $1 ORDER BY id",
                                          {dossier_code}));
    Out out;
    for (const auto& r : rows) {
      ComponentFile f;
      f.id = r.Int(0);
      f.dossier_code = r.Text(1);
      f.component_id = r.Text(2);
      f.sha256 = r.Text(3);
      f.mime = r.Text(4);
      f.pages = static_cast<int>(r.Int(5));
      f.size_bytes = r.Int(6);
      f.file_name = r.Text(7);
      f.uploaded_by = r.OptInt(8);
      f.uploaded_at = FromSeconds(r.Int(9));
      f.ocr_status = r.Text(10);
      f.source = digitization::ParseSource(r.Text(11)).value_or(digitization::Source::kPaperCopy);
      f.document_code = r.Text(12);
      f.attested_by = r.OptInt(13);
      if (auto at = r.OptInt(14)) f.attested_at = FromSeconds(*at);
      out.push_back(std::move(f));
    }
    return out;
  });
}

}  // namespace motcua::storage
