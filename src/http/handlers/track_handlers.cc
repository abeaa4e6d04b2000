// SPDX-License-Identifier: Apache-2.0
// Public tracking of a dossier by its code: no login, no personal details.
#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

using nlohmann::json;

json Time(const std::optional<Timestamp>& t) { return t ? json(FormatIso(*t)) : json(nullptr); }

json PublicDossierToJson(const tracking::PublicDossier& p) {
  json history = json::array();
  for (const auto& h : p.history) {
    history.push_back({{"at", FormatIso(h.at)},
                       {"status", dossier::StatusName(h.status)},
                       {"status_label", dossier::StatusLabelVi(h.status)}});
  }
  return {{"code", p.code},
          {"status", dossier::StatusName(p.status)},
          {"status_code", dossier::NationalCode(p.status)},
          {"status_label", dossier::StatusLabelVi(p.status)},
          {"channel", dossier::ChannelName(p.channel)},
          {"procedure", {{"code", p.procedure_code}, {"name", p.procedure_name}}},
          {"receiving_agency", p.receiving_agency},
          {"handling_agency", p.handling_agency},
          {"applicant_name", p.applicant_masked},
          {"submitted_at", FormatIso(p.submitted_at)},
          {"received_at", Time(p.received_at)},
          {"due_at", Time(p.due_at)},
          {"promised_at", Time(p.promised_at)},
          {"finished_at", Time(p.finished_at)},
          {"returned_at", Time(p.returned_at)},
          {"overdue", p.overdue},
          {"history", std::move(history)}};
}

}  // namespace

void RegisterTrackingRoutes(Router& router, const ApiServices& s) {
  // Public: what the receipt's QR code and the portal's tracking box ask.
  router.Add("GET", "/api/v1/track/{code}", [s](Request& req) {
    auto p = s.tracking->Track(req.Param("code"));
    if (!p) return Fail(req, p.error());
    return Json(200, PublicDossierToJson(*p));
  });
}

}  // namespace motcua::http
