// SPDX-License-Identifier: Apache-2.0
#include "app/commands.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "app/app.h"
#include "app/demo_keys.h"
#include "app/demo_seed.h"
#include "http/server.h"

namespace motcua::app {

int RunInit(const InitOptions& options) {
  SystemClock clock;
  auto app = App::Open({options.data_dir, options.db_url}, clock);
  if (!app) {
    spdlog::error("init failed: {}", app.error().message);
    return 1;
  }
  if (auto notices = SeedCalendarNotices(**app); !notices) {
    spdlog::error("init failed: {}", notices.error().message);
    return 1;
  }
  if (options.demo) {
    auto logins = SeedDemo(**app);
    if (!logins) {
      spdlog::error("demo seeding failed: {}", logins.error().message);
      return 1;
    }
    auto agencies = (*app)->org().ListAgencies();
    if (!agencies) {
      spdlog::error("demo seeding failed: {}", agencies.error().message);
      return 1;
    }
    if (auto keys = CreateDemoKeys(options.data_dir, *agencies, std::string(kDemoPassword),
                                   clock.Now());
        !keys) {
      spdlog::error("demo signing keys failed: {}", keys.error().message);
      return 1;
    }
    const std::string table = FormatLogins(*logins);
    std::ofstream(options.data_dir + "/" + std::string(kDemoLoginsFile)) << table;
    std::cout << "Đã tạo tỉnh demo (Bắc Ninh) trong " << options.data_dir << "\n" << table;
  } else {
    std::cout << "Đã khởi tạo dữ liệu trong " << options.data_dir << "\n";
  }
  return 0;
}

AppOptions ServeAppOptions(const ServeOptions& options) {
  AppOptions app_options{options.data_dir, options.db_url};
  app_options.web_root = options.web_dir;
  if (!options.public_url.empty()) app_options.public_url = options.public_url;
  // A data directory made by `init --demo` is a demo province: payments go to the test provider.
  std::error_code ec;
  app_options.payment_test_provider = std::filesystem::is_regular_file(
      std::filesystem::path(options.data_dir) / kDemoLoginsFile, ec);
  return app_options;
}

int RunServe(const ServeOptions& options) {
  SystemClock clock;
  const AppOptions app_options = ServeAppOptions(options);
  if (app_options.payment_test_provider) {
    spdlog::info("demo province: online fees are paid through the local test provider");
  }
  auto app = App::Open(app_options, clock);
  if (!app) {
    spdlog::error("cannot start: {}", app.error().message);
    return 1;
  }
  http::ServerOptions so;
  so.address = options.address;
  so.port = static_cast<unsigned short>(options.port);
  so.threads = options.threads > 0
                   ? options.threads
                   : std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency()));
  so.access_log = options.access_log;
  const App* handler = app->get();
  http::Server server(so, [handler](http::Request& r) { return handler->Handle(r); });
  if (auto listening = server.Listen(); !listening) {
    spdlog::error("{}", listening.error().message);
    return 1;
  }
  spdlog::info("motcua is serving http://{}:{}/ ({} threads)", options.address, server.port(),
               so.threads);
  server.Run();
  return 0;
}

}  // namespace motcua::app
