// SPDX-License-Identifier: Apache-2.0
// Administration: reception counters, editing accounts, and the catalog editor.
#include "catalog/procedure_json.h"
#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

using nlohmann::json;

Result<identity::Principal> RequireAdmin(const Request& req, const ApiServices& s,
                                         const std::string& message) {
  MOTCUA_ASSIGN_OR_RETURN(user, RequireUser(req, s));
  const auto who = identity::ToPrincipal(user);
  if (!identity::CanAdminister(who)) return MakeError(ErrorCode::kForbidden, message);
  return who;
}

Result<long long> IdParam(const Request& req, const std::string& what) {
  const std::string text = req.Param("id");
  if (text.empty() || text.size() > 18 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy " + what);
  }
  return std::stoll(text);
}

json CounterToJson(const counters::CounterDesk& c, const ApiServices& s) {
  auto agency = s.org->GetAgency(c.agency_id);
  return {{"id", c.id},
          {"agency_id", c.agency_id},
          {"agency_code", agency ? agency->code : ""},
          {"number", c.number},
          {"name", c.name},
          {"fields", c.fields},
          {"priority", c.priority},
          {"active", c.active}};
}

Result<bool> BoolField(const json& body, const std::string& key, bool fallback) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) {
    return MakeError(ErrorCode::kInvalidArgument, "Trường \"" + key + "\" phải là true/false", key);
  }
  return it->get<bool>();
}

// Applies the members present in `body` to `c` (a new counter or the stored one).
Status ApplyCounter(const json& body, const ApiServices& s, counters::CounterDesk& c) {
  MOTCUA_ASSIGN_OR_RETURN(agency_code, StringField(body, "agency_code"));
  if (!agency_code.empty()) {
    auto agency = s.org->GetAgencyByCode(agency_code);
    if (!agency) {
      return MakeError(ErrorCode::kInvalidArgument, "Không tìm thấy cơ quan " + agency_code,
                       "agency_code");
    }
    c.agency_id = agency->id;
  }
  if (c.agency_id == 0) {
    return MakeError(ErrorCode::kInvalidArgument, "Hãy chọn cơ quan của quầy", "agency_code");
  }
  if (const auto it = body.find("number"); it != body.end()) {
    if (!it->is_number_integer()) {
      return MakeError(ErrorCode::kInvalidArgument, "Số quầy phải là số nguyên", "number");
    }
    c.number = it->get<int>();
  }
  if (body.contains("name")) {
    MOTCUA_ASSIGN_OR_RETURN(name, StringField(body, "name"));
    c.name = name;
  }
  if (const auto it = body.find("fields"); it != body.end()) {
    if (!it->is_array()) {
      return MakeError(ErrorCode::kInvalidArgument, "fields phải là danh sách lĩnh vực", "fields");
    }
    c.fields.clear();
    for (const auto& f : *it) {
      if (!f.is_string()) {
        return MakeError(ErrorCode::kInvalidArgument, "Mỗi lĩnh vực phải là chuỗi", "fields");
      }
      c.fields.push_back(f.get<std::string>());
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(priority, BoolField(body, "priority", c.priority));
  MOTCUA_ASSIGN_OR_RETURN(active, BoolField(body, "active", c.active));
  c.priority = priority;
  c.active = active;
  return counters::ValidateCounter(c);
}

void RegisterCounterRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/counters", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    std::optional<long long> agency_id;
    if (const auto code = req.Query("agency"); !code.empty()) {
      auto agency = s.org->GetAgencyByCode(code);
      if (!agency) {
        return Fail(req,
                    MakeError(ErrorCode::kNotFound, "Không tìm thấy cơ quan " + code, "agency"));
      }
      agency_id = agency->id;
    }
    auto list = s.counters->List(agency_id);
    if (!list) return Fail(req, list.error());
    json items = json::array();
    for (const auto& c : *list) items.push_back(CounterToJson(c, s));
    return Json(200, {{"items", std::move(items)}});
  });

  router.Add("POST", "/api/v1/counters", [s](Request& req) {
    auto who = RequireAdmin(req, s, "Chỉ quản trị viên được cấu hình quầy tiếp nhận");
    if (!who) return Fail(req, who.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    counters::CounterDesk c;
    if (auto applied = ApplyCounter(*body, s, c); !applied) return Fail(req, applied.error());
    auto id = s.counters->Create(c);
    if (!id) return Fail(req, id.error());
    c.id = *id;
    return Json(201, CounterToJson(c, s));
  });

  router.Add("PUT", "/api/v1/counters/{id}", [s](Request& req) {
    auto who = RequireAdmin(req, s, "Chỉ quản trị viên được cấu hình quầy tiếp nhận");
    if (!who) return Fail(req, who.error());
    auto id = IdParam(req, "quầy tiếp nhận");
    if (!id) return Fail(req, id.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto c = s.counters->Get(*id);
    if (!c) return Fail(req, c.error());
    if (auto applied = ApplyCounter(*body, s, *c); !applied) return Fail(req, applied.error());
    if (auto updated = s.counters->Update(*c); !updated) return Fail(req, updated.error());
    return Json(200, CounterToJson(*c, s));
  });

  router.Add("DELETE", "/api/v1/counters/{id}", [s](Request& req) {
    auto who = RequireAdmin(req, s, "Chỉ quản trị viên được cấu hình quầy tiếp nhận");
    if (!who) return Fail(req, who.error());
    auto id = IdParam(req, "quầy tiếp nhận");
    if (!id) return Fail(req, id.error());
    if (auto deleted = s.counters->Delete(*id); !deleted) return Fail(req, deleted.error());
    Response r;
    r.status = 204;
    return r;
  });
}

// Applies an admin's edit of an account: full_name, role, agency_id (null: none), counter_id
// (null: none; a counter of the account's agency), active.
Result<identity::User> EditUser(const identity::Principal& admin, const ApiServices& s,
                                identity::User u, const json& body) {
  if (body.contains("full_name")) {
    MOTCUA_ASSIGN_OR_RETURN(name, StringField(body, "full_name"));
    if (name.empty() || name.size() > 200) {
      return MakeError(ErrorCode::kInvalidArgument, "Họ tên không được để trống", "full_name");
    }
    u.full_name = name;
  }
  if (body.contains("role")) {
    MOTCUA_ASSIGN_OR_RETURN(role_name, StringField(body, "role"));
    const auto role = identity::ParseRole(role_name);
    if (!role || (*role == identity::Role::kCitizen) != (u.role == identity::Role::kCitizen)) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "Vai trò phải là reception, specialist, department_head, leader, admin "
                       "hoặc auditor; tài khoản công dân không đổi vai trò",
                       "role");
    }
    u.role = *role;
  }
  if (const auto it = body.find("agency_id"); it != body.end()) {
    if (it->is_null()) {
      u.agency_id.reset();
    } else if (!it->is_number_integer() || !s.org->GetAgency(it->get<long long>())) {
      return MakeError(ErrorCode::kInvalidArgument, "Không tìm thấy cơ quan", "agency_id");
    } else {
      if (u.agency_id != it->get<long long>()) {
        u.department_id.reset();
        u.counter_id.reset();  // a seat belongs to the old agency's desk
      }
      u.agency_id = it->get<long long>();
    }
  }
  if (const auto it = body.find("counter_id"); it != body.end()) {
    if (it->is_null()) {
      u.counter_id.reset();
    } else {
      if (!it->is_number_integer()) {
        return MakeError(ErrorCode::kInvalidArgument, "Hãy chọn quầy trong danh sách",
                         "counter_id");
      }
      auto desk = s.counters->Get(it->get<long long>());
      if (!desk) {
        if (desk.error().code != ErrorCode::kNotFound) return desk.error();
        return MakeError(ErrorCode::kInvalidArgument, "Không tìm thấy quầy tiếp nhận",
                         "counter_id");
      }
      if (u.counter_id != desk->id) MOTCUA_TRY(counters::CheckSeat(*desk, u.agency_id));
      u.counter_id = desk->id;
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(active, BoolField(body, "active", u.active));
  u.active = active;
  if (u.counter_id && u.role == identity::Role::kCitizen) {
    return MakeError(ErrorCode::kInvalidArgument, "Chỉ cán bộ mới được xếp vào quầy",
                     "counter_id");
  }
  if (identity::IsStaffRole(u.role) && !u.agency_id) {
    return MakeError(ErrorCode::kInvalidArgument, "Cán bộ phải thuộc một cơ quan", "agency_id");
  }
  if (u.id == admin.user_id && (!u.active || u.role != identity::Role::kAdmin)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình", "role");
  }
  MOTCUA_TRY(s.users->Update(u));
  s.auth->ForgetUser(u.id);
  return u;
}

}  // namespace

void RegisterAdminRoutes(Router& router, const ApiServices& s) {
  RegisterCounterRoutes(router, s);

  router.Add("PUT", "/api/v1/users/{id}", [s](Request& req) {
    auto who = RequireAdmin(req, s, "Chỉ quản trị viên được sửa tài khoản");
    if (!who) return Fail(req, who.error());
    auto id = IdParam(req, "tài khoản");
    if (!id) return Fail(req, id.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto u = s.users->Get(*id);
    if (!u) {
      if (u.error().code == ErrorCode::kNotFound) {
        return Fail(req, MakeError(ErrorCode::kNotFound, "Không tìm thấy tài khoản"));
      }
      return Fail(req, u.error());
    }
    auto edited = EditUser(*who, s, *u, *body);
    if (!edited) return Fail(req, edited.error());
    return Json(200, UserToJson(*edited));
  });

  // The catalog editor: a changed procedure becomes a new version (201); the same rules, 200.
  router.Add("PUT", "/api/v1/procedures/{code}", [s](Request& req) {
    auto who = RequireAdmin(req, s, "Chỉ quản trị viên được sửa danh mục thủ tục");
    if (!who) return Fail(req, who.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto edited = s.catalog->Edit(req.Param("code"), *body);
    if (!edited) return Fail(req, edited.error());
    return Json(edited->new_version ? 201 : 200, catalog::ProcedureToJson(edited->procedure));
  });
}

}  // namespace motcua::http
