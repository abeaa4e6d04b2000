// SPDX-License-Identifier: Apache-2.0
// The leaders' numbers: today's dossiers of an agency.
#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

using nlohmann::json;

json TodayToJson(const stats::AgencyToday& t) {
  const auto& s = t.stats;
  json by_day = json::array();
  for (const auto& d : s.received_by_day) {
    by_day.push_back({{"date", FormatDate(d.day)}, {"count", d.count}});
  }
  json late = json::array();
  for (const auto& d : s.late_dossiers) {
    late.push_back({{"code", d.code},
                    {"procedure_name", d.procedure_name},
                    {"applicant_name", d.applicant_name},
                    {"due_at", FormatIso(d.due_at)},
                    {"days_late", d.days_late}});
  }
  return {{"agency", {{"id", t.agency.id}, {"code", t.agency.code}, {"name", t.agency.name}}},
          {"date", FormatDate(s.today)},
          {"counts",
           {{"received_today", s.received_today},
            {"in_progress", s.in_progress},
            {"on_time", s.on_time},
            {"late", s.late},
            {"awaiting_supplement", s.awaiting_supplement},
            {"result_ready", s.result_ready},
            {"awaiting_reception", s.awaiting_reception},
            {"returned_today", s.returned_today}}},
          {"received_by_day", std::move(by_day)},
          {"late", std::move(late)}};
}

}  // namespace

void RegisterStatsRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/stats/today", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto today = s.stats->Today(identity::ToPrincipal(*user), req.Query("agency"));
    if (!today) return Fail(req, today.error());
    return Json(200, TodayToJson(*today));
  });
}

}  // namespace motcua::http
