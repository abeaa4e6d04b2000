// SPDX-License-Identifier: Apache-2.0
// The administrative map and user administration: /api/v1/units, /agencies, /users.
#include "http/handlers/handler_support.h"
#include "identity/password_hasher.h"

namespace motcua::http {
namespace {

nlohmann::json AgencyToJson(const org::Agency& a) {
  return {{"id", a.id},
          {"code", a.code},
          {"name", a.name},
          {"kind", org::AgencyKindName(a.kind)},
          {"unit_code", a.unit_code},
          {"parent_id", a.parent_id ? nlohmann::json(*a.parent_id) : nlohmann::json(nullptr)},
          {"note", a.note}};
}

Result<nlohmann::json> CreateUser(const ApiServices& s, const nlohmann::json& body) {
  identity::User u;
  MOTCUA_ASSIGN_OR_RETURN(username, StringField(body, "username", true));
  MOTCUA_ASSIGN_OR_RETURN(password, StringField(body, "password", true));
  MOTCUA_ASSIGN_OR_RETURN(full_name, StringField(body, "full_name", true));
  MOTCUA_ASSIGN_OR_RETURN(role_name, StringField(body, "role", true));
  const auto role = identity::ParseRole(role_name);
  if (!role || *role == identity::Role::kCitizen) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Vai trò phải là reception, specialist, department_head, leader, admin "
                     "hoặc auditor",
                     "role");
  }
  if (username.size() < 3 || username.size() > 50 ||
      username.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._-") != std::string::npos) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Tên đăng nhập gồm 3-50 ký tự thường, số, dấu chấm, gạch dưới hoặc gạch ngang",
                     "username");
  }
  if (password.size() < 8) {
    return MakeError(ErrorCode::kInvalidArgument, "Mật khẩu phải có ít nhất 8 ký tự", "password");
  }
  if (const auto it = body.find("agency_id"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer()) {
      return MakeError(ErrorCode::kInvalidArgument, "agency_id phải là số nguyên", "agency_id");
    }
    auto agency = s.org->GetAgency(it->get<long long>());
    if (!agency) {
      return MakeError(ErrorCode::kInvalidArgument, "Không tìm thấy cơ quan", "agency_id");
    }
    u.agency_id = agency->id;
  }
  if (identity::IsStaffRole(*role) && !u.agency_id) {
    return MakeError(ErrorCode::kInvalidArgument, "Cán bộ phải thuộc một cơ quan", "agency_id");
  }
  u.username = username;
  u.full_name = full_name;
  u.role = *role;
  u.password_hash = identity::HashPassword(password);
  MOTCUA_ASSIGN_OR_RETURN(id, s.users->Create(u, s.clock->Now()));
  u.id = id;
  return UserToJson(u);
}

}  // namespace

void RegisterOrgRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/units", [s](Request& req) {
    auto units = s.org->ListUnits();
    if (!units) return Fail(req, units.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& u : *units) {
      items.push_back({{"code", u.code},
                       {"name", u.name},
                       {"level", u.level},
                       {"parent_code", u.parent_code},
                       {"valid_from", FormatDate(u.valid_from)},
                       {"valid_to", u.valid_to ? nlohmann::json(FormatDate(*u.valid_to))
                                               : nlohmann::json(nullptr)},
                       {"successor_code", u.successor_code},
                       {"note", u.note}});
    }
    return Json(200, {{"items", items}});
  });

  // A unit, and the unit that stands in its place on a date: merged units point to their
  // successors, so an old address or dossier can be placed on today's map.
  router.Add("GET", "/api/v1/units/{code}", [s](Request& req) {
    auto units = s.org->ListUnits();
    if (!units) return Fail(req, units.error());
    Date on = LocalDate(s.clock->Now());
    if (const auto text = req.Query("on"); !text.empty()) {
      auto parsed = ParseDate(text);
      if (!parsed) return Fail(req, MakeError(ErrorCode::kInvalidArgument, parsed.error().message, "on"));
      on = *parsed;
    }
    const std::string code = req.Param("code");
    const org::AdminUnit* unit = nullptr;
    for (const auto& u : *units) {
      if (u.code == code) unit = &u;
    }
    if (!unit) {
      return Fail(req, MakeError(ErrorCode::kNotFound, "Không tìm thấy đơn vị hành chính " + code));
    }
    nlohmann::json j = {{"code", unit->code}, {"name", unit->name}, {"level", unit->level},
                        {"valid_from", FormatDate(unit->valid_from)},
                        {"valid_to", unit->valid_to ? nlohmann::json(FormatDate(*unit->valid_to))
                                                    : nlohmann::json(nullptr)},
                        {"successor_code", unit->successor_code}, {"on", FormatDate(on)}};
    auto current = org::ResolveSuccessor(*units, code, on);
    j["in_force"] = current ? nlohmann::json({{"code", current->code}, {"name", current->name}})
                            : nlohmann::json(nullptr);
    return Json(200, j);
  });

  router.Add("GET", "/api/v1/agencies", [s](Request& req) {
    auto agencies = s.org->ListAgencies();
    if (!agencies) return Fail(req, agencies.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& a : *agencies) {
      nlohmann::json j = AgencyToJson(a);
      j["departments"] = nlohmann::json::array();
      if (auto deps = s.org->ListDepartments(a.id)) {
        for (const auto& d : *deps) j["departments"].push_back({{"id", d.id}, {"name", d.name}});
      }
      j["counters"] = nlohmann::json::array();
      if (auto counters = s.org->ListCounters(a.id)) {
        for (const auto& c : *counters) {
          j["counters"].push_back({{"id", c.id}, {"number", c.number}, {"name", c.name}});
        }
      }
      items.push_back(std::move(j));
    }
    return Json(200, {{"items", items}});
  });

  router.Add("GET", "/api/v1/users", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    const auto p = identity::ToPrincipal(*user);
    if (!identity::CanAdminister(p) && !identity::CanReadAudit(p)) {
      return Fail(req, MakeError(ErrorCode::kForbidden, "Chỉ quản trị viên được xem danh sách tài khoản"));
    }
    auto users = s.users->List();
    if (!users) return Fail(req, users.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& u : *users) items.push_back(UserToJson(u));
    return Json(200, {{"items", items}});
  });

  router.Add("POST", "/api/v1/users", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    if (!identity::CanAdminister(identity::ToPrincipal(*user))) {
      return Fail(req, MakeError(ErrorCode::kForbidden, "Chỉ quản trị viên được tạo tài khoản"));
    }
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    return Reply(req, CreateUser(s, *body), 201);
  });
}

}  // namespace motcua::http
