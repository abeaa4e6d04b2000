// SPDX-License-Identifier: Apache-2.0
// The pages a browser gets at "/" until the web application (web/) is built.
#pragma once

#include "http/router.h"

namespace motcua::app {

// Adds GET / (a Vietnamese landing page pointing at the API and the demo accounts) and
// GET /verify/{document_code}, the public page a signed result's QR code opens.
void RegisterWebRoutes(http::Router& router);

}  // namespace motcua::app
