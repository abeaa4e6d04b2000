// SPDX-License-Identifier: Apache-2.0
#include "storage/dossier_store.h"

#include <functional>

#include <nlohmann/json.hpp>

#include "dossier/dossier_code.h"
#include "identity/role.h"
#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using dossier::Dossier;
using dossier::HistoryEntry;

constexpr std::string_view kColumns =
    "SELECT code, procedure_code, procedure_version_id, receiving_agency_id, "
    "handling_agency_id, channel, status, applicant_kind, applicant_id_number, applicant_name, "
    "applicant_json, submitted_at, received_at, due_at, paused_at, resume_status, finished_at, "
    "returned_at, created_by, row_version, promised_at FROM dossiers ";

std::optional<std::string> StatusText(const std::optional<dossier::DossierStatus>& s) {
  if (!s) return std::nullopt;
  return std::string(dossier::StatusName(*s));
}

std::string ApplicantJson(const dossier::Applicant& a) {
  return nlohmann::json{{"phone", a.phone}, {"email", a.email}, {"address", a.address}}.dump();
}

Dossier FromRow(const Row& r) {
  Dossier d;
  d.code = r.Text(0);
  d.procedure_code = r.Text(1);
  d.procedure_version_id = r.Int(2);
  d.receiving_agency_id = r.Int(3);
  d.handling_agency_id = r.Int(4);
  d.channel = dossier::ParseChannel(r.Text(5)).value_or(dossier::Channel::kCounter);
  d.status = dossier::ParseStatus(r.Text(6)).value();
  d.applicant.kind = r.Text(7);
  d.applicant.id_number = r.Text(8);
  d.applicant.full_name = r.Text(9);
  const auto extra = nlohmann::json::parse(r.Text(10), nullptr, false);
  if (extra.is_object()) {
    d.applicant.phone = extra.value("phone", "");
    d.applicant.email = extra.value("email", "");
    d.applicant.address = extra.value("address", "");
  }
  d.submitted_at = FromSeconds(r.Int(11));
  d.received_at = FromSeconds(r.OptInt(12));
  d.due_at = FromSeconds(r.OptInt(13));
  d.paused_at = FromSeconds(r.OptInt(14));
  if (!r.IsNull(15)) d.resume_status = dossier::ParseStatus(r.Text(15));
  d.finished_at = FromSeconds(r.OptInt(16));
  d.returned_at = FromSeconds(r.OptInt(17));
  d.created_by = r.OptInt(18);
  d.row_version = static_cast<int>(r.Int(19));
  d.promised_at = FromSeconds(r.OptInt(20));
  return d;
}

Status AppendHistory(Connection& c, const std::string& code, const HistoryEntry& e) {
  MOTCUA_TRY(c.Execute("INSERT INTO dossier_history (dossier_code, at, actor_user_id, actor_name, "
                       "action, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5, $6, "
                       "$7, $8)",
                       {code, ToSeconds(e.at), e.actor_user_id, e.actor_name, e.action,
                        StatusText(e.from), std::string(dossier::StatusName(e.to)), e.note}));
  return Ok();
}

// One intake, inside the batch's transaction.
Result<dossier::CreateOutcome> InsertDossier(Connection& c, const dossier::NewDossier& nd) {
  using dossier::CreateOutcome;
  if (nd.idempotency_user) {
    if (c.dialect() == Dialect::kPostgres) {
      // Two retries of one request may arrive together; the second waits here for the first
      // to commit and then finds its key. (SQLite serialises writers already.)
      const long long lock_id = static_cast<long long>(
          std::hash<std::string>{}(std::to_string(*nd.idempotency_user) + "/" +
                                   nd.idempotency_key));
      MOTCUA_TRY(c.Query("SELECT pg_advisory_xact_lock($1::bigint)", {lock_id}));
    }
    MOTCUA_ASSIGN_OR_RETURN(seen, c.QueryOptional("SELECT request_hash, dossier_code FROM "
                                                  "idempotency_keys WHERE user_id = $1 AND "
                                                  "idem_key = $2",
                                                  {*nd.idempotency_user, nd.idempotency_key}));
    if (seen) {
      if (seen->Text(0) != nd.request_hash) {
        return MakeError(ErrorCode::kConflict,
                         "Idempotency-Key này đã được dùng cho một yêu cầu khác",
                         "Idempotency-Key", "idempotency_key_reused");
      }
      return CreateOutcome{seen->Text(1), true};
    }
  }
  const Dossier& d = nd.dossier;
  const std::string day = dossier::DayKey(nd.local_day);
  // The counter row is locked by this write until commit, so concurrent intakes at the same
  // unit queue here and each gets its own number; a crash rolls the number back with the
  // dossier, so no code is ever issued twice or skipped silently.
  MOTCUA_ASSIGN_OR_RETURN(
      seq, c.QueryOne("INSERT INTO dossier_sequences (agency_id, day, last_number) VALUES "
                      "($1, $2, 1) ON CONFLICT (agency_id, day) DO UPDATE SET last_number = "
                      "dossier_sequences.last_number + 1 RETURNING last_number",
                      {d.receiving_agency_id, day}, "sequence"));
  const std::string code =
      dossier::FormatDossierCode(nd.receiving_agency_code, nd.local_day, seq.Int(0));
  const long long now = ToSeconds(nd.first_entry.at);
  MOTCUA_TRY(c.Execute(
      "INSERT INTO applicants (id_number, kind, full_name, phone, email, address, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id_number) DO UPDATE SET "
      "full_name = excluded.full_name, phone = excluded.phone, email = excluded.email, "
      "address = excluded.address",
      {d.applicant.id_number, d.applicant.kind, d.applicant.full_name, d.applicant.phone,
       d.applicant.email, d.applicant.address, now}));
  if (nd.account) {
    // Another intake may have issued the account a moment ago: keep the first one.
    MOTCUA_TRY(c.Execute(
        "INSERT INTO users (username, password_hash, full_name, role, id_number, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        {nd.account->username, nd.account->password_hash, d.applicant.full_name,
         std::string(identity::RoleName(identity::Role::kCitizen)), d.applicant.id_number,
         now}));
  }
  MOTCUA_TRY(c.Execute(
      "INSERT INTO dossiers (code, procedure_code, procedure_version_id, receiving_agency_id, "
      "handling_agency_id, channel, status, applicant_kind, applicant_id_number, "
      "applicant_name, applicant_json, submitted_at, received_at, due_at, created_by) VALUES "
      "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
      {code, d.procedure_code, d.procedure_version_id, d.receiving_agency_id,
       d.handling_agency_id, std::string(dossier::ChannelName(d.channel)),
       std::string(dossier::StatusName(d.status)), d.applicant.kind, d.applicant.id_number,
       d.applicant.full_name, ApplicantJson(d.applicant), ToSeconds(d.submitted_at),
       ToSeconds(d.received_at), ToSeconds(d.due_at), d.created_by}));
  MOTCUA_TRY(AppendHistory(c, code, nd.first_entry));
  if (nd.idempotency_user) {
    MOTCUA_TRY(c.Execute("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, "
                         "dossier_code, created_at) VALUES ($1, $2, $3, $4, $5)",
                         {*nd.idempotency_user, nd.idempotency_key, nd.request_hash, code, now}));
  }
  return CreateOutcome{code, false};
}

// One write of a dossier checked against the row_version it was read at (`update` changes at
// most that row), with its history line, in one transaction. kConflict (concurrent_update)
// when someone changed the dossier in between; kNotFound when it does not exist.
Status VersionedWrite(Database& db, std::string_view update, const Params& params,
                      const std::string& code, const HistoryEntry& entry) {
  auto r = db.Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
    MOTCUA_ASSIGN_OR_RETURN(changed, c.Execute(update, params));
    if (changed != 1) {
      MOTCUA_ASSIGN_OR_RETURN(exists,
                              c.QueryOptional("SELECT 1 FROM dossiers WHERE code = $1", {code}));
      if (!exists) return MakeError(ErrorCode::kNotFound, "Không tìm thấy hồ sơ " + code);
      return MakeError(ErrorCode::kConflict,
                       "Hồ sơ vừa được người khác cập nhật; vui lòng tải lại và thử lại", "",
                       "concurrent_update");
    }
    MOTCUA_TRY(AppendHistory(c, code, entry));
    return true;
  });
  if (!r) return r.error();
  return Ok();
}

}  // namespace

SqlDossierRepository::SqlDossierRepository(std::shared_ptr<Database> db)
    : db_(db), intake_(std::make_unique<IntakeCommitter>(std::move(db), InsertDossier)) {}

SqlDossierRepository::~SqlDossierRepository() = default;

Result<dossier::CreateOutcome> SqlDossierRepository::Create(const dossier::NewDossier& nd) {
  return intake_->Submit(nd);
}

Result<Dossier> SqlDossierRepository::Get(std::string_view code) {
  return db_->Transact<Dossier>(TxMode::kRead, [&](Connection& c) -> Result<Dossier> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne(std::string(kColumns) + "WHERE code = $1", {code},
                                            "Không tìm thấy hồ sơ " + std::string(code)));
    Dossier d = FromRow(row);
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT at, actor_user_id, actor_name, action, "
                                          "from_status, to_status, note FROM dossier_history "
                                          "WHERE dossier_code = $1 ORDER BY id",
                                          {code}));
    for (const auto& r : rows) {
      HistoryEntry e;
      e.at = FromSeconds(r.Int(0));
      e.actor_user_id = r.OptInt(1);
      e.actor_name = r.Text(2);
      e.action = r.Text(3);
      if (!r.IsNull(4)) e.from = dossier::ParseStatus(r.Text(4));
      e.to = dossier::ParseStatus(r.Text(5)).value();
      e.note = r.Text(6);
      d.history.push_back(std::move(e));
    }
    return d;
  });
}

Status SqlDossierRepository::Update(const Dossier& d, const HistoryEntry& entry) {
  return VersionedWrite(
      *db_,
      "UPDATE dossiers SET status = $1, due_at = $2, paused_at = $3, resume_status = $4, "
      "finished_at = $5, returned_at = $6, handling_agency_id = $7, row_version = row_version + "
      "1 WHERE code = $8 AND row_version = $9",
      {std::string(dossier::StatusName(d.status)), ToSeconds(d.due_at), ToSeconds(d.paused_at),
       StatusText(d.resume_status), ToSeconds(d.finished_at), ToSeconds(d.returned_at),
       d.handling_agency_id, d.code, d.row_version},
      d.code, entry);
}

Status SqlDossierRepository::Reschedule(const Dossier& d, Timestamp promised_at,
                                        const HistoryEntry& entry) {
  return VersionedWrite(*db_,
                        "UPDATE dossiers SET promised_at = $1, row_version = row_version + 1 "
                        "WHERE code = $2 AND row_version = $3",
                        {ToSeconds(promised_at), d.code, d.row_version}, d.code, entry);
}

Result<std::vector<Dossier>> SqlDossierRepository::List(const dossier::ListFilter& f) {
  std::string sql(kColumns);
  Params params;
  sql += "WHERE 1 = 1";
  if (f.agency_id) {
    params.emplace_back(*f.agency_id);
    const std::string n = std::to_string(params.size());
    sql += " AND (receiving_agency_id = $" + n + " OR handling_agency_id = $" + n + ")";
  }
  if (!f.applicant_id_number.empty()) {
    params.emplace_back(f.applicant_id_number);
    sql += " AND applicant_id_number = $" + std::to_string(params.size());
  }
  if (f.status) {
    params.emplace_back(std::string(dossier::StatusName(*f.status)));
    sql += " AND status = $" + std::to_string(params.size());
  }
  params.emplace_back(f.limit);
  sql += " ORDER BY submitted_at DESC, code DESC LIMIT $" + std::to_string(params.size());
  params.emplace_back(f.offset);
  sql += " OFFSET $" + std::to_string(params.size());
  using Out = std::vector<Dossier>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(sql, params));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Result<bool> SqlDossierRepository::HasAccount(std::string_view id_number) {
  return db_->Transact<bool>(TxMode::kRead, [&](Connection& c) -> Result<bool> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOptional("SELECT 1 FROM users WHERE id_number = $1 OR "
                                                 "username = $1",
                                                 {id_number}));
    return row.has_value();
  });
}

Result<std::optional<dossier::Applicant>> SqlDossierRepository::FindApplicant(
    std::string_view id_number) {
  using Out = std::optional<dossier::Applicant>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOptional("SELECT kind, id_number, full_name, phone, "
                                                 "email, address FROM applicants WHERE "
                                                 "id_number = $1",
                                                 {id_number}));
    if (!row) return Out();
    return Out(dossier::Applicant{row->Text(0), row->Text(1), row->Text(2), row->Text(3),
                                  row->Text(4), row->Text(5)});
  });
}

Result<std::optional<dossier::ApplicantAccount>> SqlDossierRepository::FindAccount(
    std::string_view id_number) {
  using Out = std::optional<dossier::ApplicantAccount>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOptional("SELECT username, full_name FROM users WHERE "
                                                 "id_number = $1 OR username = $1 ORDER BY id "
                                                 "LIMIT 1",
                                                 {id_number}));
    if (!row) return Out();
    return Out(dossier::ApplicantAccount{row->Text(0), row->Text(1)});
  });
}

}  // namespace motcua::storage
