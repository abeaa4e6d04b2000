// SPDX-License-Identifier: Apache-2.0
#include "http/handlers/warehouse_json.h"

#include "common/utf8.h"

namespace motcua::http {
namespace {

using nlohmann::json;

json OptionalDate(const std::optional<Date>& d) { return d ? json(FormatDate(*d)) : json(); }

std::string StatusOn(const digitization::WarehouseDocument& d, Date today) {
  if (d.revoked) return "revoked";
  return digitization::IsValidOn(d, today) ? "valid" : "expired";
}

// "Nguyễn Văn An" -> "Nguyễn V. A.": the family name and initials.
std::string MaskName(const std::string& name) {
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string::npos) end = name.size();
    if (end > start) {
      const std::string word = name.substr(start, end - start);
      if (!out.empty()) out += ' ';
      if (first) {
        out += word;
      } else {
        const std::u32string cps = DecodeUtf8(word);
        if (!cps.empty()) {
          AppendUtf8(out, cps.front());
          out += '.';
        }
      }
      first = false;
    }
    start = end + 1;
  }
  return out;
}

std::string MaskId(const std::string& id) {
  if (id.size() <= 6) return std::string(id.size(), '*');
  return id.substr(0, 3) + std::string(id.size() - 6, '*') + id.substr(id.size() - 3);
}

}  // namespace

json ComponentFileToJson(const digitization::ComponentFile& f) {
  json j = {{"id", f.id},
            {"dossier_code", f.dossier_code},
            {"component_id", f.component_id},
            {"sha256", f.sha256},
            {"detected_type", f.mime},
            {"pages", f.pages},
            {"size_bytes", f.size_bytes},
            {"file_name", f.file_name},
            {"uploaded_at", FormatIso(f.uploaded_at)},
            {"ocr_status", f.ocr_status},
            {"source", digitization::SourceName(f.source)},
            {"attested", f.attested_at.has_value()},
            {"document_code", f.document_code.empty() ? json() : json(f.document_code)},
            {"url", "/api/v1/dossiers/" + f.dossier_code + "/files/" + std::to_string(f.id) +
                        "/content"}};
  if (f.attested_at) j["attested_at"] = FormatIso(*f.attested_at);
  return j;
}

json WarehouseDocumentToJson(const digitization::WarehouseDocument& d, Date today) {
  return {{"code", d.code},
          {"national_code", d.national_code.empty() ? json() : json(d.national_code)},
          {"kind", digitization::DocumentKindName(d.kind)},
          {"document_type_code", d.document_type_code},
          {"title", d.title},
          {"owner_id", d.owner_id},
          {"owner_name", d.owner_name},
          {"issuer", d.issuer},
          {"issued_at", FormatIso(d.issued_at)},
          {"valid_until", OptionalDate(d.valid_until)},
          {"status", StatusOn(d, today)},
          {"signed", !d.signer.empty()},
          {"signer", d.signer},
          {"source", digitization::SourceName(d.source)},
          {"sha256", d.sha256},
          {"dossier_code", d.dossier_code},
          {"component_id", d.component_id.empty() ? json() : json(d.component_id)},
          {"attested_at", d.attested_at ? json(FormatIso(*d.attested_at)) : json()},
          {"fee_applies", d.fee_applies}};
}

json DossierComponentsToJson(const digitization::DossierComponents& c, bool with_candidates) {
  json items = json::array();
  for (const auto& v : c.items) {
    json item = {
        {"component_id", v.component.id},
        {"name", v.component.name},
        {"required", v.component.required},
        {"document_type_code", v.component.document_type_code},
        {"digitization_class", catalog::DigitizationClassName(v.component.digitization_class)},
        {"digitization",
         v.decision.requirement == digitization::Requirement::kMandatory ? "mandatory"
                                                                         : "on_request"},
        {"document_code", v.document_code.empty() ? json() : json(v.document_code)},
        {"reused", v.reused},
        {"file_ids", json::array()}};
    for (const auto& f : v.files) item["file_ids"].push_back(f.id);
    if (with_candidates) {
      item["candidates"] = json::array();
      for (const auto& d : v.candidates) {
        item["candidates"].push_back({{"document_code", d.code},
                                      {"title", d.title},
                                      {"issuer", d.issuer},
                                      {"issued_at", FormatIso(d.issued_at)},
                                      {"valid_until", OptionalDate(d.valid_until)},
                                      {"signed", !d.signer.empty()}});
      }
    }
    items.push_back(std::move(item));
  }
  const double ratio = c.reuse.required == 0 ? 0.0
                                             : static_cast<double>(c.reuse.reused) /
                                                   static_cast<double>(c.reuse.required);
  return {{"items", items},
          {"reuse",
           {{"required", c.reuse.required}, {"reused", c.reuse.reused}, {"ratio", ratio}}}};
}

json VerificationToJson(const digitization::Verification& v) {
  const auto& d = v.document;
  return {{"document_code", d.code},
          {"kind", digitization::DocumentKindName(d.kind)},
          {"title", d.title},
          {"issuer", d.issuer},
          {"issued_at", FormatIso(d.issued_at)},
          {"valid_until", OptionalDate(d.valid_until)},
          {"status", v.status},
          {"owner", {{"name", MaskName(d.owner_name)}, {"id", MaskId(d.owner_id)}}},
          {"authentic", v.intact && v.trusted},
          {"signature",
           {{"intact", v.intact},
            {"trusted", v.trusted},
            {"signer", v.signer},
            {"signed_at", v.signed_at ? json(FormatIso(*v.signed_at)) : json()},
            {"problem", v.problem.empty() ? json() : json(v.problem)}}}};
}

}  // namespace motcua::http
