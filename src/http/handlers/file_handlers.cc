// SPDX-License-Identifier: Apache-2.0
// Files of dossier components: upload (multipart), list, and the stored bytes for viewing.
#include "http/handlers/handler_support.h"
#include "http/handlers/warehouse_json.h"
#include "http/multipart.h"

namespace motcua::http {
namespace {

std::string_view ExtensionOf(std::string_view mime) {
  if (mime == "application/pdf") return "pdf";
  if (mime == "image/jpeg") return "jpg";
  if (mime == "image/png") return "png";
  if (mime == "image/tiff") return "tif";
  return "bin";
}

}  // namespace

void RegisterFileRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/dossiers/{code}/components/{component_id}/files", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto parts = ParseMultipart(req.Header("content-type"), req.body);
    if (!parts) return Fail(req, parts.error());
    const FormPart* file = nullptr;
    std::string attest, requested_by, valid_until;
    for (const auto& p : *parts) {
      if (p.name == "file") file = &p;
      if (p.name == "attest") attest = p.data;
      if (p.name == "requested_by") requested_by = p.data;
      if (p.name == "valid_until") valid_until = p.data;
    }
    if (!file) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument, "Thiếu tệp tải lên (trường file)",
                                 "file"));
    }
    if (!attest.empty() && attest != "true" && attest != "false") {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument, "attest phải là true hoặc false",
                                 "attest"));
    }
    auto options = ParseAttestOptions(requested_by, valid_until);
    if (!options) return Fail(req, options.error());
    const auto principal = identity::ToPrincipal(*user);
    auto stored = s.uploads->Upload(principal, req.Param("code"), req.Param("component_id"),
                                    file->data, file->filename);
    if (!stored) return Fail(req, stored.error());
    if (attest == "true") {
      // The file is kept even when attestation fails; POST .../files/{id}/attest retries it.
      auto doc = s.warehouse->Attest({principal, user->full_name}, req.Param("code"), stored->id,
                                     *options);
      if (!doc) return Fail(req, doc.error());
      stored->document_code = doc->code;
      stored->attested_by = doc->attested_by;
      stored->attested_at = doc->attested_at;
    }
    return Json(201, ComponentFileToJson(*stored));
  });

  router.Add("GET", "/api/v1/dossiers/{code}/files", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto files = s.uploads->List(identity::ToPrincipal(*user), req.Param("code"));
    if (!files) return Fail(req, files.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& f : *files) items.push_back(ComponentFileToJson(f));
    return Json(200, {{"items", items}});
  });

  // The file as uploaded, for the officer's and the applicant's viewer: whoever may list the
  // dossier's files may read them. The type is the one detected from the bytes at upload; the
  // name is made here, not taken from the upload.
  router.Add("GET", "/api/v1/dossiers/{code}/files/{file_id}/content", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto files = s.uploads->List(identity::ToPrincipal(*user), req.Param("code"));
    if (!files) return Fail(req, files.error());
    for (const auto& f : *files) {
      if (std::to_string(f.id) != req.Param("file_id")) continue;
      auto bytes = s.blobs->Get(f.sha256);
      if (!bytes) return Fail(req, bytes.error());
      Response r;
      r.status = 200;
      r.content_type = f.mime;
      r.headers.emplace_back("Content-Disposition",
                             "inline; filename=\"" + f.dossier_code + "-" + std::to_string(f.id) +
                                 "." + std::string(ExtensionOf(f.mime)) + "\"");
      r.headers.emplace_back("Cache-Control", "private, no-store");
      r.headers.emplace_back("X-Content-Type-Options", "nosniff");
      r.body = std::move(*bytes);
      return r;
    }
    return Fail(req, MakeError(ErrorCode::kNotFound, "Không tìm thấy tệp trong hồ sơ", "file_id"));
  });
}

}  // namespace motcua::http
