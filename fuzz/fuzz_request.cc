// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as an HTTP request, parsed by Beast with the server's limits
// and, when they parse, answered by a real App (demo province on a temp SQLite directory).
// Every answer must carry a valid status; every error must be the JSON error shape; a 500
// (an unhandled exception or broken invariant) counts as a finding.
#include <utility>  // before Asio: Boost 1.74 uses std::exchange without including it

#include <boost/beast/http.hpp>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "app/app.h"
#include "app/demo_seed.h"
#include "http/server.h"

namespace {

namespace bhttp = boost::beast::http;
using motcua::http::Request;

struct Fixture {
  motcua::SystemClock clock;
  std::string dir;
  std::unique_ptr<motcua::app::App> app;
  // "Authorization: Bearer <username>" in an input is replaced by that user's real token, so
  // that the fuzzer reaches the handlers behind authentication.
  std::map<std::string, std::string> tokens;
};

Fixture* fixture = nullptr;

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_request: %s\n%s\n", what, detail.c_str());
  std::abort();
}

std::string Login(motcua::app::App& app, const std::string& user) {
  Request r;
  r.method = "POST";
  r.path = "/api/v1/auth/login";
  r.body = R"({"username":")" + user + R"(","password":"motcua-demo"})";
  const auto resp = app.Handle(r);
  if (resp.status != 200) Fail("demo login failed", resp.body);
  return nlohmann::json::parse(resp.body).at("token").get<std::string>();
}

void CleanUp() {
  if (!fixture) return;
  fixture->app.reset();
  std::error_code ec;
  std::filesystem::remove_all(fixture->dir, ec);
}

// The same conversion as the server's (src/http/server.cc keeps it private to that file).
Request ToRequest(const bhttp::request<bhttp::string_body>& in) {
  Request r;
  r.method = std::string(in.method_string());
  const std::string_view target(in.target().data(), in.target().size());
  const auto qpos = target.find('?');
  r.path = motcua::http::PercentDecode(target.substr(0, qpos), false);
  if (qpos != std::string_view::npos) r.query = motcua::http::ParseQuery(target.substr(qpos + 1));
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[name] = std::string(field.value());
  }
  r.body = in.body();
  r.remote = "127.0.0.1";
  r.request_id = "fuzz";
  return r;
}

void CheckResponse(const Request& req, const motcua::http::Response& resp) {
  const std::string what = req.method + " " + req.path + " -> " + std::to_string(resp.status) +
                           "\n" + resp.body.substr(0, 2000);
  if (resp.status < 100 || resp.status > 599) Fail("invalid HTTP status", what);
  if (resp.status >= 500) Fail("server error", what);
  if (resp.status < 400) return;
  const auto j = nlohmann::json::parse(resp.body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("error") || !j["error"].is_object()) {
    Fail("error body is not {\"error\":{...}}", what);
  }
  const auto& e = j["error"];
  if (!e.contains("code") || !e["code"].is_string() || !e.contains("message") ||
      !e["message"].is_string() || e["message"].get<std::string>().empty() ||
      !e.contains("field")) {
    Fail("error object lacks code, message or field", what);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::err);
  // tmpfs when there is one: intakes commit (and fsync) on every run.
  std::string templ = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
  templ += "/motcua-fuzz-XXXXXX";
  if (!mkdtemp(templ.data())) Fail("mkdtemp failed", templ);
  fixture = new Fixture;
  fixture->dir = templ;
  auto app = motcua::app::App::Open({fixture->dir, ""}, fixture->clock);
  if (!app) Fail("cannot open the app", app.error().message);
  fixture->app = std::move(*app);
  if (!motcua::app::SeedCalendarNotices(*fixture->app)) Fail("calendar seeding failed", "");
  if (!motcua::app::SeedDemo(*fixture->app)) Fail("demo seeding failed", "");
  for (const char* user : {"tiepnhan", "chuyenvien", "lanhdao", "tiepnhanxa", "quantri",
                           "kiemtra", "001090000001"}) {
    fixture->tokens[user] = Login(*fixture->app, user);
  }
  std::atexit(CleanUp);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const motcua::http::ServerOptions limits;  // the server's defaults
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(limits.header_limit));
  parser.body_limit(limits.body_limit);
  parser.eager(true);
  boost::beast::error_code ec;
  size_t used = 0;
  while (!parser.is_done()) {
    if (used == size) {  // all the input was offered: the client has closed
      parser.put_eof(ec);
      break;
    }
    const size_t n = parser.put(boost::asio::buffer(data + used, size - used), ec);
    used += n;
    if (ec == bhttp::error::need_more) {
      ec = {};
      if (n == 0) used = size;  // the parser wants more than there is
      continue;
    }
    if (ec) return 0;  // the server answers 400/413/431 without dispatching
    if (n == 0) used = size;
  }
  if (ec || !parser.is_done()) return 0;
  Request req = ToRequest(parser.get());
  const auto auth = req.headers.find("authorization");
  if (auth != req.headers.end() && auth->second.starts_with("Bearer ")) {
    const auto token = fixture->tokens.find(auth->second.substr(7));
    if (token != fixture->tokens.end()) auth->second = "Bearer " + token->second;
  }
  const auto resp = fixture->app->Handle(req);
  CheckResponse(req, resp);
  // The App is never stopped: libFuzzer exits from between two inputs, so nothing may still be
  // printing then.
  fixture->app->WaitForPrinting();
  return 0;
}
