// SPDX-License-Identifier: Apache-2.0
// The pages a browser gets at "/" until the web application (web/) is built.
#pragma once

#include "http/router.h"

namespace motcua::app {

// Adds GET / (a Vietnamese landing page pointing at the API and the demo accounts).
void RegisterWebRoutes(http::Router& router);

}  // namespace motcua::app
