// SPDX-License-Identifier: Apache-2.0
// The pages a browser gets outside /api: the web application (web/dist) with its client-side
// routes, and the public document check that a signed result's QR code opens.
#pragma once

#include <string>
#include <string_view>

#include "http/router.h"

namespace motcua::app {

// Adds GET /verify/{document_code} (a static page asking /api/v1/verify/{code}) and the
// router's fallback for the web application built into `web_root`:
// - GET or HEAD of a file in `web_root` serves it (http::StaticFiles: content type, immutable
//   caching of hashed /assets/, no path traversal);
// - any other GET or HEAD path that is not a server path (see IsServerPath) answers index.html,
//   so the application's own router shows the page (e.g. /tra-cuu/<code> from the receipt's
//   QR code); a missing file under /assets/ is a plain-text 404 instead;
// - without a build in `web_root`, "/" answers a short landing page that says so.
// Server paths and other methods keep the router's JSON 404.
void RegisterWebRoutes(http::Router& router, const std::string& web_root);

// The web root compiled in: web/dist beside the source tree (MOTCUA_WEB_DIST).
std::string DefaultWebRoot();

// True for the paths the server itself answers and the web application must never shadow:
// /api and /api/..., /healthz, /pay/... (the payment provider's pages) and /verify/....
bool IsServerPath(std::string_view path);

}  // namespace motcua::app
