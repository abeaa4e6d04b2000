// SPDX-License-Identifier: Apache-2.0
// The small set of error codes shared by every module, and the Error value that carries one.
#pragma once

#include <string>
#include <string_view>

namespace motcua {

// What went wrong, in the terms a caller can act on. The HTTP layer maps each code to a status
// in one place (http/error_mapping.cc); domain code never speaks HTTP.
enum class ErrorCode {
  kInvalidArgument,     // the input is malformed or breaks a rule (422 or 400)
  kNotFound,            // the thing asked for does not exist (404)
  kConflict,            // it already exists, or a concurrent write won (409)
  kUnauthenticated,     // no valid session (401)
  kForbidden,           // authenticated, but not allowed (403)
  kFailedPrecondition,  // the state does not allow it now, e.g. an illegal transition (409)
  kPayloadTooLarge,     // the request body is over its limit (413)
  kDeadlineExceeded,    // an operation ran out of time (504)
  kUnavailable,         // a dependency is down; retrying may help (503)
  kInternal,            // a bug or an unexpected failure (500)
};

// Stable machine-readable name of a code, e.g. "invalid_argument".
std::string_view ErrorCodeName(ErrorCode code);

// An expected failure. `message` is for people (Vietnamese when it reaches a user); `field` names
// the input field at fault, if any; `reason` is an optional finer machine code such as
// "invalid_transition" that clients may switch on.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string field;
  std::string reason;
};

inline Error MakeError(ErrorCode code, std::string message, std::string field = {},
                       std::string reason = {}) {
  return Error{code, std::move(message), std::move(field), std::move(reason)};
}

}  // namespace motcua
