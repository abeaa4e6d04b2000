// SPDX-License-Identifier: Apache-2.0
// OCR of component files: one file's text and proposed fields, and search over the text.
#include <charconv>

#include "digitization/ocr_service.h"
#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

Result<long long> FileId(const Request& req) {
  const std::string text = req.Param("file_id");
  long long id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy tệp trong hồ sơ này", "file_id");
  }
  return id;
}

nlohmann::json OcrToJson(const digitization::FileOcr& ocr) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& f : ocr.fields) {
    fields.push_back({{"name", f.name}, {"value", f.value}, {"line", f.line}});
  }
  return {{"file_id", ocr.file_id},
          {"status", digitization::OcrStatusName(ocr.status)},
          {"text", ocr.text},
          {"confidence", ocr.confidence ? nlohmann::json(*ocr.confidence) : nlohmann::json()},
          {"fields", fields},
          {"error", ocr.error}};
}

}  // namespace

void RegisterOcrRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/dossiers/{code}/files/{file_id}/ocr", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto id = FileId(req);
    if (!id) return Fail(req, id.error());
    auto ocr = s.ocr->Get(identity::ToPrincipal(*user), req.Param("code"), *id);
    if (!ocr) return Fail(req, ocr.error());
    return Json(200, OcrToJson(*ocr));
  });

  router.Add("GET", "/api/v1/files/search", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto limit = IntQuery(req, "limit", 20, 1, 100);
    if (!limit) return Fail(req, limit.error());
    auto hits = s.ocr->Search(identity::ToPrincipal(*user), req.Query("q"), *limit);
    if (!hits) return Fail(req, hits.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& h : *hits) {
      items.push_back({{"dossier_code", h.dossier_code},
                       {"component_id", h.component_id},
                       {"file_id", h.file_id},
                       {"file_name", h.file_name},
                       {"snippet", h.snippet}});
    }
    return Json(200, {{"items", items}});
  });
}

}  // namespace motcua::http
