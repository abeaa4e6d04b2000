// SPDX-License-Identifier: Apache-2.0
// Routes "METHOD /path/{param}" to handlers, and answers 404/405 as JSON errors.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/message.h"

namespace motcua::http {

using Handler = std::function<Response(Request&)>;
// Answers a request that no route matches, or nullopt to leave it to the router's 404.
using FallbackHandler = std::function<std::optional<Response>(Request&)>;

// A route table. Register everything before serving; matching is then thread-safe.
class Router {
 public:
  struct Route {
    std::string method;
    std::string pattern;  // e.g. "/api/v1/dossiers/{code}"
    Handler handler;
  };

  void Add(std::string method, std::string pattern, Handler handler);
  // Consulted for a path that no route's pattern matches, before the 404 (the web
  // application's files and its client-side routes). One fallback; a later call replaces it.
  void SetFallback(FallbackHandler fallback) { fallback_ = std::move(fallback); }

  // Finds the handler for the request, fills request.path_params and calls it. Unknown paths
  // get 404, a known path with another method 405 (with Allow). Exceptions escape to the caller.
  Response Dispatch(Request& request) const;

  // True when some route's pattern matches `path` (any method).
  bool Matches(std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  static bool Match(const std::string& pattern, std::string_view path,
                    std::map<std::string, std::string>* params);
  std::vector<Route> routes_;
  FallbackHandler fallback_;
};

}  // namespace motcua::http
