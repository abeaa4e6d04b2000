// SPDX-License-Identifier: Apache-2.0
// The process engine's inboxes: list tasks, claim, complete with a decision; a dossier's process.
#include <charconv>

#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

using nlohmann::json;
using process::Task;

json TimeOrNull(const std::optional<Timestamp>& t) { return t ? json(FormatIso(*t)) : json(); }

json AssigneeJson(const process::Assignee& a) {
  if (a.kind == process::AssigneeKind::kNone) return nullptr;
  return {{a.kind == process::AssigneeKind::kRole ? "role" : "department", a.value}};
}

json TaskToJson(const Task& t) {
  return {
      {"id", t.id},
      {"dossier_code", t.dossier_code},
      {"step",
       {{"node_id", t.node_id}, {"name", t.node_name}, {"kind", process::StepKindName(t.step)}}},
      {"kind", t.kind == process::TaskKind::kConsultation ? "consultation" : "user"},
      {"agency_id", t.agency_id},
      {"assignee", AssigneeJson(t.assignee)},
      {"state", process::TaskStateName(t.state)},
      {"claimed_by", t.claimed_by ? json(*t.claimed_by) : json()},
      {"created_at", FormatIso(t.created_at)},
      {"due_at", TimeOrNull(t.due_at)},
      {"overdue", t.overdue}};
}

// A closed step as the officer's screen shows it, marked on time or late.
json HistoryJson(const Task& t) {
  json j = TaskToJson(t);
  j["completed_at"] = TimeOrNull(t.completed_at);
  j["completed_by"] = t.completed_by ? json(*t.completed_by) : json();
  j["decision"] = t.decision;
  j["note"] = t.note;
  j["on_time"] = !t.Late() && !t.overdue;
  return j;
}

json ProcessToJson(const process::InstanceState& s, int version) {
  json current = json::array();
  json history = json::array();
  for (const Task& t : s.tasks) {
    if (t.IsActive())
      current.push_back(TaskToJson(t));
    else
      history.push_back(HistoryJson(t));
  }
  json waiting = json::array();
  for (const auto& node : s.waiting) waiting.push_back(node);
  return {{"dossier_code", s.instance.dossier_code},
          {"procedure_code", s.instance.procedure_code},
          {"version", version},
          {"status", process::InstanceStatusName(s.instance.status)},
          {"started_at", FormatIso(s.instance.started_at)},
          {"ended_at", TimeOrNull(s.instance.ended_at)},
          {"current", current},
          {"waiting", waiting},
          {"history", history}};
}

Result<long long> TaskId(const Request& req) {
  const std::string text = req.Param("id");
  long long id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy bước xử lý \"" + text + "\"");
  }
  return id;
}

Result<process::InboxScope> Scope(const Request& req) {
  const std::string text = req.Query("scope");
  if (text.empty()) return process::InboxScope::kMine;
  auto scope = process::ParseInboxScope(text);
  if (!scope) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Tham số \"scope\" phải là mine, department hoặc agency", "scope");
  }
  return *scope;
}

Response ProcessOf(Request& req, const ApiServices& s) {
  auto user = RequireUser(req, s);
  if (!user) return Fail(req, user.error());
  // Whoever may read the dossier may follow its process.
  auto d = s.dossiers->Get(identity::ToPrincipal(*user), req.Param("code"));
  if (!d) return Fail(req, d.error());
  auto state = s.engine->ByDossier(d->code);
  if (!state) return Fail(req, state.error());
  auto def = s.engine->DefinitionOf(state->instance);
  return Json(200, ProcessToJson(*state, def ? def->stored.version : 0));
}

}  // namespace

void RegisterTaskRoutes(Router& router, const ApiServices& s) {
  router.Add("GET", "/api/v1/tasks", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto scope = Scope(req);
    if (!scope) return Fail(req, scope.error());
    auto tasks = s.engine->Inbox(identity::ToPrincipal(*user), *scope);
    if (!tasks) return Fail(req, tasks.error());
    json items = json::array();
    for (const Task& t : *tasks) items.push_back(TaskToJson(t));
    return Json(200, {{"items", items}});
  });
  router.Add("POST", "/api/v1/tasks/{id}/claim", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto id = TaskId(req);
    if (!id) return Fail(req, id.error());
    auto task = s.engine->Claim(identity::ToPrincipal(*user), *id);
    if (!task) return Fail(req, task.error());
    return Json(200, TaskToJson(*task));
  });
  router.Add("POST", "/api/v1/tasks/{id}/complete", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto id = TaskId(req);
    if (!id) return Fail(req, id.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto decision = StringField(*body, "decision", true);
    if (!decision) return Fail(req, decision.error());
    auto note = StringField(*body, "note");
    if (!note) return Fail(req, note.error());
    auto task = s.engine->Complete(identity::ToPrincipal(*user), *id, *decision, *note);
    if (!task) return Fail(req, task.error());
    return Json(200, HistoryJson(*task));
  });
  router.Add("GET", "/api/v1/dossiers/{code}/process",
             [s](Request& req) { return ProcessOf(req, s); });
}

}  // namespace motcua::http
