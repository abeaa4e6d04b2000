// SPDX-License-Identifier: Apache-2.0
// Process maps: upload a procedure's BPMN map as a new version, read the current or an older one.
#include "http/handlers/handler_support.h"
#include "process/process_service.h"

namespace motcua::http {

namespace {

bool IsXmlContentType(std::string_view type) {
  std::string_view media = type.substr(0, type.find(';'));
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  return media == "application/xml" || media == "text/xml" || media.ends_with("+xml");
}

nlohmann::json OutcomeToJson(const process::PutOutcome& o) {
  const process::ProcessDefinition& def = *o.definition;
  return {{"procedure_code", o.stored.procedure_code},
          {"version", o.stored.version},
          {"id", o.stored.id},
          {"created", o.created},
          {"content_hash", o.stored.content_hash},
          {"process_id", def.process_id},
          {"nodes", def.nodes.size()},
          {"user_tasks", def.CountNodes(process::NodeKind::kUserTask)},
          {"flows", def.flows.size()},
          {"lanes", def.lanes.size()}};
}

}  // namespace

void RegisterProcessRoutes(Router& router, const ApiServices& s) {
  router.Add("PUT", "/api/v1/procedures/{code}/process", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    if (!identity::CanAdminister(identity::ToPrincipal(*user))) {
      return Fail(req, MakeError(ErrorCode::kForbidden,
                                 "Chỉ quản trị viên được cập nhật bản đồ quy trình"));
    }
    if (!IsXmlContentType(req.Header("content-type"))) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument,
                                 "Bản đồ quy trình phải gửi dạng XML (Content-Type: "
                                 "application/xml)",
                                 "content-type", "bad_request"));
    }
    const std::string code = req.Param("code");
    auto procedure = s.catalog->Get(code);
    if (!procedure) return Fail(req, procedure.error());
    auto outcome = s.processes->Put(code, req.body, user->username);
    if (!outcome) return Fail(req, outcome.error());
    return Json(outcome->created ? 201 : 200, OutcomeToJson(*outcome));
  });

  // Public like the catalog: a process map says who does what, in how much time.
  router.Add("GET", "/api/v1/procedures/{code}/process", [s](Request& req) {
    const std::string code = req.Param("code");
    Result<process::StoredProcess> stored = MakeError(ErrorCode::kInternal, "unset");
    if (req.Query("version").empty()) {
      stored = s.processes->Current(code);
    } else {
      auto version = IntQuery(req, "version", 1, 1, 1000000);
      if (!version) return Fail(req, version.error());
      stored = s.processes->GetByNumber(code, *version);
    }
    if (!stored) return Fail(req, stored.error());
    Response r;
    r.content_type = "application/xml; charset=utf-8";
    r.headers.emplace_back("X-Process-Version", std::to_string(stored->version));
    r.headers.emplace_back("ETag", "\"" + stored->content_hash + "\"");
    r.body = stored->xml;
    return r;
  });
}

}  // namespace motcua::http
