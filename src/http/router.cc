// SPDX-License-Identifier: Apache-2.0
#include "http/router.h"

#include "http/error_mapping.h"

namespace motcua::http {

void Router::Add(std::string method, std::string pattern, Handler handler) {
  routes_.push_back({std::move(method), std::move(pattern), std::move(handler)});
}

bool Router::Match(const std::string& pattern, std::string_view path,
                   std::map<std::string, std::string>* params) {
  size_t p = 0, q = 0;
  while (p < pattern.size() && q <= path.size()) {
    if (pattern[p] == '{') {
      const size_t close = pattern.find('}', p);
      const std::string name = pattern.substr(p + 1, close - p - 1);
      size_t end = path.find('/', q);
      if (end == std::string_view::npos) end = path.size();
      // A suffix after the parameter inside the same segment, e.g. "{form}.pdf".
      size_t next = close + 1;
      std::string suffix;
      while (next < pattern.size() && pattern[next] != '/') suffix += pattern[next++];
      std::string_view value = path.substr(q, end - q);
      if (!suffix.empty()) {
        if (value.size() <= suffix.size() ||
            value.substr(value.size() - suffix.size()) != suffix) {
          return false;
        }
        value.remove_suffix(suffix.size());
      }
      if (value.empty()) return false;
      if (params) (*params)[name] = PercentDecode(value, false);
      p = next;
      q = end;
    } else {
      if (q >= path.size() || pattern[p] != path[q]) return false;
      ++p;
      ++q;
    }
  }
  return p == pattern.size() && q == path.size();
}

bool Router::Matches(std::string_view path) const {
  for (const auto& r : routes_) {
    if (Match(r.pattern, path, nullptr)) return true;
  }
  return false;
}

Response Router::Dispatch(Request& request) const {
  std::string allowed;
  for (const auto& r : routes_) {
    std::map<std::string, std::string> params;
    if (!Match(r.pattern, request.path, &params)) continue;
    if (r.method == request.method || (request.method == "HEAD" && r.method == "GET")) {
      request.path_params = std::move(params);
      return r.handler(request);
    }
    if (allowed.find(r.method) == std::string::npos) {
      allowed += (allowed.empty() ? "" : ", ") + r.method;
    }
  }
  if (!allowed.empty()) {
    Response resp = ErrorResponse(MakeError(ErrorCode::kFailedPrecondition,
                                            "Phương thức " + request.method +
                                                " không được hỗ trợ cho địa chỉ này",
                                            "", "method_not_allowed"),
                                  request.request_id);
    resp.status = 405;
    resp.headers.emplace_back("Allow", allowed);
    return resp;
  }
  if (fallback_) {
    if (auto answer = fallback_(request)) return std::move(*answer);
  }
  return ErrorResponse(MakeError(ErrorCode::kNotFound, "Không tìm thấy địa chỉ " + request.path,
                                 "", "route_not_found"),
                       request.request_id);
}

}  // namespace motcua::http
