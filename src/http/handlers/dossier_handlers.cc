// SPDX-License-Identifier: Apache-2.0
// Dossiers: intake, reading, listing and status transitions.
#include "dossier/dossier_json.h"
#include "http/handlers/handler_support.h"
#include "identity/secure_random.h"

namespace motcua::http {
namespace {

using dossier::CreateRequest;

Result<CreateRequest> ParseCreate(const Request& req, const nlohmann::json& body,
                                  identity::Role role) {
  CreateRequest r;
  MOTCUA_ASSIGN_OR_RETURN(code, StringField(body, "procedure_code", true));
  r.procedure_code = code;
  MOTCUA_ASSIGN_OR_RETURN(channel, StringField(body, "channel"));
  if (channel.empty()) channel = role == identity::Role::kCitizen ? "online" : "counter";
  const auto parsed = dossier::ParseChannel(channel);
  if (!parsed) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Kênh tiếp nhận phải là counter, online, postal hoặc kiosk", "channel");
  }
  r.channel = *parsed;
  const auto a = body.find("applicant");
  if (a == body.end() || !a->is_object()) {
    return MakeError(ErrorCode::kInvalidArgument, "Thiếu thông tin người nộp hồ sơ (applicant)",
                     "applicant");
  }
  MOTCUA_ASSIGN_OR_RETURN(kind, StringField(*a, "kind", true, "applicant"));
  MOTCUA_ASSIGN_OR_RETURN(id_number, StringField(*a, "id_number", true, "applicant"));
  MOTCUA_ASSIGN_OR_RETURN(full_name, StringField(*a, "full_name", true, "applicant"));
  MOTCUA_ASSIGN_OR_RETURN(phone, StringField(*a, "phone", false, "applicant"));
  MOTCUA_ASSIGN_OR_RETURN(email, StringField(*a, "email", false, "applicant"));
  MOTCUA_ASSIGN_OR_RETURN(address, StringField(*a, "address", false, "applicant"));
  r.applicant = {kind, id_number, full_name, phone, email, address};
  MOTCUA_ASSIGN_OR_RETURN(handling, StringField(body, "handling_agency_code"));
  r.handling_agency_code = handling;
  MOTCUA_ASSIGN_OR_RETURN(note, StringField(body, "note"));
  r.note = note;
  r.idempotency_key = req.Header("idempotency-key");
  if (r.idempotency_key.size() > 200) {
    return MakeError(ErrorCode::kInvalidArgument, "Idempotency-Key dài tối đa 200 ký tự",
                     "Idempotency-Key");
  }
  r.request_hash = identity::Sha256Hex(req.body);
  return r;
}

// The rules the dossier was received under: they stay with it even after the law changes.
void AddProcedure(nlohmann::json& j, const dossier::Dossier& d, const ApiServices& s) {
  auto p = s.catalog->GetVersion(d.procedure_version_id);
  if (!p) return;
  const auto& r = p->version.rules;
  j["procedure"] = {{"code", p->code},
                    {"name", r.name},
                    {"version", p->version.version},
                    {"effective_from", FormatDate(p->version.effective_from)},
                    {"processing_time",
                     {{"amount", r.processing_time.amount},
                      {"unit", r.processing_time.unit == calendar::TimeUnit::kWorkingHours
                                   ? "working_hours"
                                   : "working_days"}}}};
}

nlohmann::json WithActions(nlohmann::json j, const dossier::Dossier& d,
                           const identity::Principal& who) {
  nlohmann::json actions = nlohmann::json::array();
  if (identity::CanActOnDossier(who, dossier::DossierService::ScopeOf(d))) {
    for (auto a : dossier::AvailableActions(d.status, who.role, d.resume_status)) {
      actions.push_back({{"action", dossier::ActionName(a)}, {"label", dossier::ActionLabelVi(a)}});
    }
  }
  j["available_actions"] = std::move(actions);
  return j;
}

}  // namespace

void RegisterDossierRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/dossiers", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    const auto who = identity::ToPrincipal(*user);
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto create = ParseCreate(req, *body, who.role);
    if (!create) return Fail(req, create.error());
    auto created = s.dossiers->Create(who, *create);
    if (!created) return Fail(req, created.error());
    nlohmann::json j = WithActions(dossier::DossierToJson(created->dossier, s.clock->Now(), true),
                                   created->dossier, who);
    AddProcedure(j, created->dossier, s);
    if (created->account) {
      j["account"] = {{"username", created->account->username},
                      {"temporary_password", created->account->temporary_password}};
    }
    Response r = Json(201, j);
    r.headers.emplace_back("Location", "/api/v1/dossiers/" + created->dossier.code);
    if (created->replayed) r.headers.emplace_back("Idempotent-Replayed", "true");
    return r;
  });

  router.Add("GET", "/api/v1/dossiers", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    dossier::ListFilter f;
    auto limit = IntQuery(req, "limit", 50, 1, 200);
    if (!limit) return Fail(req, limit.error());
    auto offset = IntQuery(req, "offset", 0, 0, 10000000);
    if (!offset) return Fail(req, offset.error());
    f.limit = *limit;
    f.offset = *offset;
    if (const auto status = req.Query("status"); !status.empty()) {
      f.status = dossier::ParseStatus(status);
      if (!f.status) {
        return Fail(req, MakeError(ErrorCode::kInvalidArgument, "Trạng thái không hợp lệ", "status"));
      }
    }
    auto list = s.dossiers->List(identity::ToPrincipal(*user), f);
    if (!list) return Fail(req, list.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& d : *list) items.push_back(dossier::DossierToJson(d, s.clock->Now(), false));
    return Json(200, {{"items", items}, {"limit", f.limit}, {"offset", f.offset}});
  });

  router.Add("GET", "/api/v1/dossiers/{code}", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    const auto who = identity::ToPrincipal(*user);
    auto d = s.dossiers->Get(who, req.Param("code"));
    if (!d) return Fail(req, d.error());
    nlohmann::json j = WithActions(dossier::DossierToJson(*d, s.clock->Now(), true), *d, who);
    AddProcedure(j, *d, s);
    return Json(200, j);
  });

  router.Add("POST", "/api/v1/dossiers/{code}/transitions", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    const auto who = identity::ToPrincipal(*user);
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto action = StringField(*body, "action", true);
    if (!action) return Fail(req, action.error());
    auto note = StringField(*body, "note");
    if (!note) return Fail(req, note.error());
    auto d = s.dossiers->Transition(who, req.Param("code"), *action, *note);
    if (!d) return Fail(req, d.error());
    return Json(200, WithActions(dossier::DossierToJson(*d, s.clock->Now(), true), *d, who));
  });
}

}  // namespace motcua::http
