// SPDX-License-Identifier: Apache-2.0
// The procedure catalog: search, read, versions, import and export.
#include "catalog/procedure_json.h"
#include "http/handlers/form_template_json.h"
#include "http/handlers/handler_support.h"

namespace motcua::http {

void RegisterCatalogRoutes(Router& router, const ApiServices& s) {
  // Public: anyone may look up procedures without signing in.
  router.Add("GET", "/api/v1/procedures", [s](Request& req) {
    catalog::SearchRequest q;
    q.text = req.Query("q");
    q.level = req.Query("level");
    q.field = req.Query("field");
    auto limit = IntQuery(req, "limit", 50, 1, 500);
    if (!limit) return Fail(req, limit.error());
    auto offset = IntQuery(req, "offset", 0, 0, 1000000);
    if (!offset) return Fail(req, offset.error());
    q.limit = *limit;
    q.offset = *offset;
    auto found = s.catalog->Search(q);
    if (!found) return Fail(req, found.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& p : *found) items.push_back(catalog::ProcedureSummaryToJson(p));
    return Json(200, {{"items", items}, {"limit", q.limit}, {"offset", q.offset}});
  });

  router.Add("GET", "/api/v1/procedures/{code}", [s](Request& req) {
    auto p = s.catalog->Get(req.Param("code"));
    if (!p) return Fail(req, p.error());
    auto templates = s.templates->ListFor(*p);
    if (!templates) return Fail(req, templates.error());
    nlohmann::json out = catalog::ProcedureToJson(*p);
    AddFormTemplates(out, *templates);
    return Json(200, out);
  });

  router.Add("GET", "/api/v1/catalog/export", [s](Request& req) {
    return Reply(req, s.catalog->Export());
  });

  router.Add("POST", "/api/v1/catalog/import", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    if (!identity::CanAdminister(identity::ToPrincipal(*user))) {
      return Fail(req, MakeError(ErrorCode::kForbidden, "Chỉ quản trị viên được nhập danh mục"));
    }
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto report = s.catalog->Import(*body);
    if (!report) return Fail(req, report.error());
    return Json(200, {{"procedures", report->procedures}, {"new_versions", report->new_versions}});
  });
}

}  // namespace motcua::http
