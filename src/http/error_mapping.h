// SPDX-License-Identifier: Apache-2.0
// The one place where ErrorCode becomes an HTTP status and the JSON error body.
#pragma once

#include "common/error.h"
#include "http/message.h"

namespace motcua::http {

// 400 bad request (malformed JSON), 401, 403, 404, 409, 413, 422 (invalid argument), 500, 503...
int HttpStatusFor(const Error& error);

// {"error":{"code","message","field"}}: `code` is the error's reason when it has one (e.g.
// "invalid_transition"), otherwise the ErrorCode's name; `message` is Vietnamese (a generic one
// replaces internal details, which go to the log instead).
Response ErrorResponse(const Error& error, const std::string& request_id = "");

}  // namespace motcua::http
