// SPDX-License-Identifier: Apache-2.0
#include "bench/motcua_server.h"

#include <nlohmann/json.hpp>

#include "bench/load_client.h"

namespace motcua::bench {

Result<std::unique_ptr<MotcuaServer>> MotcuaServer::Start(const std::string& exe,
                                                          const std::string& dir,
                                                          const std::string& db_url) {
  const std::string log = dir + "/motcua.log";
  const std::string data = dir + "/data";
  std::vector<std::string> init{exe, "init", "--data", data, "--demo"};
  if (!db_url.empty()) init.insert(init.end(), {"--db", db_url});
  if (RunCommand(init, log) != 0) {
    return MakeError(ErrorCode::kUnavailable, "motcua init --demo failed; see " + log);
  }
  MOTCUA_ASSIGN_OR_RETURN(port, FreeLoopbackPort());
  std::vector<std::string> serve{exe,      "serve", "--data", data, "--port", std::to_string(port),
                                 "--no-access-log"};
  if (!db_url.empty()) serve.insert(serve.end(), {"--db", db_url});
  MOTCUA_ASSIGN_OR_RETURN(process, ChildProcess::Start(serve, log));
  if (!WaitForPort(port, std::chrono::seconds(30))) {
    return MakeError(ErrorCode::kUnavailable, "motcua serve did not listen; see " + log);
  }
  return std::unique_ptr<MotcuaServer>(new MotcuaServer(std::move(process), port));
}

Result<std::string> MotcuaServer::Login(const std::string& username,
                                        const std::string& password) const {
  const std::string body = nlohmann::json{{"username", username}, {"password", password}}.dump();
  MOTCUA_ASSIGN_OR_RETURN(
      reply, Fetch(port_, BuildRequest("POST", "/api/v1/auth/login",
                                       {{"Content-Type", "application/json"}}, body)));
  const auto j = nlohmann::json::parse(reply.body, nullptr, false);
  if (reply.status != 200 || !j.is_object() || !j.contains("token")) {
    return MakeError(ErrorCode::kUnauthenticated,
                     "login as " + username + " failed: " + std::to_string(reply.status));
  }
  return j["token"].get<std::string>();
}

}  // namespace motcua::bench
