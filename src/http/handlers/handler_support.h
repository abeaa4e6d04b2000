// SPDX-License-Identifier: Apache-2.0
// Small helpers shared by the handlers: who is calling, reading typed fields, answering.
#pragma once

#include <string>

#include "http/api.h"
#include "http/error_mapping.h"
#include "identity/user.h"

namespace motcua::http {

inline constexpr std::string_view kSessionCookie = "motcua_session";

// The session token from "Authorization: Bearer ..." or the session cookie, or "".
std::string SessionToken(const Request& request);

// The signed-in user. kUnauthenticated when there is no valid session.
Result<identity::User> RequireUser(const Request& request, const ApiServices& services);

// Answers `value` with `status`, or the error.
Response Reply(const Request& request, const Result<nlohmann::json>& value, int status = 200);
inline Response Fail(const Request& request, const Error& error) {
  return ErrorResponse(error, request.request_id);
}

// Reads an optional string member; kInvalidArgument naming `key` when present but not a string.
Result<std::string> StringField(const nlohmann::json& j, const std::string& key,
                                bool required = false, const std::string& prefix = "");

// Parses a query parameter as an integer within [min, max]; `fallback` when absent.
Result<int> IntQuery(const Request& request, const std::string& name, int fallback, int min,
                     int max);

// The public view of a user.
nlohmann::json UserToJson(const identity::User& u);

}  // namespace motcua::http
