// SPDX-License-Identifier: Apache-2.0
// Routes "METHOD /path/{param}" to handlers, and answers 404/405 as JSON errors.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/message.h"

namespace motcua::http {

using Handler = std::function<Response(Request&)>;

// A route table. Register everything before serving; matching is then thread-safe.
class Router {
 public:
  struct Route {
    std::string method;
    std::string pattern;  // e.g. "/api/v1/dossiers/{code}"
    Handler handler;
  };

  void Add(std::string method, std::string pattern, Handler handler);

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
};

}  // namespace motcua::http
