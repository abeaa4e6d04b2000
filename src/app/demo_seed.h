// SPDX-License-Identifier: Apache-2.0
// The demo province (Bắc Ninh after the 2025 merger): map, agencies, users, catalog, calendar.
#pragma once

#include <string>
#include <vector>

#include "app/app.h"

namespace motcua::app {

inline constexpr std::string_view kDemoPassword = "motcua-demo";
// Written into the data directory by `init --demo`: the logins, and the mark of a demo province.
inline constexpr std::string_view kDemoLoginsFile = "demo-logins.txt";

struct DemoLogin {
  std::string username;
  std::string full_name;
  std::string role_title;
  std::string agency_name;
};

// Loads the demo data embedded from seed/ into an empty database. kFailedPrecondition when the
// database already holds agencies. Returns the accounts created (all with kDemoPassword).
Result<std::vector<DemoLogin>> SeedDemo(App& app);

// Loads the published yearly calendar notices (2025, 2026) when none are entered yet; every
// new installation gets them, demo or not.
Status SeedCalendarNotices(App& app);

// The demo accounts as a printable table.
std::string FormatLogins(const std::vector<DemoLogin>& logins);

}  // namespace motcua::app
