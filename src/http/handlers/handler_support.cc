// SPDX-License-Identifier: Apache-2.0
#include "http/handlers/handler_support.h"

#include <charconv>

namespace motcua::http {

std::string SessionToken(const Request& request) {
  const std::string auth = request.Header("authorization");
  if (auth.size() > 7 && (auth.compare(0, 7, "Bearer ") == 0 || auth.compare(0, 7, "bearer ") == 0)) {
    return auth.substr(7);
  }
  return request.Cookie(kSessionCookie);
}

Result<identity::User> RequireUser(const Request& request, const ApiServices& services) {
  const std::string token = SessionToken(request);
  if (token.empty()) {
    return MakeError(ErrorCode::kUnauthenticated, "Vui lòng đăng nhập để tiếp tục");
  }
  return services.auth->Authenticate(token);
}

Response Reply(const Request& request, const Result<nlohmann::json>& value, int status) {
  if (!value) return Fail(request, value.error());
  return Json(status, *value);
}

Result<std::string> StringField(const nlohmann::json& j, const std::string& key, bool required,
                                const std::string& prefix) {
  const auto it = j.find(key);
  const std::string field = prefix.empty() ? key : prefix + "." + key;
  if (it == j.end() || it->is_null()) {
    if (required) {
      return MakeError(ErrorCode::kInvalidArgument, "Thiếu trường bắt buộc \"" + field + "\"",
                       field);
    }
    return std::string();
  }
  if (!it->is_string()) {
    return MakeError(ErrorCode::kInvalidArgument, "Trường \"" + field + "\" phải là chuỗi", field);
  }
  return it->get<std::string>();
}

Result<int> IntQuery(const Request& request, const std::string& name, int fallback, int min,
                     int max) {
  const std::string text = request.Query(name);
  if (text.empty()) return fallback;
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < min || value > max) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Tham số \"" + name + "\" phải là số nguyên từ " + std::to_string(min) +
                         " đến " + std::to_string(max),
                     name);
  }
  return value;
}

nlohmann::json UserToJson(const identity::User& u) {
  return {{"id", u.id},
          {"username", u.username},
          {"full_name", u.full_name},
          {"role", identity::RoleName(u.role)},
          {"role_title", identity::RoleTitleVi(u.role)},
          {"agency_id", u.agency_id ? nlohmann::json(*u.agency_id) : nlohmann::json(nullptr)},
          {"counter_id", u.counter_id ? nlohmann::json(*u.counter_id) : nlohmann::json(nullptr)},
          {"active", u.active},
          {"id_number", u.id_number.empty() ? nlohmann::json(nullptr) : nlohmann::json(u.id_number)}};
}

}  // namespace motcua::http
