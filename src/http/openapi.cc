// SPDX-License-Identifier: Apache-2.0
#include <string_view>
#include <utility>
#include <vector>

#include "http/api.h"

namespace motcua::http {

// Generated from openapi.json (see CMakeLists.txt).
const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedOpenApi();

const nlohmann::json& OpenApiDocument() {
  static const nlohmann::json doc = nlohmann::json::parse(EmbeddedOpenApi().at(0).second);
  return doc;
}

}  // namespace motcua::http
