// SPDX-License-Identifier: Apache-2.0
// Plain HTTP request and response values: what handlers see instead of Beast's types, so that
// handlers compile quickly and tests can call them without a socket.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/result.h"

namespace motcua::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query
  std::multimap<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string remote;
  std::string request_id;
  std::map<std::string, std::string> path_params;  // filled by the router

  // The header's value, or "" (name in lower case).
  std::string Header(std::string_view name) const;
  // The first value of a query parameter, or `fallback`.
  std::string Query(std::string_view name, std::string fallback = "") const;
  std::string Param(std::string_view name) const;
  // The value of a cookie, or "".
  std::string Cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

// A JSON response.
Response Json(int status, const nlohmann::json& body);

// Parses the body as a JSON object. kInvalidArgument (400 "malformed_json") when it is not JSON,
// or not an object.
Result<nlohmann::json> ParseJsonObject(const Request& request);

// Splits "a=1&b=%C3%A1" into decoded pairs ('+' is a space). Invalid escapes are kept as they are.
std::multimap<std::string, std::string> ParseQuery(std::string_view query);
// Percent-decodes a path or query component.
std::string PercentDecode(std::string_view text, bool plus_is_space);

}  // namespace motcua::http
