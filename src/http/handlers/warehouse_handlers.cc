// SPDX-License-Identifier: Apache-2.0
// The warehouse and its documents: what a dossier's components are and what the applicant's
// warehouse can supply, reuse, attestation, results, downloads and the public verification.
#include "http/handlers/handler_support.h"
#include "http/handlers/warehouse_json.h"
#include "http/multipart.h"

namespace motcua::http {
namespace {

using digitization::Actor;

Result<Actor> RequireActor(const Request& req, const ApiServices& s) {
  MOTCUA_ASSIGN_OR_RETURN(user, RequireUser(req, s));
  return Actor{identity::ToPrincipal(user), user.full_name};
}

Result<std::optional<Date>> OptionalDate(const std::string& text, const std::string& field) {
  if (text.empty()) return std::optional<Date>();
  auto day = ParseDate(text);
  if (!day) {
    return MakeError(ErrorCode::kInvalidArgument, "Ngày phải có dạng YYYY-MM-DD", field);
  }
  return std::optional<Date>(*day);
}

Response Pdf(const std::string& bytes, const std::string& file_name) {
  Response r;
  r.status = 200;
  r.content_type = "application/pdf";
  r.headers.emplace_back("Content-Disposition", "inline; filename=\"" + file_name + ".pdf\"");
  r.headers.emplace_back("Cache-Control", "private, no-store");
  r.body = bytes;
  return r;
}

void AddReadRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/dossiers/{code}/components", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto view = s.warehouse->Components(identity::ToPrincipal(*user), req.Param("code"));
    if (!view) return Fail(req, view.error());
    return Json(200, DossierComponentsToJson(*view, false));
  });

  router.Add("GET", "/api/v1/dossiers/{code}/reuse", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto view = s.warehouse->Components(identity::ToPrincipal(*user), req.Param("code"));
    if (!view) return Fail(req, view.error());
    return Json(200, DossierComponentsToJson(*view, true));
  });

  router.Add("GET", "/api/v1/warehouse/{identifier}", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto docs = s.warehouse->List(identity::ToPrincipal(*user), req.Param("identifier"),
                                  req.Query("dossier"));
    if (!docs) return Fail(req, docs.error());
    nlohmann::json items = nlohmann::json::array();
    const Date today = LocalDate(s.clock->Now());
    for (const auto& d : *docs) items.push_back(WarehouseDocumentToJson(d, today));
    return Json(200, {{"owner_id", req.Param("identifier")}, {"items", items}});
  });

  router.Add("GET", "/api/v1/warehouse/{identifier}/access-log", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto log = s.warehouse->AccessLog(identity::ToPrincipal(*user), req.Param("identifier"));
    if (!log) return Fail(req, log.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& a : *log) {
      items.push_back({{"at", FormatIso(a.at)},
                       {"user", a.user_name},
                       {"action", a.action},
                       {"document_code", a.document_code},
                       {"dossier_code", a.dossier_code}});
    }
    return Json(200, {{"items", items}});
  });

  router.Add("GET", "/api/v1/documents/{document_code}/file", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto doc = s.warehouse->Download(identity::ToPrincipal(*user), req.Param("document_code"),
                                     req.Query("dossier"));
    if (!doc) return Fail(req, doc.error());
    return Pdf(doc->second, doc->first.code);
  });

  router.Add("GET", "/api/v1/dossiers/{code}/result.pdf", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto doc = s.warehouse->DossierResult(identity::ToPrincipal(*user), req.Param("code"));
    if (!doc) return Fail(req, doc.error());
    return Pdf(doc->second, doc->first.code);
  });

  // No login: anyone holding a paper can check it.
  router.Add("GET", "/api/v1/verify/{document_code}", [s](Request& req) {
    auto v = s.warehouse->Verify(req.Param("document_code"));
    if (!v) return Fail(req, v.error());
    return Json(200, VerificationToJson(*v));
  });
}

void AddWriteRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/dossiers/{code}/files/{file_id}/attest", [s](Request& req) {
    auto actor = RequireActor(req, s);
    if (!actor) return Fail(req, actor.error());
    long long file_id = 0;
    try {
      file_id = std::stoll(req.Param("file_id"));
    } catch (const std::exception&) {
      return Fail(req, MakeError(ErrorCode::kNotFound, "Không có tệp này", "file_id"));
    }
    digitization::AttestOptions options;
    if (!req.body.empty()) {
      auto body = ParseJsonObject(req);
      if (!body) return Fail(req, body.error());
      auto parsed = ParseAttestOptions((*body).value("requested_by", ""),
                                       (*body).value("valid_until", ""));
      if (!parsed) return Fail(req, parsed.error());
      options = *parsed;
    }
    auto doc = s.warehouse->Attest(*actor, req.Param("code"), file_id, options);
    if (!doc) return Fail(req, doc.error());
    return Json(201, WarehouseDocumentToJson(*doc, LocalDate(s.clock->Now())));
  });

  router.Add("POST", "/api/v1/dossiers/{code}/components/{component_id}/reuse", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto code = StringField(*body, "document_code", true);
    if (!code) return Fail(req, code.error());
    auto file = s.warehouse->Reuse(identity::ToPrincipal(*user), req.Param("code"),
                                   req.Param("component_id"), *code);
    if (!file) return Fail(req, file.error());
    return Json(201, ComponentFileToJson(*file));
  });

  router.Add("POST", "/api/v1/dossiers/{code}/result", [s](Request& req) {
    auto actor = RequireActor(req, s);
    if (!actor) return Fail(req, actor.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    digitization::IssueResultRequest request;
    auto title = StringField(*body, "title");
    auto content = StringField(*body, "content");
    auto valid = StringField(*body, "valid_until");
    for (auto* f : {&title, &content, &valid}) {
      if (!*f) return Fail(req, f->error());
    }
    auto valid_until = OptionalDate(*valid, "valid_until");
    if (!valid_until) return Fail(req, valid_until.error());
    request.title = *title;
    request.content = *content;
    request.valid_until = *valid_until;
    auto doc = s.warehouse->IssueResult(*actor, req.Param("code"), request);
    if (!doc) return Fail(req, doc.error());
    return Json(201, WarehouseDocumentToJson(*doc, LocalDate(s.clock->Now())));
  });

  router.Add("PUT", "/api/v1/agencies/{code}/signing-key", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    if (!identity::CanAdminister(identity::ToPrincipal(*user))) {
      return Fail(req, MakeError(ErrorCode::kForbidden,
                                 "Chỉ quản trị viên được cài đặt chứng thư số của cơ quan"));
    }
    auto agency = s.org->GetAgencyByCode(req.Param("code"));
    if (!agency) return Fail(req, agency.error());
    auto parts = ParseMultipart(req.Header("content-type"), req.body);
    if (!parts) return Fail(req, parts.error());
    std::string p12, password;
    for (const auto& p : *parts) {
      if (p.name == "p12" || p.name == "file") p12 = p.data;
      if (p.name == "password") password = p.data;
    }
    if (p12.empty()) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument, "Thiếu tệp PKCS#12 (trường p12)",
                                 "p12"));
    }
    auto installed = s.keys->Install(agency->code, p12, password);
    if (!installed) return Fail(req, installed.error());
    auto signer = s.keys->SignerFor(agency->code);
    if (!signer) return Fail(req, signer.error());
    return Json(200, {{"agency_code", agency->code}, {"signer", (*signer)->common_name()}});
  });
}

}  // namespace

Result<digitization::AttestOptions> ParseAttestOptions(const std::string& requested_by,
                                                       const std::string& valid_until) {
  digitization::AttestOptions options;
  if (requested_by == "applicant") {
    options.requested_by = digitization::RequestedBy::kApplicant;
  } else if (requested_by.empty() || requested_by == "officer") {
    options.requested_by = digitization::RequestedBy::kOfficer;
  } else {
    return MakeError(ErrorCode::kInvalidArgument,
                     "requested_by phải là \"applicant\" hoặc \"officer\"", "requested_by");
  }
  MOTCUA_ASSIGN_OR_RETURN(day, OptionalDate(valid_until, "valid_until"));
  options.valid_until = day;
  return options;
}

void RegisterWarehouseRoutes(Router& router, const ApiServices& services) {
  AddReadRoutes(router, services);
  AddWriteRoutes(router, services);
}

}  // namespace motcua::http
