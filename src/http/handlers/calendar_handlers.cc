// SPDX-License-Identifier: Apache-2.0
// The working calendar: deadline arithmetic, days off, and the yearly notices admins enter.
#include "calendar/year_notice_json.h"
#include "http/handlers/handler_support.h"

namespace motcua::http {

void RegisterCalendarRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/calendar/add-working-days", [s](Request& req) {
    const std::string from_text = req.Query("from");
    if (from_text.empty()) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument, "Thiếu tham số from", "from"));
    }
    auto from = ParseIso(from_text);
    if (!from) return Fail(req, MakeError(ErrorCode::kInvalidArgument, from.error().message, "from"));
    auto days = IntQuery(req, "days", -1, 0, 3650);
    if (!days || *days < 0) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument,
                                 "Tham số days phải là số nguyên từ 0 đến 3650", "days"));
    }
    const auto cal = s.calendar->Current();
    return Json(200, {{"from", FormatIso(*from)},
                      {"days", *days},
                      {"due_at", FormatIso(cal->AddWorkingDays(*from, *days))}});
  });

  router.Add("GET", "/api/v1/calendar/days-off", [s](Request& req) {
    const int this_year = static_cast<int>(LocalDate(s.clock->Now()).year());
    auto year = IntQuery(req, "year", this_year, 1900, 2200);
    if (!year) return Fail(req, year.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& d : s.calendar->Current()->DaysOff(*year)) {
      items.push_back({{"date", FormatDate(d.date)}, {"name", d.name}});
    }
    return Json(200, {{"year", *year}, {"items", items}});
  });

  router.Add("GET", "/api/v1/calendar/notices", [s](Request& req) {
    auto notices = s.calendar->Notices();
    if (!notices) return Fail(req, notices.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& n : *notices) items.push_back(calendar::NoticeToJson(n));
    return Json(200, {{"items", items}});
  });

  router.Add("PUT", "/api/v1/calendar/notices/{year}", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    if (!identity::CanAdminister(identity::ToPrincipal(*user))) {
      return Fail(req, MakeError(ErrorCode::kForbidden, "Chỉ quản trị viên được sửa lịch nghỉ"));
    }
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    (*body)["year"] = std::atoi(req.Param("year").c_str());
    auto notice = calendar::NoticeFromJson(*body);
    if (!notice) return Fail(req, notice.error());
    if (auto put = s.calendar->PutNotice(*notice); !put) return Fail(req, put.error());
    return Json(200, calendar::NoticeToJson(*notice));
  });
}

}  // namespace motcua::http
