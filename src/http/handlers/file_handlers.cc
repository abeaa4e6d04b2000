// SPDX-License-Identifier: Apache-2.0
// Files of dossier components: upload (multipart) and list.
#include "http/handlers/handler_support.h"
#include "http/multipart.h"

namespace motcua::http {
namespace {

nlohmann::json FileToJson(const digitization::ComponentFile& f) {
  return {{"id", f.id},
          {"dossier_code", f.dossier_code},
          {"component_id", f.component_id},
          {"sha256", f.sha256},
          {"detected_type", f.mime},
          {"pages", f.pages},
          {"size_bytes", f.size_bytes},
          {"file_name", f.file_name},
          {"uploaded_at", FormatIso(f.uploaded_at)},
          {"ocr_status", f.ocr_status},
          {"attested", false}};
}

}  // namespace

void RegisterFileRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/dossiers/{code}/components/{component_id}/files", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto parts = ParseMultipart(req.Header("content-type"), req.body);
    if (!parts) return Fail(req, parts.error());
    const FormPart* file = nullptr;
    for (const auto& p : *parts) {
      if (p.name == "file") file = &p;
      // Attestation signs the copy and files it in the warehouse; it comes with issue 3.
      if (p.name == "attest" && p.data == "true") {
        return Fail(req, MakeError(ErrorCode::kFailedPrecondition,
                                   "Chức năng chứng thực bản số hóa chưa được cung cấp", "attest",
                                   "not_implemented"));
      }
    }
    if (!file) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument, "Thiếu tệp tải lên (trường file)",
                                 "file"));
    }
    auto stored = s.uploads->Upload(identity::ToPrincipal(*user), req.Param("code"),
                                    req.Param("component_id"), file->data, file->filename);
    if (!stored) return Fail(req, stored.error());
    return Json(201, FileToJson(*stored));
  });

  router.Add("GET", "/api/v1/dossiers/{code}/files", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto files = s.uploads->List(identity::ToPrincipal(*user), req.Param("code"));
    if (!files) return Fail(req, files.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& f : *files) items.push_back(FileToJson(f));
    return Json(200, {{"items", items}});
  });
}

}  // namespace motcua::http
