// SPDX-License-Identifier: Apache-2.0
#include "storage/warehouse_store.h"

#include "storage/sql_time.h"

namespace motcua::storage {

using digitization::DocumentKind;
using digitization::WarehouseAccess;
using digitization::WarehouseDocument;

namespace {

constexpr std::string_view kColumns =
    "id, code, national_code, owner_kind, owner_id, owner_name, document_type_code, kind, "
    "title, issuer, issuer_agency_id, source, sha256, original_sha256, signer, issued_at, "
    "valid_until, revoked, dossier_code, component_id, digitized_by, attested_by, attested_at, "
    "fee_applies";

WarehouseDocument FromRow(const Row& r) {
  WarehouseDocument d;
  d.id = r.Int(0);
  d.code = r.Text(1);
  d.national_code = r.Text(2);
  d.owner_kind = r.Text(3);
  d.owner_id = r.Text(4);
  d.owner_name = r.Text(5);
  d.document_type_code = r.Text(6);
  d.kind = r.Text(7) == "result" ? DocumentKind::kResult : DocumentKind::kDigitizedCopy;
  d.title = r.Text(8);
  d.issuer = r.Text(9);
  d.issuer_agency_id = r.OptInt(10);
  d.source = digitization::ParseSource(r.Text(11)).value_or(digitization::Source::kPaperCopy);
  d.sha256 = r.Text(12);
  d.original_sha256 = r.Text(13);
  d.signer = r.Text(14);
  d.issued_at = FromSeconds(r.Int(15));
  if (auto v = r.OptText(16)) {
    if (auto day = ParseDate(*v)) d.valid_until = *day;
  }
  d.revoked = r.Int(17) != 0;
  d.dossier_code = r.OptText(18).value_or("");
  d.component_id = r.Text(19);
  d.digitized_by = r.OptInt(20);
  d.attested_by = r.OptInt(21);
  d.attested_at = FromSeconds(r.OptInt(22));
  d.fee_applies = r.Int(23) != 0;
  return d;
}

Result<WarehouseDocument> Insert(Connection& c, WarehouseDocument d, int seq,
                                 const std::function<Result<std::string>(int)>& make_code,
                                 std::optional<long long> component_file_id) {
  MOTCUA_ASSIGN_OR_RETURN(code, make_code(seq));
  d.code = code;
  std::optional<std::string> valid_until;
  if (d.valid_until) valid_until = FormatDate(*d.valid_until);
  std::optional<std::string> dossier_code;
  if (!d.dossier_code.empty()) dossier_code = d.dossier_code;
  MOTCUA_ASSIGN_OR_RETURN(
      row,
      c.QueryOne(
          "INSERT INTO warehouse_documents (code, national_code, owner_kind, owner_id, "
          "owner_name, document_type_code, kind, title, issuer, issuer_agency_id, source, "
          "sha256, original_sha256, signer, issued_at, valid_until, revoked, dossier_code, "
          "component_id, digitized_by, attested_by, attested_at, fee_applies) VALUES ($1, $2, "
          "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, "
          "$21, $22, $23) RETURNING id",
          {d.code, d.national_code, d.owner_kind, d.owner_id, d.owner_name, d.document_type_code,
           digitization::DocumentKindName(d.kind), d.title, d.issuer, d.issuer_agency_id,
           digitization::SourceName(d.source), d.sha256, d.original_sha256, d.signer,
           ToSeconds(d.issued_at), valid_until, d.revoked ? 1 : 0, dossier_code, d.component_id,
           d.digitized_by, d.attested_by, ToSeconds(d.attested_at), d.fee_applies ? 1 : 0},
          "insert document"));
  d.id = row.Int(0);
  if (component_file_id) {
    MOTCUA_TRY(c.Execute("UPDATE component_files SET document_code = $1, attested_by = $2, "
                         "attested_at = $3 WHERE id = $4",
                         {d.code, d.attested_by, ToSeconds(d.attested_at), *component_file_id}));
  }
  return d;
}

}  // namespace

Result<WarehouseDocument> SqlWarehouseRepository::Add(
    const WarehouseDocument& doc, const std::function<Result<std::string>(int)>& make_code,
    std::optional<long long> component_file_id) {
  // The sequence is counted inside the transaction. Two PostgreSQL writers may still count the
  // same number; the unique code then refuses one of them, which counts again.
  for (int attempt = 0;; ++attempt) {
    auto added = db_->Transact<WarehouseDocument>(
        TxMode::kWrite, [&](Connection& c) -> Result<WarehouseDocument> {
          MOTCUA_ASSIGN_OR_RETURN(
              count, c.QueryOne("SELECT COUNT(*) FROM warehouse_documents WHERE owner_id = $1 "
                                "AND document_type_code = $2",
                                {doc.owner_id, doc.document_type_code}, "count documents"));
          return Insert(c, doc, static_cast<int>(count.Int(0)) + 1, make_code,
                        component_file_id);
        });
    if (added || added.error().code != ErrorCode::kConflict || attempt == 4) return added;
  }
}

Result<std::vector<WarehouseDocument>> SqlWarehouseRepository::Select(std::string_view where,
                                                                      std::string_view order,
                                                                      std::string_view arg) {
  using Out = std::vector<WarehouseDocument>;
  const std::string sql = "SELECT " + std::string(kColumns) + " FROM warehouse_documents WHERE " +
                          std::string(where) + " = $1 ORDER BY " + std::string(order);
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(sql, {arg}));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Result<WarehouseDocument> SqlWarehouseRepository::Get(std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(found, Select("code", "id", code));
  if (found.empty()) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy giấy tờ có mã " + std::string(code),
                     "document_code");
  }
  return found.front();
}

Result<std::vector<WarehouseDocument>> SqlWarehouseRepository::ListByOwner(
    std::string_view owner_id) {
  return Select("owner_id", "issued_at DESC, id DESC", owner_id);
}

Result<std::vector<WarehouseDocument>> SqlWarehouseRepository::ListForDossier(
    std::string_view dossier_code) {
  return Select("dossier_code", "id", dossier_code);
}

Status SqlWarehouseRepository::LogAccess(const WarehouseAccess& a) {
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_TRY(c.Execute("INSERT INTO warehouse_access_log (at, user_id, user_name, owner_id, "
                         "document_code, action, dossier_code) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                         {ToSeconds(a.at), a.user_id, a.user_name, a.owner_id, a.document_code,
                          a.action, a.dossier_code}));
    return Ok();
  });
}

Result<std::vector<WarehouseAccess>> SqlWarehouseRepository::ListAccess(std::string_view owner_id,
                                                                        int limit) {
  using Out = std::vector<WarehouseAccess>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, c.Query("SELECT at, user_id, user_name, owner_id, document_code, action, "
                      "dossier_code FROM warehouse_access_log WHERE owner_id = $1 ORDER BY id "
                      "DESC LIMIT $2",
                      {owner_id, static_cast<long long>(limit)}));
    Out out;
    for (const auto& r : rows) {
      out.push_back({FromSeconds(r.Int(0)), r.OptInt(1), r.Text(2), r.Text(3), r.Text(4),
                     r.Text(5), r.Text(6)});
    }
    return out;
  });
}

}  // namespace motcua::storage
