// SPDX-License-Identifier: Apache-2.0
// Looking up an applicant by personal number or tax code (the reception console's first step).
#include "common/local_time.h"
#include "dossier/applicant_directory.h"
#include "dossier/dossier_status.h"
#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

nlohmann::json ProfileToJson(const dossier::ApplicantProfile& p) {
  nlohmann::json dossiers = nlohmann::json::array();
  for (const auto& d : p.recent_dossiers) {
    dossiers.push_back(
        {{"code", d.code},
         {"procedure_code", d.procedure_code},
         {"procedure_name", d.procedure_name},
         {"status", dossier::StatusName(d.status)},
         {"status_label", dossier::StatusLabelVi(d.status)},
         {"submitted_at", FormatIso(d.submitted_at)},
         {"due_at", d.due_at ? nlohmann::json(FormatIso(*d.due_at)) : nlohmann::json(nullptr)}});
  }
  nlohmann::json account = {{"exists", p.has_account}};
  if (!p.account_username.empty()) account["username"] = p.account_username;
  return {{"applicant",
           {{"kind", p.applicant.kind},
            {"id_number", p.applicant.id_number},
            {"full_name", p.applicant.full_name},
            {"phone", p.applicant.phone},
            {"email", p.applicant.email},
            {"address", p.applicant.address}}},
          {"known_from_dossiers", p.known_from_dossiers},
          {"has_account", p.has_account},
          {"account", account},
          {"recent_dossiers", dossiers},
          {"more_dossiers", p.more_dossiers},
          {"warehouse", {{"valid_documents", p.valid_documents}}}};
}

}  // namespace

void RegisterApplicantRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/applicants/{id_number}", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto profile = s.applicants->Lookup(identity::ToPrincipal(*user), req.Param("id_number"));
    if (!profile) {
      Error e = profile.error();
      // The identifier is the URL itself: a malformed one is a bad request (400), not a body
      // that breaks a rule (422).
      if (e.code == ErrorCode::kInvalidArgument) e.reason = "bad_request";
      return Fail(req, e);
    }
    Response r = Json(200, ProfileToJson(*profile));
    r.headers.emplace_back("Cache-Control", "private, no-store");  // personal data
    return r;
  });
}

}  // namespace motcua::http
