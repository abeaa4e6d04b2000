// SPDX-License-Identifier: Apache-2.0
// POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me.
#include "http/handlers/handler_support.h"

namespace motcua::http {

void RegisterAuthRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/auth/login", [s](Request& req) {
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto username = StringField(*body, "username", true);
    if (!username) return Fail(req, username.error());
    auto password = StringField(*body, "password", true);
    if (!password) return Fail(req, password.error());
    auto login = s.auth->Login(*username, *password);
    if (!login) return Fail(req, login.error());
    const auto lifetime = login->expires_at - s.clock->Now();
    Response r = Json(200, {{"token", login->token},
                            {"expires_at", FormatIso(login->expires_at)},
                            {"user", UserToJson(login->user)}});
    r.headers.emplace_back("Set-Cookie", std::string(kSessionCookie) + "=" + login->token +
                                             "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
                                             std::to_string(lifetime.count()));
    return r;
  });

  router.Add("POST", "/api/v1/auth/logout", [s](Request& req) {
    const std::string token = SessionToken(req);
    if (token.empty() || !RequireUser(req, s)) {
      return Fail(req, MakeError(ErrorCode::kUnauthenticated, "Bạn chưa đăng nhập"));
    }
    if (auto done = s.auth->Logout(token); !done) return Fail(req, done.error());
    Response r = Json(200, {{"ok", true}});
    r.headers.emplace_back("Set-Cookie", std::string(kSessionCookie) +
                                             "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    return r;
  });

  router.Add("GET", "/api/v1/auth/me", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    nlohmann::json j = UserToJson(*user);
    if (user->agency_id) {
      if (auto agency = s.org->GetAgency(*user->agency_id)) {
        j["agency"] = {{"id", agency->id}, {"code", agency->code}, {"name", agency->name}};
      }
    }
    // The reception console shows the officer's counter and offers its fields first.
    if (user->counter_id) {
      if (auto desk = s.counters->Get(*user->counter_id)) {
        j["counter"] = {{"id", desk->id},         {"number", desk->number},
                        {"name", desk->name},     {"fields", desk->fields},
                        {"priority", desk->priority}, {"active", desk->active}};
      }
    }
    return Json(200, j);
  });
}

}  // namespace motcua::http
