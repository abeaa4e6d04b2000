// SPDX-License-Identifier: Apache-2.0
#include "app/archive_sealer.h"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>
#include <set>

#include "archive/package_writer.h"
#include "dossier/dossier_json.h"

namespace motcua::app {
namespace {

using nlohmann::json;

// A name safe as one path segment of the bag: anything but letters, digits, '.', '-' and '_'
// becomes '_' (ids come from the catalog and document codes, never from uploaders).
std::string Segment(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == '_';
    out += ok ? c : '_';
  }
  if (out.empty() || out == "." || out == "..") out = "_" + out;
  return out;
}

std::string_view Extension(std::string_view mime) {
  if (mime == "application/pdf") return ".pdf";
  if (mime == "image/jpeg") return ".jpg";
  if (mime == "image/png") return ".png";
  if (mime == "image/tiff") return ".tif";
  return ".bin";
}

// When the dossier was closed: the time of the history line that closed it.
Timestamp ClosedAt(const dossier::Dossier& d, Timestamp now) {
  if (d.returned_at) return *d.returned_at;
  if (!d.history.empty()) return d.history.back().at;
  return now;
}

std::string AgencyName(org::OrgRepository& org, long long id) {
  auto agency = org.GetAgency(id);
  return agency ? agency->name : "";
}

}  // namespace

Result<archive::SealRequest> ArchiveSealer::Gather(const dossier::Dossier& d) {
  archive::SealRequest r;
  r.dossier_code = d.code;
  r.procedure_code = d.procedure_code;
  r.source_organization = AgencyName(*src_.org, d.handling_agency_id);
  r.sealed_at = clock_.Now();
  r.closed_at = ClosedAt(d, r.sealed_at);
  MOTCUA_ASSIGN_OR_RETURN(procedure, src_.catalog->GetVersion(d.procedure_version_id));
  r.retention_years = procedure.version.rules.retention_years;

  json meta;
  meta["format"] = "motcua-archive/1";
  meta["dossier"] = dossier::DossierToJson(d, r.closed_at, false);
  meta["procedure"] = {{"code", procedure.code},
                       {"name", procedure.version.rules.name},
                       {"version", procedure.version.version},
                       {"effective_from", FormatDate(procedure.version.effective_from)},
                       {"retention_years", r.retention_years}};
  meta["receiving_agency"] = AgencyName(*src_.org, d.receiving_agency_id);
  meta["handling_agency"] = r.source_organization;

  json components = json::array();
  MOTCUA_ASSIGN_OR_RETURN(files, src_.files->List(d.code));
  for (const auto& f : files) {
    const std::string path = "components/" + Segment(f.component_id) + "/" + std::to_string(f.id) +
                             std::string(Extension(f.mime));
    r.blobs.push_back({path, f.sha256});
    components.push_back({{"id", f.id},
                          {"component_id", f.component_id},
                          {"file_name", f.file_name},
                          {"mime", f.mime},
                          {"pages", f.pages},
                          {"size_bytes", f.size_bytes},
                          {"sha256", f.sha256},
                          {"uploaded_at", FormatIso(f.uploaded_at)},
                          {"source", digitization::SourceName(f.source)},
                          {"document_code", f.document_code},
                          {"path", "data/" + path}});
  }
  meta["components"] = std::move(components);

  json documents = json::array();
  MOTCUA_ASSIGN_OR_RETURN(docs, src_.warehouse->ListForDossier(d.code));
  for (const auto& doc : docs) {
    // The id keeps two codes that map to one segment apart.
    const std::string path =
        "documents/" + std::to_string(doc.id) + "-" + Segment(doc.code) + ".pdf";
    r.blobs.push_back({path, doc.sha256});
    documents.push_back({{"code", doc.code},
                         {"kind", digitization::DocumentKindName(doc.kind)},
                         {"title", doc.title},
                         {"issuer", doc.issuer},
                         {"signer", doc.signer},
                         {"issued_at", FormatIso(doc.issued_at)},
                         {"sha256", doc.sha256},
                         {"component_id", doc.component_id},
                         {"path", "data/" + path}});
  }
  meta["documents"] = std::move(documents);
  meta["closed_at"] = FormatIso(r.closed_at);
  meta["sealed_at"] = FormatIso(r.sealed_at);

  r.metadata_json = meta.dump(2) + "\n";
  r.history_json = dossier::DossierToJson(d, r.closed_at, true)["history"].dump(2) + "\n";
  return r;
}

Result<std::optional<archive::PackageInfo>> ArchiveSealer::SealIfClosed(const dossier::Dossier& d) {
  if (!dossier::IsFinal(d.status)) return std::optional<archive::PackageInfo>();
  if (auto recorded = src_.packages->Get(d.code)) {
    return std::optional<archive::PackageInfo>(*recorded);
  }
  MOTCUA_ASSIGN_OR_RETURN(request, Gather(d));
  MOTCUA_ASSIGN_OR_RETURN(package, archive::SealPackage(*src_.blobs, archive_root_, request));
  if (Status added = src_.packages->Add(package); !added) {
    // A concurrent seal of the same dossier recorded it first.
    if (added.error().code != ErrorCode::kConflict || !src_.packages->Get(d.code)) {
      return added.error();
    }
  }
  if (package.created) {
    spdlog::info("archive: sealed {} ({} files, {} bytes, retain until {})", d.code,
                 package.payload_files, package.payload_bytes,
                 package.retain_until ? FormatDate(*package.retain_until) : "permanent");
  }
  return std::optional<archive::PackageInfo>(std::move(package));
}

void ArchiveSealer::OnTransition(const dossier::Dossier& d) noexcept {
  try {
    if (auto sealed = SealIfClosed(d); !sealed) {
      spdlog::error("archive: cannot seal {}: {}", d.code, sealed.error().message);
    }
  } catch (const std::exception& e) {
    spdlog::error("archive: sealing {} threw: {}", d.code, e.what());
  }
}

int ArchiveSealer::SealPending() {
  if (const int removed = archive::RemoveInterruptedSeals(archive_root_); removed > 0) {
    spdlog::warn("archive: removed {} interrupted seals", removed);
  }
  constexpr int kBatch = 100;
  int sealed = 0;
  std::set<std::string> failed;
  while (true) {
    auto codes = src_.packages->ListClosedWithoutPackage(kBatch + static_cast<int>(failed.size()));
    if (!codes) {
      spdlog::error("archive: cannot list dossiers to seal: {}", codes.error().message);
      return sealed;
    }
    int attempted = 0;
    for (const auto& code : *codes) {
      if (failed.count(code) != 0) continue;
      ++attempted;
      auto d = src_.dossiers->Get(code);
      auto package = d ? SealIfClosed(*d) : Result<std::optional<archive::PackageInfo>>(d.error());
      if (package && *package) {
        ++sealed;
      } else {
        spdlog::error("archive: cannot seal {}: {}", code,
                      package ? "not closed" : package.error().message);
        failed.insert(code);
      }
    }
    if (attempted == 0) return sealed;
  }
}

}  // namespace motcua::app
