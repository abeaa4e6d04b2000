// SPDX-License-Identifier: Apache-2.0
// WarehouseService: reading, reuse, access rules and verification. Attestation and results,
// which make and sign PDFs, are in document_issuing.cc.
#include "digitization/warehouse_service.h"

#include <algorithm>

#include "blob/file_inspector.h"
#include "signing/verifier.h"

namespace motcua::digitization {
namespace {

Error Forbidden(std::string message) {
  return MakeError(ErrorCode::kForbidden, std::move(message));
}

}  // namespace

void WarehouseService::Log(const identity::Principal* who, std::string_view owner_id,
                           std::string_view document_code, std::string_view action,
                           std::string_view dossier_code) {
  WarehouseAccess a;
  a.at = d_.clock->Now();
  if (who) {
    a.user_id = who->user_id;
    a.user_name = who->username;
  }
  a.owner_id = std::string(owner_id);
  a.document_code = std::string(document_code);
  a.action = std::string(action);
  a.dossier_code = std::string(dossier_code);
  // The log must not turn a permitted read into an error; a failure shows in the server log.
  (void)d_.warehouse->LogAccess(a);
}

Status WarehouseService::CheckOwnerAccess(const identity::Principal& who,
                                          std::string_view owner_id,
                                          std::string_view dossier_code) {
  if (who.role == identity::Role::kCitizen) {
    if (who.id_number == owner_id) return Ok();
    return Forbidden("Bạn chỉ được xem kho dữ liệu của chính mình");
  }
  if (who.role == identity::Role::kAuditor) return Ok();
  if (dossier_code.empty()) {
    return MakeError(ErrorCode::kForbidden,
                     "Cán bộ chỉ được xem kho dữ liệu của công dân khi đang giải quyết hồ sơ của "
                     "người đó (ghi rõ mã hồ sơ)",
                     "dossier", "dossier_required");
  }
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(who, dossier_code));
  if (!identity::CanActOnDossier(who, dossier::DossierService::ScopeOf(d)) ||
      d.applicant.id_number != owner_id) {
    return Forbidden("Hồ sơ " + d.code + " không cho phép xem kho dữ liệu của người này");
  }
  if (dossier::IsFinal(d.status)) {
    return Forbidden("Hồ sơ " + d.code + " đã kết thúc; không còn quyền xem kho dữ liệu");
  }
  return Ok();
}

Result<DossierComponents> WarehouseService::Components(const identity::Principal& who,
                                                       std::string_view dossier_code) {
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(who, dossier_code));
  MOTCUA_ASSIGN_OR_RETURN(procedure, d_.catalog->GetVersion(d.procedure_version_id));
  MOTCUA_ASSIGN_OR_RETURN(files, d_.files->List(d.code));
  MOTCUA_ASSIGN_OR_RETURN(owned, d_.warehouse->ListByOwner(d.applicant.id_number));
  const Date today = LocalDate(d_.clock->Now());
  DossierComponents out;
  for (const auto& c : procedure.version.rules.components) {
    ComponentView v;
    v.component = c;
    v.decision = Decide(c.digitization_class, RequestedBy::kNobody);
    for (const auto& f : files) {
      if (f.component_id != c.id) continue;
      v.files.push_back(f);
      if (!f.document_code.empty()) v.document_code = f.document_code;
      v.reused = v.reused || f.source == Source::kWarehouseReuse;
    }
    for (const auto& doc : owned) {
      if (doc.document_type_code == c.document_type_code && !doc.signer.empty() &&
          IsValidOn(doc, today)) {
        v.candidates.push_back(doc);
      }
    }
    // An optional paper counts once it is supplied (a conditional paper that applies).
    if (c.required || !v.files.empty()) {
      ++out.reuse.required;
      if (v.reused) ++out.reuse.reused;
    }
    out.items.push_back(std::move(v));
  }
  if (!out.items.empty()) Log(&who, d.applicant.id_number, "", "reuse_lookup", d.code);
  return out;
}

Result<ComponentFile> WarehouseService::Reuse(const identity::Principal& who,
                                              std::string_view dossier_code,
                                              std::string_view component_id,
                                              std::string_view document_code) {
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(who, dossier_code));
  if (!identity::CanActOnDossier(who, dossier::DossierService::ScopeOf(d))) {
    return Forbidden("Bạn không có quyền bổ sung thành phần cho hồ sơ này");
  }
  if (dossier::IsFinal(d.status)) {
    return MakeError(ErrorCode::kFailedPrecondition, "Hồ sơ đã kết thúc", "", "dossier_closed");
  }
  MOTCUA_ASSIGN_OR_RETURN(procedure, d_.catalog->GetVersion(d.procedure_version_id));
  const catalog::Component* component = nullptr;
  for (const auto& c : procedure.version.rules.components) {
    if (c.id == component_id) component = &c;
  }
  if (!component) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Thủ tục này không có thành phần hồ sơ \"" + std::string(component_id) + "\"",
                     "component_id");
  }
  auto doc = d_.warehouse->Get(document_code);
  if (!doc || doc->owner_id != d.applicant.id_number) {
    // The same answer for "absent" and "someone else's": codes are guessable.
    return MakeError(ErrorCode::kNotFound,
                     "Kho dữ liệu của người nộp không có giấy tờ mã " + std::string(document_code),
                     "document_code");
  }
  if (doc->document_type_code != component->document_type_code) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Giấy tờ " + doc->code + " (loại " + doc->document_type_code +
                         ") không dùng được cho thành phần \"" + component->name + "\" (loại " +
                         component->document_type_code + ")",
                     "document_code", "wrong_type");
  }
  if (!IsValidOn(*doc, LocalDate(d_.clock->Now()))) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Giấy tờ " + doc->code + (doc->revoked ? " đã bị thu hồi" : " đã hết hiệu lực"),
                     "document_code", "document_invalid");
  }
  MOTCUA_ASSIGN_OR_RETURN(bytes, d_.blobs->Get(doc->sha256));
  MOTCUA_ASSIGN_OR_RETURN(inspected, blob::InspectFile(bytes));
  ComponentFile f;
  f.dossier_code = d.code;
  f.component_id = std::string(component_id);
  f.sha256 = doc->sha256;
  f.mime = inspected.mime;
  f.pages = inspected.pages;
  f.size_bytes = static_cast<long long>(bytes.size());
  f.file_name = doc->code + ".pdf";
  f.uploaded_by = who.user_id;
  f.uploaded_at = d_.clock->Now();
  // Its text is in the document already: nothing to recognise.
  f.ocr_status = "not_needed";
  f.source = Source::kWarehouseReuse;
  f.document_code = doc->code;
  MOTCUA_ASSIGN_OR_RETURN(id, d_.files->Add(f));
  f.id = id;
  Log(&who, d.applicant.id_number, doc->code, "reuse", d.code);
  return f;
}

Result<std::vector<WarehouseDocument>> WarehouseService::List(const identity::Principal& who,
                                                              std::string_view owner_id,
                                                              std::string_view dossier_code) {
  MOTCUA_TRY(CheckOwnerAccess(who, owner_id, dossier_code));
  MOTCUA_ASSIGN_OR_RETURN(docs, d_.warehouse->ListByOwner(owner_id));
  Log(&who, owner_id, "", "list", dossier_code);
  return docs;
}

Result<int> WarehouseService::CountValid(const identity::Principal& who,
                                         std::string_view owner_id) {
  const bool staff = identity::IsStaffRole(who.role) || identity::CanAdminister(who) ||
                     identity::CanReadAudit(who);
  if (!staff && (who.id_number.empty() || who.id_number != owner_id)) {
    return Forbidden("Không có quyền xem kho dữ liệu của người khác");
  }
  MOTCUA_ASSIGN_OR_RETURN(docs, d_.warehouse->ListByOwner(owner_id));
  const Date today = LocalDate(d_.clock->Now());
  const auto valid = std::count_if(docs.begin(), docs.end(),
                                   [&](const WarehouseDocument& d) { return IsValidOn(d, today); });
  Log(&who, owner_id, "", "lookup", "");
  return static_cast<int>(valid);
}

Result<std::pair<WarehouseDocument, std::string>> WarehouseService::Download(
    const identity::Principal& who, std::string_view document_code,
    std::string_view dossier_code) {
  auto doc = d_.warehouse->Get(document_code);
  if (!doc) return doc.error();
  // Staff may also read what was made in a dossier they may read (its attested copies and its
  // result); anything else needs the owner's rule.
  bool allowed = false;
  if (identity::IsStaffRole(who.role) && !doc->dossier_code.empty()) {
    allowed = d_.dossiers->Get(who, doc->dossier_code).has_value();
  }
  if (!allowed) {
    auto access = CheckOwnerAccess(who, doc->owner_id, dossier_code);
    if (!access) {
      // Citizens must not learn whether someone else's code exists.
      if (who.role == identity::Role::kCitizen) {
        return MakeError(ErrorCode::kNotFound,
                         "Không tìm thấy giấy tờ có mã " + std::string(document_code),
                         "document_code");
      }
      return access.error();
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(bytes, d_.blobs->Get(doc->sha256));
  Log(&who, doc->owner_id, doc->code, "download", dossier_code.empty() ? doc->dossier_code : dossier_code);
  return std::pair{*doc, bytes};
}

Result<std::pair<WarehouseDocument, std::string>> WarehouseService::DossierResult(
    const identity::Principal& who, std::string_view dossier_code) {
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(who, dossier_code));
  MOTCUA_ASSIGN_OR_RETURN(docs, d_.warehouse->ListForDossier(d.code));
  for (const auto& doc : docs) {
    if (doc.kind != DocumentKind::kResult) continue;
    MOTCUA_ASSIGN_OR_RETURN(bytes, d_.blobs->Get(doc.sha256));
    Log(&who, doc.owner_id, doc.code, "download", d.code);
    return std::pair{doc, bytes};
  }
  return MakeError(ErrorCode::kNotFound, "Hồ sơ " + d.code + " chưa có kết quả", "",
                   "no_result");
}

Result<Verification> WarehouseService::Verify(std::string_view document_code) {
  MOTCUA_ASSIGN_OR_RETURN(doc, d_.warehouse->Get(document_code));
  Verification v;
  v.document = doc;
  if (doc.revoked) {
    v.status = "revoked";
  } else {
    v.status = IsValidOn(doc, LocalDate(d_.clock->Now())) ? "valid" : "expired";
  }
  auto bytes = d_.blobs->Get(doc.sha256);
  if (!bytes) {
    v.problem = "the signed file is missing";
  } else {
    auto report = signing::VerifyPdf(*bytes, d_.keys->TrustedCaPems());
    if (!report) {
      v.problem = report.error().message;
    } else {
      v.intact = report->intact;
      v.trusted = report->trusted;
      v.signer = report->signer_common_name;
      v.signed_at = report->signing_time;
      v.problem = report->problem;
    }
  }
  Log(nullptr, doc.owner_id, doc.code, "verify", "");
  return v;
}

Result<std::vector<WarehouseAccess>> WarehouseService::AccessLog(const identity::Principal& who,
                                                                 std::string_view owner_id) {
  const bool own = who.role == identity::Role::kCitizen && who.id_number == owner_id;
  if (!own && !identity::CanReadAudit(who)) {
    return Forbidden("Chỉ chủ kho dữ liệu và kiểm tra viên được xem nhật ký truy cập");
  }
  return d_.warehouse->ListAccess(owner_id, 200);
}

}  // namespace motcua::digitization
