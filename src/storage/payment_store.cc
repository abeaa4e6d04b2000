// SPDX-License-Identifier: Apache-2.0
#include "storage/payment_store.h"

#include <cstdio>

#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using payment::Payment;
using payment::PaymentStatus;

constexpr std::string_view kColumns =
    "id, dossier_code, provider, amount_vnd, fee_name, status, provider_ref, pay_url, "
    "receipt_number, created_at, paid_at, created_by";

Payment FromRow(const Row& r) {
  Payment p;
  p.id = r.Int(0);
  p.dossier_code = r.Text(1);
  p.provider = r.Text(2);
  p.amount_vnd = r.Int(3);
  p.fee_name = r.Text(4);
  p.status = payment::ParsePaymentStatus(r.Text(5)).value_or(PaymentStatus::kFailed);
  p.provider_ref = r.Text(6);
  p.pay_url = r.Text(7);
  p.receipt_number = r.Text(8);
  p.created_at = FromSeconds(r.Int(9));
  p.paid_at = FromSeconds(r.OptInt(10));
  p.created_by = r.OptInt(11);
  return p;
}

Result<Payment> Load(Connection& c, long long id) {
  MOTCUA_ASSIGN_OR_RETURN(
      row, c.QueryOne("SELECT " + std::string(kColumns) + " FROM payments WHERE id = $1", {id},
                      "payment not found"));
  return FromRow(row);
}

Error NotPending() {
  return MakeError(ErrorCode::kFailedPrecondition, "Giao dịch không còn chờ thanh toán", "",
                   "payment_closed");
}

}  // namespace

Result<long long> SqlPaymentRepository::Create(const Payment& p) {
  return db_->Transact<long long>(TxMode::kWrite, [&](Connection& c) -> Result<long long> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne("INSERT INTO payments (dossier_code, provider, amount_vnd, fee_name, "
                        "status, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                        "RETURNING id",
                        {p.dossier_code, p.provider, p.amount_vnd, p.fee_name,
                         std::string(payment::PaymentStatusName(p.status)), ToSeconds(p.created_at),
                         p.created_by},
                        "insert"));
    return row.Int(0);
  });
}

Status SqlPaymentRepository::SetProviderRef(long long id, std::string_view provider_ref,
                                            std::string_view pay_url) {
  return db_->Transact<void>(TxMode::kWrite, [&](Connection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(
        n, c.Execute("UPDATE payments SET provider_ref = $1, pay_url = $2 WHERE id = $3",
                     {provider_ref, pay_url, id}));
    if (n == 0) return MakeError(ErrorCode::kNotFound, "payment not found");
    return Ok();
  });
}

Result<Payment> SqlPaymentRepository::Get(long long id) {
  return db_->Transact<Payment>(TxMode::kRead,
                                [&](Connection& c) -> Result<Payment> { return Load(c, id); });
}

Result<std::vector<Payment>> SqlPaymentRepository::ListForDossier(std::string_view code) {
  using Out = std::vector<Payment>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query("SELECT " + std::string(kColumns) +
                                              " FROM payments WHERE dossier_code = $1 ORDER BY id",
                                          {code}));
    Out out;
    for (const auto& r : rows) out.push_back(FromRow(r));
    return out;
  });
}

Result<Payment> SqlPaymentRepository::MarkPaid(long long id, Timestamp at, int year) {
  return db_->Transact<Payment>(TxMode::kWrite, [&](Connection& c) -> Result<Payment> {
    MOTCUA_ASSIGN_OR_RETURN(p, Load(c, id));
    if (p.status != PaymentStatus::kPending) return NotPending();
    MOTCUA_ASSIGN_OR_RETURN(
        paid, c.QueryOptional("SELECT id FROM payments WHERE dossier_code = $1 AND status = "
                              "'paid'",
                              {p.dossier_code}));
    if (paid) {
      return MakeError(ErrorCode::kConflict, "Hồ sơ đã được thanh toán phí, lệ phí", "",
                       "already_paid");
    }
    // The receipt number moves in the same transaction as the payment: none is issued twice
    // or skipped.
    MOTCUA_ASSIGN_OR_RETURN(
        seq, c.QueryOne("INSERT INTO receipt_sequences (year, last_number) VALUES ($1, 1) "
                        "ON CONFLICT (year) DO UPDATE SET last_number = "
                        "receipt_sequences.last_number + 1 RETURNING last_number",
                        {year}, "sequence"));
    char number[32];
    std::snprintf(number, sizeof number, "BL-%d-%06lld", year, seq.Int(0));
    MOTCUA_TRY(c.Execute(
        "UPDATE payments SET status = 'paid', paid_at = $1, receipt_number = $2 WHERE id = $3",
        {ToSeconds(at), std::string(number), id}));
    return Load(c, id);
  });
}

Result<Payment> SqlPaymentRepository::MarkFailed(long long id) {
  return db_->Transact<Payment>(TxMode::kWrite, [&](Connection& c) -> Result<Payment> {
    MOTCUA_ASSIGN_OR_RETURN(p, Load(c, id));
    if (p.status != PaymentStatus::kPending) return NotPending();
    MOTCUA_TRY(c.Execute("UPDATE payments SET status = 'failed' WHERE id = $1", {id}));
    return Load(c, id);
  });
}

}  // namespace motcua::storage
