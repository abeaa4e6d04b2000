// SPDX-License-Identifier: Apache-2.0
// The official forms of a dossier: the list, each PDF, and the apology of a late dossier.
#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

nlohmann::json FormToJson(const forms::StoredForm& f) {
  return {{"form", forms::FormKindName(f.kind)},
          {"title", f.title},
          {"set_version", f.set_version},
          {"created_at", FormatIso(f.created_at)}};
}

}  // namespace

void RegisterFormRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/dossiers/{code}/forms", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto list = s.forms->List(identity::ToPrincipal(*user), req.Param("code"));
    if (!list) return Fail(req, list.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& f : *list) items.push_back(FormToJson(f));
    return Json(200, {{"items", items}});
  });

  router.Add("GET", "/api/v1/dossiers/{code}/forms/{form}.pdf", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto file = s.forms->Get(identity::ToPrincipal(*user), req.Param("code"), req.Param("form"));
    if (!file) return Fail(req, file.error());
    Response r;
    r.status = 200;
    r.content_type = "application/pdf";
    r.headers.emplace_back("Content-Disposition", "inline; filename=\"" + file->form.dossier_code +
                                                      "-" + req.Param("form") + ".pdf\"");
    r.headers.emplace_back("Cache-Control", "private, no-store");
    r.body = std::move(file->pdf);
    return r;
  });

  router.Add("POST", "/api/v1/dossiers/{code}/apology", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto reason = StringField(*body, "reason", true);
    if (!reason) return Fail(req, reason.error());
    auto day_text = StringField(*body, "new_due_date", true);
    if (!day_text) return Fail(req, day_text.error());
    auto day = ParseDate(*day_text);
    if (!day) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument, "Ngày phải có dạng YYYY-MM-DD",
                                 "new_due_date"));
    }
    auto form =
        s.forms->Apologize(identity::ToPrincipal(*user), req.Param("code"), *reason, *day);
    if (!form) return Fail(req, form.error());
    return Json(201, FormToJson(*form));
  });
}

}  // namespace motcua::http
