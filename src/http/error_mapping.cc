// SPDX-License-Identifier: Apache-2.0
#include "http/error_mapping.h"

namespace motcua::http {

int HttpStatusFor(const Error& e) {
  switch (e.code) {
    // A body that is not JSON at all is a bad request; JSON that breaks a rule is unprocessable.
    case ErrorCode::kInvalidArgument: return e.reason == "malformed_json" ||
                                                     e.reason == "bad_request"
                                                 ? 400
                                                 : 422;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kFailedPrecondition: return 409;
    case ErrorCode::kPayloadTooLarge: return 413;
    case ErrorCode::kDeadlineExceeded: return 504;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

Response ErrorResponse(const Error& e, const std::string& request_id) {
  std::string message = e.message;
  // Internal messages are for the log (they may name tables or files); people get this.
  if (e.code == ErrorCode::kInternal) {
    message = "Hệ thống gặp lỗi không mong muốn. Vui lòng thử lại sau.";
    if (!request_id.empty()) message += " Mã yêu cầu: " + request_id;
  } else if (e.code == ErrorCode::kUnavailable && message.empty()) {
    message = "Hệ thống đang bận, vui lòng thử lại sau.";
  }
  nlohmann::json err = {{"code", e.reason.empty() ? std::string(ErrorCodeName(e.code)) : e.reason},
                        {"message", message},
                        {"field", e.field.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.field)}};
  if (!request_id.empty()) err["request_id"] = request_id;
  Response r = Json(HttpStatusFor(e), {{"error", err}});
  if (e.code == ErrorCode::kUnauthenticated) r.headers.emplace_back("WWW-Authenticate", "Bearer");
  return r;
}

}  // namespace motcua::http
