// SPDX-License-Identifier: Apache-2.0
// The command-line verbs: init and serve. Each returns the process exit code.
#pragma once

#include <string>

#include "app/app.h"

namespace motcua::app {

struct InitOptions {
  std::string data_dir = "var";
  std::string db_url;
  bool demo = false;
};

struct ServeOptions {
  std::string data_dir = "var";
  std::string db_url;
  std::string address = "127.0.0.1";
  int port = 8080;
  int threads = 0;  // 0: twice the number of cores, at least 4
  bool access_log = true;
  std::string web_dir;  // the web application's build; empty: the compiled-in web/dist
  // Where people reach this server (QR codes, payment links); empty: AppOptions' default.
  std::string public_url;
};

// Creates the data directory and the database (migrated); with `demo`, the demo province, and
// writes the demo logins to <data_dir>/demo-logins.txt as well as printing them.
int RunInit(const InitOptions& options);

// The App that `serve` opens. The local test payment provider (whose pay page marks a payment
// paid for anyone holding the link) is on only in a demo province: a data directory in which
// `init --demo` wrote the demo logins file (kDemoLoginsFile).
AppOptions ServeAppOptions(const ServeOptions& options);

// Serves HTTP until SIGTERM/SIGINT; in-flight requests finish first.
int RunServe(const ServeOptions& options);

}  // namespace motcua::app
