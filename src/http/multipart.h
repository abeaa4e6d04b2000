// SPDX-License-Identifier: Apache-2.0
// multipart/form-data bodies (RFC 7578), as browsers and curl send file uploads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace motcua::http {

struct FormPart {
  std::string name;          // the form field's name
  std::string filename;      // as the client named the file (never trusted for the type)
  std::string content_type;  // as the client declared it (never trusted either)
  std::string_view data;     // points into the body passed to ParseMultipart
};

// Splits a multipart/form-data body. `content_type` is the request's Content-Type header, which
// carries the boundary. kInvalidArgument (reason "bad_request") for a missing boundary, a part
// without Content-Disposition, or a body that does not end with the closing boundary.
Result<std::vector<FormPart>> ParseMultipart(std::string_view content_type, std::string_view body);

}  // namespace motcua::http
