// SPDX-License-Identifier: Apache-2.0
#include "payment/payment_service.h"

#include <spdlog/spdlog.h>

#include "common/local_time.h"
#include "payment/fee.h"

namespace motcua::payment {
namespace {

Error AlreadyPaid() {
  return MakeError(ErrorCode::kConflict, "Hồ sơ đã được thanh toán phí, lệ phí", "",
                   "already_paid");
}

}  // namespace

std::string FormatDong(long long amount_vnd) {
  std::string digits = std::to_string(amount_vnd < 0 ? -amount_vnd : amount_vnd);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return (amount_vnd < 0 ? "-" : "") + out + " đồng";
}

void PaymentService::AddProvider(std::unique_ptr<Provider> provider) {
  const std::string name(provider->Name());
  providers_[name] = std::move(provider);
}

Result<Payment> PaymentService::Start(const identity::Principal& who, std::string_view code,
                                      std::string_view provider_name,
                                      std::optional<int> fee_index) {
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(who, code));
  if (!identity::CanActOnDossier(who, dossier::DossierService::ScopeOf(d))) {
    return MakeError(ErrorCode::kForbidden, "Bạn không có quyền nộp phí cho hồ sơ này");
  }
  if (dossier::IsFinal(d.status)) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Hồ sơ đã kết thúc (" + std::string(dossier::StatusLabelVi(d.status)) +
                         "), không thể nộp phí",
                     "", "dossier_closed");
  }
  const auto provider = providers_.find(provider_name);
  if (provider == providers_.end()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Không hỗ trợ phương thức thanh toán \"" + std::string(provider_name) + "\"",
                     "provider");
  }
  MOTCUA_ASSIGN_OR_RETURN(procedure, d_.catalog->GetVersion(d.procedure_version_id));
  MOTCUA_ASSIGN_OR_RETURN(fee, ChooseFee(procedure.version.rules.fees, d.channel, fee_index));
  MOTCUA_ASSIGN_OR_RETURN(existing, d_.payments->ListForDossier(d.code));
  for (const auto& p : existing) {
    if (p.status == PaymentStatus::kPaid) return AlreadyPaid();
  }
  Payment p;
  p.dossier_code = d.code;
  p.provider = provider->first;
  p.amount_vnd = fee.amount_vnd;
  p.fee_name = fee.name;
  p.created_at = d_.clock->Now();
  p.created_by = who.user_id;
  MOTCUA_ASSIGN_OR_RETURN(id, d_.payments->Create(p));
  p.id = id;
  MOTCUA_ASSIGN_OR_RETURN(started, provider->second->Start(p));
  MOTCUA_TRY(d_.payments->SetProviderRef(id, started.provider_ref, started.pay_url));
  p.provider_ref = started.provider_ref;
  p.pay_url = started.pay_url;
  return p;
}

Result<std::vector<Payment>> PaymentService::List(const identity::Principal& who,
                                                  std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(who, code));
  return d_.payments->ListForDossier(d.code);
}

Result<Payment> PaymentService::Confirm(long long id,
                                        const std::map<std::string, std::string>& params) {
  auto found = d_.payments->Get(id);
  if (!found) {
    if (found.error().code == ErrorCode::kNotFound) {
      return MakeError(ErrorCode::kNotFound, "Không tìm thấy giao dịch thanh toán");
    }
    return found.error();
  }
  const Payment& p = *found;
  if (p.status == PaymentStatus::kPaid) return p;
  if (p.status == PaymentStatus::kFailed) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Giao dịch này đã bị hủy hoặc không thành công; hãy tạo giao dịch mới", "",
                     "payment_closed");
  }
  const auto provider = providers_.find(p.provider);
  if (provider == providers_.end()) {
    return MakeError(ErrorCode::kUnavailable, "Phương thức thanh toán hiện không khả dụng");
  }
  MOTCUA_ASSIGN_OR_RETURN(paid, provider->second->Confirm(p, params));
  if (!paid) return d_.payments->MarkFailed(id);
  const Timestamp now = d_.clock->Now();
  const int year = static_cast<int>(LocalDate(now).year());
  MOTCUA_ASSIGN_OR_RETURN(stored, d_.payments->MarkPaid(id, now, year));
  NoteInHistory(stored);
  return stored;
}

void PaymentService::NoteInHistory(const Payment& p) {
  dossier::HistoryEntry e;
  e.at = *p.paid_at;
  e.actor_name = "Thanh toán trực tuyến (" + p.provider + ")";
  e.action = "pay";
  e.note = "Đã nộp " + FormatDong(p.amount_vnd) + " (" + p.fee_name + "), biên lai điện tử " +
           p.receipt_number;
  // The dossier may move at the same moment (an officer's action): read again and retry.
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto d = d_.dossier_repo->Get(p.dossier_code);
    if (!d) break;
    e.from = d->status;
    e.to = d->status;
    auto written = d_.dossier_repo->Update(*d, e);
    if (written) return;
    if (written.error().code != ErrorCode::kConflict) break;
  }
  spdlog::error("payment {}: paid, but the dossier {} history line was not written", p.id,
                p.dossier_code);
}

}  // namespace motcua::payment
