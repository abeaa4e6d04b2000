// SPDX-License-Identifier: Apache-2.0
#include "storage/transfer_store.h"

#include "storage/sql_time.h"
#include "transfer/base64.h"

namespace motcua::storage {
namespace {

using transfer::Transfer;
using transfer::TransferState;

constexpr const char* kColumns =
    "SELECT id, uuid, dossier_code, from_agency_id, to_agency_id, manifest, signature, "
    "signer_name, state, reason, reason_message, created_by, created_at, decided_by, decided_at "
    "FROM transfers ";

Transfer FromRow(const Row& r) {
  Transfer t;
  t.id = r.Int(0);
  t.uuid = r.Text(1);
  t.dossier_code = r.Text(2);
  t.from_agency_id = r.Int(3);
  t.to_agency_id = r.Int(4);
  t.manifest = r.Text(5);
  // A signature that no longer decodes verifies as broken, which is what it is.
  t.signature = transfer::Base64Decode(r.Text(6)).value_or("");
  t.signer_name = r.Text(7);
  t.state = transfer::ParseTransferState(r.Text(8)).value_or(TransferState::kSent);
  t.reason = r.Text(9);
  t.reason_message = r.Text(10);
  t.created_by = r.OptInt(11);
  t.created_at = FromSeconds(r.Int(12));
  t.decided_by = r.OptInt(13);
  t.decided_at = FromSeconds(r.OptInt(14));
  return t;
}

}  // namespace

Result<long long> SqlTransferRepository::Add(const Transfer& t) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne("INSERT INTO transfers (uuid, dossier_code, from_agency_id, to_agency_id, "
                        "manifest, signature, signer_name, state, created_by, created_at) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7, 'sent', $8, $9) RETURNING id",
                        {t.uuid, t.dossier_code, t.from_agency_id, t.to_agency_id, t.manifest,
                         transfer::Base64Encode(t.signature), t.signer_name, t.created_by,
                         ToSeconds(t.created_at)},
                        "insert"));
    return row.Int(0);
  });
}

Result<Transfer> SqlTransferRepository::Get(long long id) {
  return db_->Transact<Transfer>(TxMode::kRead, [&](Connection& c) -> Result<Transfer> {
    MOTCUA_ASSIGN_OR_RETURN(row,
                            c.QueryOne(std::string(kColumns) + "WHERE id = $1", {id},
                                       "Không tìm thấy lần chuyển hồ sơ số " + std::to_string(id)));
    return FromRow(row);
  });
}

Result<std::vector<Transfer>> SqlTransferRepository::ListForAgency(long long agency_id,
                                                                   transfer::Direction direction) {
  const char* where = direction == transfer::Direction::kIncoming   ? "WHERE to_agency_id = $1 "
                      : direction == transfer::Direction::kOutgoing ? "WHERE from_agency_id = $1 "
                                                                    : "WHERE to_agency_id = $1 OR "
                                                                      "from_agency_id = $1 ";
  using Out = std::vector<Transfer>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, c.Query(std::string(kColumns) + where + "ORDER BY id DESC LIMIT 200", {agency_id}));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Status SqlTransferRepository::Decide(long long id, TransferState state, std::string_view reason,
                                     std::string_view reason_message, long long decided_by,
                                     Timestamp decided_at) {
  auto decided = db_->Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    // Only a sent transfer changes: of two receivers at once, the second finds it decided.
    MOTCUA_ASSIGN_OR_RETURN(
        changed, c.Execute("UPDATE transfers SET state = $1, reason = $2, reason_message = $3, "
                           "decided_by = $4, decided_at = $5 WHERE id = $6 AND state = 'sent'",
                           {transfer::TransferStateName(state), reason, reason_message, decided_by,
                            ToSeconds(decided_at), id}));
    if (changed == 1) return true;
    MOTCUA_ASSIGN_OR_RETURN(row,
                            c.QueryOne("SELECT state FROM transfers WHERE id = $1", {id},
                                       "Không tìm thấy lần chuyển hồ sơ số " + std::to_string(id)));
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Lần chuyển hồ sơ này đã được xử lý trước đó (" + row.Text(0) + ")", "",
                     "already_decided");
  });
  if (!decided) return decided.error();
  return Ok();
}

Result<std::vector<long long>> SqlTransferRepository::AcceptingAgencies(
    std::string_view dossier_code) {
  using Out = std::vector<long long>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT DISTINCT to_agency_id FROM transfers WHERE "
                                          "dossier_code = $1 AND state = 'accepted' "
                                          "ORDER BY to_agency_id",
                                          {dossier_code}));
    Out out;
    for (const auto& r : rows) out.push_back(r.Int(0));
    return out;
  });
}

}  // namespace motcua::storage
