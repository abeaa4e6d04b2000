// SPDX-License-Identifier: Apache-2.0
// WarehouseService: the documents it makes and signs — attested copies of component files and
// the results of procedures — and how each gets its code.
#include <algorithm>

#include "digitization/warehouse_service.h"
#include "documents/image_pdf.h"
#include "documents/pdf_renderer.h"

namespace motcua::digitization {
namespace {

std::string DateVi(Timestamp t) { return FormatDateVi(LocalDate(t)); }

// The national result-type code is not in our catalog for every procedure; without one the
// result is coded KQ-<procedure code without dots>, which stays unique per procedure.
std::string ResultTypeCode(const catalog::Procedure& p) {
  if (!p.version.rules.result.document_type_code.empty()) {
    return p.version.rules.result.document_type_code;
  }
  std::string code = "KQ-";
  for (char c : p.code) {
    if (c != '.') code += c;
  }
  return code;
}

Date AddMonths(Date day, int months) {
  std::chrono::year_month_day out = day + std::chrono::months(months);
  if (!out.ok()) out = out.year() / out.month() / std::chrono::last;
  return out;
}

Result<std::string> SignedCopy(const signing::PdfSigner& signer, std::string_view original,
                               bool is_pdf, const std::string& footer,
                               const signing::SignatureInfo& info) {
  if (is_pdf) {
    // An electronic original keeps its own bytes (and text layer) under our signature; only a
    // PDF our signer cannot update is rebuilt from its rendered pages.
    auto signed_pdf = signer.Sign(original, info);
    if (signed_pdf || signed_pdf.error().code != ErrorCode::kInvalidArgument) return signed_pdf;
  }
  MOTCUA_ASSIGN_OR_RETURN(pdf, documents::ImageFileToPdf(original, {.footer = footer}));
  return signer.Sign(pdf, info);
}

}  // namespace

Result<WarehouseDocument> WarehouseService::Store(
    WarehouseDocument doc, std::optional<long long> component_file_id,
    const std::function<Result<std::string>(const std::string& code)>& make_pdf) {
  // The code is printed on the PDF before it is stored, so it is chosen first from the current
  // count; if another writer takes the same number meanwhile, the repository refuses and we
  // choose again.
  for (int attempt = 0;; ++attempt) {
    MOTCUA_ASSIGN_OR_RETURN(owned, d_.warehouse->ListByOwner(doc.owner_id));
    const int seq = 1 + static_cast<int>(std::count_if(owned.begin(), owned.end(), [&](auto& o) {
                      return o.document_type_code == doc.document_type_code;
                    }));
    MOTCUA_ASSIGN_OR_RETURN(code, format_.Format(doc.owner_id, doc.document_type_code, seq));
    MOTCUA_ASSIGN_OR_RETURN(pdf, make_pdf(code));
    MOTCUA_ASSIGN_OR_RETURN(sha, d_.blobs->Put(pdf));
    doc.sha256 = sha;
    auto stored = d_.warehouse->Add(
        doc,
        [&](int counted) -> Result<std::string> {
          if (counted != seq) return MakeError(ErrorCode::kConflict, "sequence moved", "", "race");
          return code;
        },
        component_file_id);
    if (stored || stored.error().code != ErrorCode::kConflict || attempt == 3) return stored;
  }
}

Result<WarehouseDocument> WarehouseService::Attest(const Actor& who, std::string_view dossier_code,
                                                   long long file_id,
                                                   const AttestOptions& options) {
  const auto& p = who.principal;
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(p, dossier_code));
  if (!identity::IsStaffRole(p.role) || !p.agency_id ||
      !identity::CanActOnDossier(p, dossier::DossierService::ScopeOf(d))) {
    return MakeError(ErrorCode::kForbidden,
                     "Chỉ cán bộ đang giải quyết hồ sơ mới được chứng thực bản số hóa");
  }
  if (dossier::IsFinal(d.status)) {
    return MakeError(ErrorCode::kFailedPrecondition, "Hồ sơ đã kết thúc", "", "dossier_closed");
  }
  MOTCUA_ASSIGN_OR_RETURN(files, d_.files->List(d.code));
  auto file = std::find_if(files.begin(), files.end(), [&](auto& f) { return f.id == file_id; });
  if (file == files.end()) {
    return MakeError(ErrorCode::kNotFound, "Hồ sơ không có tệp số " + std::to_string(file_id),
                     "file_id");
  }
  if (!file->document_code.empty()) {
    return MakeError(ErrorCode::kConflict,
                     "Tệp này đã được chứng thực với mã " + file->document_code, "file_id",
                     "already_attested");
  }
  MOTCUA_ASSIGN_OR_RETURN(procedure, d_.catalog->GetVersion(d.procedure_version_id));
  const auto& components = procedure.version.rules.components;
  auto component = std::find_if(components.begin(), components.end(),
                                [&](auto& c) { return c.id == file->component_id; });
  if (component == components.end()) {
    return MakeError(ErrorCode::kInternal, "component " + file->component_id + " vanished");
  }
  MOTCUA_ASSIGN_OR_RETURN(agency, d_.org->GetAgency(*p.agency_id));
  MOTCUA_ASSIGN_OR_RETURN(signer, d_.keys->SignerFor(agency.code));
  MOTCUA_ASSIGN_OR_RETURN(original, d_.blobs->Get(file->sha256));
  const auto decision = Decide(component->digitization_class, options.requested_by);
  const Timestamp now = d_.clock->Now();

  WarehouseDocument doc;
  doc.owner_kind = d.applicant.kind;
  doc.owner_id = d.applicant.id_number;
  doc.owner_name = d.applicant.full_name;
  doc.document_type_code = component->document_type_code;
  doc.kind = DocumentKind::kDigitizedCopy;
  doc.title = component->name;
  doc.issuer = agency.name;
  doc.issuer_agency_id = agency.id;
  doc.source = file->source;
  doc.original_sha256 = file->sha256;
  doc.signer = signer->common_name();
  doc.issued_at = now;
  doc.valid_until = options.valid_until;
  doc.dossier_code = d.code;
  doc.component_id = component->id;
  doc.digitized_by = file->uploaded_by;
  doc.attested_by = p.user_id;
  doc.attested_at = now;
  doc.fee_applies = decision.fee_applies;
  return Store(doc, file->id, [&](const std::string& code) -> Result<std::string> {
    const std::string footer = "Bản số hóa " + code + " — hồ sơ " + d.code + " — chứng thực ngày " +
                               DateVi(now) + " bởi " + who.full_name;
    signing::SignatureInfo info;
    info.reason = "Chứng thực bản số hóa " + code + " đầy đủ, toàn vẹn, chính xác như bản gốc";
    info.location = agency.name;
    info.signer_name = who.full_name;
    info.time = now;
    return SignedCopy(*signer, original, file->mime == "application/pdf", footer, info);
  });
}

Result<WarehouseDocument> WarehouseService::IssueResult(const Actor& who,
                                                        std::string_view dossier_code,
                                                        const IssueResultRequest& request) {
  const auto& p = who.principal;
  MOTCUA_ASSIGN_OR_RETURN(d, d_.dossiers->Get(p, dossier_code));
  const bool signs = p.role == identity::Role::kLeader || p.role == identity::Role::kDepartmentHead;
  if (!signs || p.agency_id != d.handling_agency_id ||
      !identity::CanActOnDossier(p, dossier::DossierService::ScopeOf(d))) {
    return MakeError(ErrorCode::kForbidden,
                     "Chỉ lãnh đạo hoặc trưởng phòng của cơ quan giải quyết được ký ban hành kết quả");
  }
  MOTCUA_ASSIGN_OR_RETURN(made, d_.warehouse->ListForDossier(d.code));
  for (const auto& doc : made) {
    if (doc.kind != DocumentKind::kResult) continue;
    // A retry after the result was stored but before the dossier moved on finishes the move.
    if (d.status != dossier::DossierStatus::kProcessing) {
      return MakeError(ErrorCode::kConflict, "Hồ sơ đã có kết quả mã " + doc.code, "",
                       "result_exists");
    }
    MOTCUA_TRY(d_.dossiers->Transition(p, d.code, "finish", "Ban hành kết quả " + doc.code));
    return doc;
  }
  if (d.status != dossier::DossierStatus::kProcessing &&
      d.status != dossier::DossierStatus::kResultReady) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Chỉ ban hành kết quả cho hồ sơ đang xử lý (hiện: " +
                         std::string(dossier::StatusLabelVi(d.status)) + ")",
                     "", "invalid_transition");
  }
  if (request.content.size() > 20000) {
    return MakeError(ErrorCode::kInvalidArgument, "Nội dung kết quả quá dài", "content");
  }
  MOTCUA_ASSIGN_OR_RETURN(procedure, d_.catalog->GetVersion(d.procedure_version_id));
  MOTCUA_ASSIGN_OR_RETURN(agency, d_.org->GetAgency(d.handling_agency_id));
  MOTCUA_ASSIGN_OR_RETURN(signer, d_.keys->SignerFor(agency.code));
  const auto& spec = procedure.version.rules.result;
  const Timestamp now = d_.clock->Now();

  WarehouseDocument doc;
  doc.owner_kind = d.applicant.kind;
  doc.owner_id = d.applicant.id_number;
  doc.owner_name = d.applicant.full_name;
  doc.document_type_code = ResultTypeCode(procedure);
  doc.kind = DocumentKind::kResult;
  doc.title = !request.title.empty() ? request.title
              : !spec.name.empty()   ? spec.name
                                     : "Kết quả giải quyết thủ tục hành chính";
  doc.issuer = agency.name;
  doc.issuer_agency_id = agency.id;
  doc.source = Source::kIssuedResult;
  doc.signer = signer->common_name();
  doc.issued_at = now;
  doc.valid_until = request.valid_until;
  if (!doc.valid_until && spec.valid_months > 0) {
    doc.valid_until = AddMonths(LocalDate(now), spec.valid_months);
  }
  doc.dossier_code = d.code;
  MOTCUA_ASSIGN_OR_RETURN(stored, Store(doc, std::nullopt, [&](const std::string& code)
                                                               -> Result<std::string> {
    documents::Document pdf;
    pdf.title = doc.title;
    pdf.header_left = agency.name;
    std::string upper_title = doc.title;
    pdf.blocks.push_back(documents::DocumentBlock::Title(upper_title));
    std::vector<std::pair<std::string, std::string>> facts = {
        {"Mã giấy tờ", code},
        {"Mã hồ sơ", d.code},
        {"Thủ tục", procedure.version.rules.name + " (" + procedure.code + ")"},
        {"Cấp cho", d.applicant.full_name},
        {d.applicant.kind == "organization" ? "Mã số thuế" : "Số định danh cá nhân",
         d.applicant.id_number},
        {"Ngày cấp", DateVi(now)},
        {"Có giá trị đến", doc.valid_until ? FormatDateVi(*doc.valid_until) : "Không thời hạn"}};
    if (!d.applicant.address.empty()) facts.insert(facts.begin() + 5, {"Địa chỉ", d.applicant.address});
    pdf.blocks.push_back(documents::DocumentBlock::KeyValue(std::move(facts)));
    size_t start = 0;
    while (start < request.content.size()) {
      size_t end = request.content.find("\n\n", start);
      if (end == std::string::npos) end = request.content.size();
      pdf.blocks.push_back(documents::DocumentBlock::Paragraph(request.content.substr(start, end - start)));
      start = end + 2;
    }
    pdf.blocks.push_back(documents::DocumentBlock::Qr(
        verify_url_prefix_ + code, "Quét mã để kiểm tra tính xác thực của giấy tờ " + code, 28));
    pdf.blocks.push_back(documents::DocumentBlock::SignatureBox(
        std::string(identity::RoleTitleVi(p.role)), who.full_name));
    MOTCUA_ASSIGN_OR_RETURN(rendered, documents::RenderPdf(pdf));
    signing::SignatureInfo info;
    info.reason = "Ký số kết quả giải quyết thủ tục hành chính " + code;
    info.location = agency.name;
    info.signer_name = who.full_name;
    info.time = now;
    return signer->Sign(rendered, info);
  }));
  if (d.status == dossier::DossierStatus::kProcessing) {
    MOTCUA_TRY(d_.dossiers->Transition(p, d.code, "finish", "Ban hành kết quả " + stored.code));
  }
  return stored;
}

}  // namespace motcua::digitization
