// SPDX-License-Identifier: Apache-2.0
#include "transfer/transfer_service.h"

#include <algorithm>
#include <set>

#include "common/utf8.h"

namespace motcua::transfer {
namespace {

using identity::Principal;

constexpr size_t kMaxNoteBytes = 2000;

bool IsStaffWithAgency(const Principal& p) {
  return identity::IsStaffRole(p.role) && p.agency_id.has_value() && *p.agency_id > 0;
}

Error Forbidden(std::string message) {
  return MakeError(ErrorCode::kForbidden, std::move(message));
}

}  // namespace

std::string_view TransferStateName(TransferState state) {
  switch (state) {
    case TransferState::kSent:
      return "sent";
    case TransferState::kAccepted:
      return "accepted";
    case TransferState::kRefused:
      return "refused";
  }
  return "sent";
}

std::optional<TransferState> ParseTransferState(std::string_view name) {
  for (auto s : {TransferState::kSent, TransferState::kAccepted, TransferState::kRefused}) {
    if (TransferStateName(s) == name) return s;
  }
  return std::nullopt;
}

Result<std::vector<digitization::ComponentFile>> TransferService::FilesToSend(
    std::string_view dossier_code, const std::vector<std::string>& component_ids) {
  MOTCUA_ASSIGN_OR_RETURN(all, files_.List(dossier_code));
  const std::set<std::string> wanted(component_ids.begin(), component_ids.end());
  for (const auto& id : wanted) {
    const bool has_file =
        std::any_of(all.begin(), all.end(), [&](const auto& f) { return f.component_id == id; });
    if (!has_file) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "Thành phần hồ sơ \"" + id + "\" chưa có tệp nào để chuyển",
                       "component_ids");
    }
  }
  std::vector<digitization::ComponentFile> out;
  for (auto& f : all) {
    if (wanted.empty() || wanted.count(f.component_id)) out.push_back(std::move(f));
  }
  if (out.empty()) {
    return MakeError(ErrorCode::kFailedPrecondition, "Hồ sơ chưa có tệp nào để chuyển", "",
                     "no_files");
  }
  return out;
}

Result<Transfer> TransferService::Send(const Principal& who, std::string_view dossier_code,
                                       const SendRequest& request) {
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, dossier_code));
  if (!IsStaffWithAgency(who) ||
      !identity::CanActOnDossier(who, dossier::DossierService::ScopeOf(d))) {
    return Forbidden("Bạn không có quyền chuyển hồ sơ này sang cơ quan khác");
  }
  if (request.to_agency_code.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "Thiếu cơ quan nhận (to_agency)", "to_agency");
  }
  auto to = org_.GetAgencyByCode(request.to_agency_code);
  if (!to && to.error().code == ErrorCode::kNotFound) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Không tìm thấy cơ quan có mã \"" + request.to_agency_code + "\"",
                     "to_agency");
  }
  if (!to) return to.error();
  if (to->id == *who.agency_id) {
    return MakeError(ErrorCode::kInvalidArgument, "Cơ quan nhận phải khác cơ quan gửi",
                     "to_agency");
  }
  if (request.note.size() > kMaxNoteBytes || !IsValidUtf8(request.note)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Ghi chú phải là văn bản UTF-8 dài tối đa 2000 byte", "note");
  }
  MOTCUA_ASSIGN_OR_RETURN(from, org_.GetAgency(*who.agency_id));
  MOTCUA_ASSIGN_OR_RETURN(files, FilesToSend(d.code, request.component_ids));
  MOTCUA_ASSIGN_OR_RETURN(signer, keys_.SignerFor(from.code));

  const Timestamp now = clock_.Now();
  Manifest m;
  m.transfer_id = NewTransferId();
  m.dossier_code = d.code;
  m.procedure_code = d.procedure_code;
  m.from = {from.code, from.name};
  m.to = {to->code, to->name};
  m.created_at = now;
  m.note = request.note;
  for (const auto& f : files) {
    m.files.push_back({f.component_id, f.file_name, f.mime, f.size_bytes, f.sha256});
  }
  Transfer t;
  t.uuid = m.transfer_id;
  t.dossier_code = d.code;
  t.from_agency_id = from.id;
  t.to_agency_id = to->id;
  t.manifest = ToCanonicalJson(m);
  MOTCUA_ASSIGN_OR_RETURN(signature, signer->SignDetached(t.manifest, now));
  t.signature = std::move(signature);
  t.signer_name = signer->common_name();
  t.created_by = who.user_id;
  t.created_at = now;
  MOTCUA_ASSIGN_OR_RETURN(id, transfers_.Add(t));
  t.id = id;
  return t;
}

Result<Transfer> TransferService::Get(const Principal& who, long long id) {
  MOTCUA_ASSIGN_OR_RETURN(t, transfers_.Get(id));
  const bool party = IsStaffWithAgency(who) &&
                     (*who.agency_id == t.from_agency_id || *who.agency_id == t.to_agency_id);
  if (!party && who.role != identity::Role::kAdmin && who.role != identity::Role::kAuditor) {
    return Forbidden("Bạn không có quyền xem lần chuyển hồ sơ này");
  }
  return t;
}

Result<std::vector<Transfer>> TransferService::List(const Principal& who, Direction direction) {
  if (!IsStaffWithAgency(who)) {
    return Forbidden("Chỉ cán bộ của cơ quan mới xem được danh sách hồ sơ chuyển đến, chuyển đi");
  }
  return transfers_.ListForAgency(*who.agency_id, direction);
}

Result<Received> TransferService::Receive(const Principal& who, long long id) {
  MOTCUA_ASSIGN_OR_RETURN(t, transfers_.Get(id));
  if (!IsStaffWithAgency(who) || *who.agency_id != t.to_agency_id) {
    return Forbidden("Chỉ cán bộ của cơ quan nhận mới được tiếp nhận hồ sơ chuyển đến");
  }
  if (t.state != TransferState::kSent) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     t.state == TransferState::kAccepted
                         ? "Lần chuyển hồ sơ này đã được tiếp nhận trước đó"
                         : "Lần chuyển hồ sơ này đã bị từ chối trước đó",
                     "", "already_decided");
  }
  MOTCUA_ASSIGN_OR_RETURN(from, org_.GetAgency(t.from_agency_id));
  MOTCUA_ASSIGN_OR_RETURN(to, org_.GetAgency(t.to_agency_id));
  const ExpectedTransfer expected{t.uuid, t.dossier_code, from.code, to.code, from.name};
  MOTCUA_ASSIGN_OR_RETURN(
      v, VerifyTransfer(t.manifest, t.signature, expected, keys_.TrustedCaPems(), blobs_));
  const auto state = v.accepted ? TransferState::kAccepted : TransferState::kRefused;
  MOTCUA_TRY(transfers_.Decide(id, state, v.reason, v.message, who.user_id, clock_.Now()));
  MOTCUA_ASSIGN_OR_RETURN(stored, transfers_.Get(id));
  return Received{std::move(stored), std::move(v)};
}

}  // namespace motcua::transfer
