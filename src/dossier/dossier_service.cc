// SPDX-License-Identifier: Apache-2.0
#include "dossier/dossier_service.h"

#include "calendar/deadline.h"
#include "dossier/apology.h"
#include "dossier/applicant.h"
#include "dossier/dossier_code.h"
#include "identity/password_hasher.h"
#include "identity/secure_random.h"

namespace motcua::dossier {
namespace {

using identity::Principal;
using identity::Role;

Error Invalid(std::string message, std::string field) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), std::move(field));
}

// Citizens submit for themselves online or at a kiosk; officers receive at the counter or by
// post.
Status CheckChannel(const Principal& who, Channel channel, const catalog::ProcedureRules& rules) {
  const bool citizen = who.role == Role::kCitizen;
  const bool self_service = channel == Channel::kOnline || channel == Channel::kKiosk;
  if (citizen && !self_service) {
    return Invalid("Công dân chỉ nộp hồ sơ trực tuyến hoặc tại ki-ốt", "channel");
  }
  if (!citizen && self_service) {
    return Invalid("Cán bộ tiếp nhận hồ sơ trực tiếp (counter) hoặc qua bưu chính (postal)",
                   "channel");
  }
  if (self_service && rules.online_level == catalog::OnlineLevel::kNone) {
    return Invalid("Thủ tục này chưa cung cấp dịch vụ công trực tuyến", "channel");
  }
  return Ok();
}

}  // namespace

identity::DossierScope DossierService::ScopeOf(const Dossier& d) {
  return {d.applicant.id_number, d.receiving_agency_id, d.handling_agency_id};
}

Result<org::Agency> DossierService::ResolveHandlingAgency(
    const Principal& who, const catalog::Procedure& p, const CreateRequest& request,
    const std::optional<org::Agency>& receiving) {
  const auto& rules = p.version.rules;
  if (rules.level == "province") {
    auto agency = org_->GetAgencyByCode(rules.competent_agency_code);
    if (!agency) {
      return MakeError(ErrorCode::kInternal,
                       "competent agency " + rules.competent_agency_code + " of " + p.code +
                           " is missing from the map");
    }
    if (receiving && receiving->id != agency->id && !rules.boundary_free &&
        receiving->kind != org::AgencyKind::kServiceCentre) {
      return Invalid("Thủ tục này không tiếp nhận không phụ thuộc địa giới hành chính",
                     "procedure_code");
    }
    return agency;
  }
  // Commune procedures: the commune one-stop department that receives them, or the one named
  // when another office receives on its behalf.
  if (request.handling_agency_code.empty()) {
    if (receiving && receiving->kind == org::AgencyKind::kCommuneOneStop) return *receiving;
    return Invalid("Cần chọn bộ phận một cửa cấp xã có thẩm quyền giải quyết",
                   "handling_agency_code");
  }
  auto agency = org_->GetAgencyByCode(request.handling_agency_code);
  if (!agency || agency->kind != org::AgencyKind::kCommuneOneStop) {
    return Invalid("Không tìm thấy bộ phận một cửa cấp xã có mã " + request.handling_agency_code,
                   "handling_agency_code");
  }
  if (receiving && receiving->id != agency->id && !rules.boundary_free) {
    return Invalid("Thủ tục này không tiếp nhận không phụ thuộc địa giới hành chính",
                   "procedure_code");
  }
  (void)who;
  return agency;
}

Result<Created> DossierService::Create(const Principal& who, const CreateRequest& request) {
  const bool citizen = who.role == Role::kCitizen;
  if (!citizen && !identity::CanReceiveDossiers(who)) {
    return MakeError(ErrorCode::kForbidden, "Tài khoản này không được tiếp nhận hồ sơ");
  }
  const Timestamp now = clock_.Now();
  Applicant applicant = request.applicant;
  MOTCUA_TRY(NormalizeApplicant(applicant, static_cast<int>(LocalDate(now).year())));
  if (citizen && applicant.id_number != who.id_number) {
    return MakeError(ErrorCode::kForbidden,
                     "Công dân chỉ được nộp hồ sơ đứng tên mình", "applicant.id_number");
  }
  auto procedure = catalog_->Get(request.procedure_code, LocalDate(now));
  if (!procedure) {
    if (procedure.error().code != ErrorCode::kNotFound) return procedure.error();
    return Invalid("Không tìm thấy thủ tục có mã \"" + request.procedure_code + "\"",
                   "procedure_code");
  }
  const auto& rules = procedure->version.rules;
  MOTCUA_TRY(CheckChannel(who, request.channel, rules));

  std::optional<org::Agency> receiving;
  if (!citizen) {
    MOTCUA_ASSIGN_OR_RETURN(agency, org_->GetAgency(*who.agency_id));
    receiving = agency;
  }
  MOTCUA_ASSIGN_OR_RETURN(handling, ResolveHandlingAgency(who, *procedure, request, receiving));
  // Online dossiers are received by the one-stop department of the competent agency.
  const org::Agency& receiver = receiving ? *receiving : handling;

  const auto calendar = calendar_();
  const bool self_service =
      request.channel == Channel::kOnline || request.channel == Channel::kKiosk;
  const Timestamp received_at = self_service ? calendar->EffectiveReceipt(now) : now;

  NewDossier nd;
  Dossier& d = nd.dossier;
  d.procedure_code = procedure->code;
  d.procedure_version_id = procedure->version.id;
  d.receiving_agency_id = receiver.id;
  d.handling_agency_id = handling.id;
  d.channel = request.channel;
  d.status = self_service ? DossierStatus::kSubmittedOnline : DossierStatus::kReceived;
  d.applicant = applicant;
  d.submitted_at = now;
  d.received_at = received_at;
  d.due_at = calendar::ComputeDueAt(*calendar, received_at, rules.processing_time);
  d.created_by = who.user_id;
  nd.receiving_agency_code = receiver.code;
  nd.local_day = LocalDate(now);
  nd.first_entry = HistoryEntry{now, who.user_id, who.username, "create", std::nullopt, d.status,
                                request.note};
  if (!request.idempotency_key.empty()) {
    nd.idempotency_user = who.user_id;
    nd.idempotency_key = request.idempotency_key;
    nd.request_hash = request.request_hash;
  }
  // An applicant met for the first time gets an account, so that they can follow the dossier
  // and find their papers later. The hash is costly, so only when needed.
  MOTCUA_ASSIGN_OR_RETURN(has_account, dossiers_->HasAccount(applicant.id_number));
  if (!has_account) {
    IssuedAccount account;
    account.username = applicant.id_number;
    account.temporary_password = identity::RandomToken(6);
    account.password_hash = identity::HashPassword(account.temporary_password);
    nd.account = account;
  }
  MOTCUA_ASSIGN_OR_RETURN(outcome, dossiers_->Create(nd));
  MOTCUA_ASSIGN_OR_RETURN(stored, dossiers_->Get(outcome.code));
  if (!outcome.replayed) {
    for (const auto& observer : creation_observers_) observer(stored);
  }
  Created created{std::move(stored), outcome.replayed, std::nullopt};
  if (!outcome.replayed) created.account = nd.account;
  return created;
}

Result<Dossier> DossierService::Get(const Principal& who, std::string_view code) {
  MOTCUA_TRY(ValidateDossierCode(code));
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_->Get(code));
  auto scope = ScopeOf(d);
  if (!identity::CanReadDossier(who, scope) && reader_agencies_) {
    MOTCUA_ASSIGN_OR_RETURN(readers, reader_agencies_(d.code));
    scope.reader_agency_ids = std::move(readers);
  }
  if (!identity::CanReadDossier(who, scope)) {
    return MakeError(ErrorCode::kForbidden, "Bạn không có quyền xem hồ sơ này");
  }
  return d;
}

Result<Dossier> DossierService::Transition(const Principal& who, std::string_view code,
                                           std::string_view action_name,
                                           std::string_view note) {
  const auto action = ParseAction(action_name);
  if (!action) {
    return Invalid("Thao tác không hợp lệ: \"" + std::string(action_name) + "\"", "action");
  }
  if (note.size() > 4000) return Invalid("Ghi chú quá dài (tối đa 4000 byte)", "note");
  MOTCUA_ASSIGN_OR_RETURN(d, Get(who, code));
  if (!identity::CanActOnDossier(who, ScopeOf(d))) {
    return MakeError(ErrorCode::kForbidden, "Bạn không có quyền xử lý hồ sơ này");
  }
  MOTCUA_ASSIGN_OR_RETURN(plan, PlanTransition(d.status, *action, who.role, note, d.resume_status));
  const Timestamp now = clock_.Now();
  const DossierStatus from = d.status;
  switch (plan.clock) {
    case ClockEffect::kPause:
      d.paused_at = now;
      d.resume_status = from;
      break;
    case ClockEffect::kResume: {
      // The days the dossier waited on the applicant do not count against the agency.
      if (d.paused_at && d.due_at) {
        const auto calendar = calendar_();
        const int waited = calendar->WorkingDaysBetween(LocalDate(*d.paused_at), LocalDate(now));
        d.due_at = calendar->AddWorkingDays(*d.due_at, waited);
      }
      d.paused_at.reset();
      d.resume_status.reset();
      break;
    }
    case ClockEffect::kNone:
      break;
  }
  if (*action == Action::kApproveWithdrawal) {
    d.paused_at.reset();
    d.resume_status.reset();
  }
  d.status = plan.to;
  if (plan.to == DossierStatus::kResultReady) d.finished_at = now;
  if (plan.to == DossierStatus::kReturned) d.returned_at = now;
  const HistoryEntry entry{now,  who.user_id,  who.username,      std::string(action_name),
                           from, plan.to,      std::string(note)};
  MOTCUA_TRY(dossiers_->Update(d, entry));
  auto stored = dossiers_->Get(code);
  if (stored) {
    for (const auto& observer : observers_) observer(*stored);
  }
  return stored;
}

Status DossierService::CheckApology(const Dossier& d, std::string_view reason,
                                    const Date& new_date) const {
  const auto calendar = calendar_();
  if (!calendar) {
    return MakeError(ErrorCode::kUnavailable, "Chưa nạp được lịch làm việc; vui lòng thử lại sau");
  }
  return dossier::CheckApology(d, clock_.Now(), reason, new_date, *calendar);
}

Result<Dossier> DossierService::RecordApology(const Principal& who, const Dossier& d,
                                              std::string_view reason, const Date& new_date) {
  const auto calendar = calendar_();
  if (!calendar) {
    return MakeError(ErrorCode::kUnavailable, "Chưa nạp được lịch làm việc; vui lòng thử lại sau");
  }
  const Timestamp now = clock_.Now();
  MOTCUA_TRY(dossier::CheckApology(d, now, reason, new_date, *calendar));
  const HistoryEntry entry{now,      who.user_id, who.username, "apology",
                           d.status, d.status,    ApologyNote(new_date, reason)};
  MOTCUA_TRY(dossiers_->Reschedule(d, PromisedTime(new_date, *calendar), entry));
  return dossiers_->Get(d.code);
}

Result<std::vector<Dossier>> DossierService::List(const Principal& who, ListFilter filter) {
  if (filter.limit < 1 || filter.limit > 200) {
    return Invalid("limit phải từ 1 đến 200", "limit");
  }
  if (filter.offset < 0) return Invalid("offset không được âm", "offset");
  if (who.role == Role::kCitizen) {
    filter.applicant_id_number = who.id_number;
    filter.agency_id.reset();
  } else if (who.role != Role::kAdmin && who.role != Role::kAuditor) {
    if (!who.agency_id) return MakeError(ErrorCode::kForbidden, "Tài khoản chưa gắn với cơ quan");
    filter.agency_id = who.agency_id;
  }
  return dossiers_->List(filter);
}

}  // namespace motcua::dossier
