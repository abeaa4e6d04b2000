// SPDX-License-Identifier: Apache-2.0
#include "process/engine.h"

#include <algorithm>

namespace motcua::process {
namespace {

using identity::Principal;

Task* FindTask(InstanceState& state, long long id) {
  for (Task& t : state.tasks) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

bool MatchesAssignee(const Principal& who, const Task& task) {
  if (task.kind == TaskKind::kConsultation) return true;
  if (task.assignee.kind == AssigneeKind::kDepartment) {
    // A department's lane is worked by its own staff; those who belong to no department (the
    // agency's leaders) may work any lane.
    return who.department.empty() || who.department == task.assignee.value;
  }
  if (task.assignee.kind != AssigneeKind::kRole) return true;
  // Maps drawn by hand say "receptionist" for the desk's role.
  if (task.assignee.value == "receptionist") return who.role == identity::Role::kReception;
  return identity::RoleName(who.role) == task.assignee.value;
}

Error Closed() {
  return MakeError(ErrorCode::kConflict, "Bước xử lý đã kết thúc", "task", "task_closed");
}

}  // namespace

std::optional<InboxScope> ParseInboxScope(std::string_view s) {
  if (s == "mine") return InboxScope::kMine;
  if (s == "department") return InboxScope::kDepartment;
  if (s == "agency") return InboxScope::kAgency;
  return std::nullopt;
}

bool CanWorkOn(const Principal& who, const Task& task) {
  return identity::IsStaffRole(who.role) && who.agency_id == task.agency_id &&
         MatchesAssignee(who, task);
}

Result<InstanceState> Engine::Start(const StartRequest& request) {
  MOTCUA_ASSIGN_OR_RETURN(loaded, definitions_(request.definition_id));
  const auto calendar = calendar_();
  InstanceState state;
  Instance& inst = state.instance;
  inst.dossier_code = request.dossier_code;
  inst.procedure_code = request.procedure_code;
  inst.definition_id = request.definition_id;
  inst.agency_id = request.agency_id;
  inst.receiving_agency_id = request.receiving_agency_id;
  inst.variables = request.variables;
  inst.started_at = clock_.Now();
  const StepContext ctx{*loaded.definition, *calendar, inst.started_at, agency_of_};
  Runner runner(ctx, state);
  MOTCUA_TRY(runner.Enter(loaded.definition->start_id, 0));
  if (request.received_by) MOTCUA_TRY(PassReception(runner, state, *request.received_by));
  runner.FinishIfDone();
  // The store refuses a second instance for a dossier inside its own write, so two starts that
  // race cannot both pass a check made beforehand.
  return repo_->Create(state);
}

Status Engine::PassReception(Runner& runner, InstanceState& state, long long user_id) {
  std::vector<size_t> reception;
  for (size_t i = 0; i < state.tasks.size(); ++i) {
    if (state.tasks[i].IsActive() && state.tasks[i].step == StepKind::kReception) {
      reception.push_back(i);
    }
  }
  for (size_t i : reception) {
    Task& t = state.tasks[i];
    const Node* node = runner.context().definition.FindNode(t.node_id);
    if (node == nullptr) return MakeError(ErrorCode::kInternal, "reception node missing");
    t.state = TaskState::kCompleted;
    t.completed_at = runner.context().now;
    t.completed_by = user_id;
    t.decision = "accept";
    t.timer_node_id.clear();
    t.timer_due_at.reset();
    MOTCUA_TRY(runner.Leave(*node, 0));  // `t` may move: nothing touches it after this
  }
  return Ok();
}

Result<StepOutcome> Engine::RunOnTask(const Principal* who, long long task_id, Timestamp now,
                                      const StepFn& step) {
  // Two officers may finish two parallel steps of one dossier at the same moment: the second
  // save then finds the instance changed. A step without effects on the dossier is simply run
  // again on the new state; one with effects has already changed the dossier and is refused.
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    MOTCUA_ASSIGN_OR_RETURN(state, repo_->LoadByTask(task_id));
    MOTCUA_ASSIGN_OR_RETURN(loaded, definitions_(state.instance.definition_id));
    const auto calendar = calendar_();
    const StepContext ctx{*loaded.definition, *calendar, now, agency_of_};
    Runner runner(ctx, state);
    Task* task = FindTask(state, task_id);
    if (task == nullptr) return MakeError(ErrorCode::kInternal, "task not in its instance");
    std::vector<Effect> effects;
    MOTCUA_TRY(step(runner, state, *task, effects));
    runner.FinishIfDone();
    const bool applies_effects = hooks_ != nullptr && who != nullptr && !effects.empty();
    if (applies_effects) MOTCUA_TRY(hooks_->Apply(*who, state.instance, effects));
    auto saved = repo_->Save(state);
    if (!saved && saved.error().reason == "concurrent_update" && !applies_effects &&
        attempt < kAttempts) {
      continue;
    }
    if (!saved) return saved.error();
    Task* after = FindTask(*saved, task_id);
    if (after == nullptr) return MakeError(ErrorCode::kInternal, "task lost on save");
    Task done = *after;
    return StepOutcome{std::move(done), std::move(*saved)};
  }
}

Result<Task> Engine::Claim(const Principal& who, long long task_id) {
  MOTCUA_ASSIGN_OR_RETURN(
      outcome,
      RunOnTask(nullptr, task_id, clock_.Now(),
                   [&](Runner&, InstanceState&, Task& task, std::vector<Effect>&) -> Status {
                     if (!CanWorkOn(who, task)) {
                       return MakeError(ErrorCode::kForbidden,
                                        "Bạn không được giao bước xử lý này");
                     }
                     if (!task.IsActive()) return Closed();
                     if (task.claimed_by && *task.claimed_by != who.user_id) {
                       return MakeError(ErrorCode::kConflict, "Bước xử lý đã có người nhận", "task",
                                        "task_claimed");
                     }
                     task.state = TaskState::kClaimed;
                     task.claimed_by = who.user_id;
                     task.changed = true;
                     return Ok();
                   }));
  return std::move(outcome.task);
}

Result<Task> Engine::Complete(const Principal& who, long long task_id, std::string_view decision,
                              std::string_view note) {
  MOTCUA_ASSIGN_OR_RETURN(outcome, Advance(who, task_id, decision, note));
  return std::move(outcome.task);
}

Result<StepOutcome> Engine::Advance(const Principal& who, long long task_id,
                                    std::string_view decision, std::string_view note) {
  return RunOnTask(&who, task_id, clock_.Now(),
                   [&](Runner& runner, InstanceState& state, Task& task,
                       std::vector<Effect>& effects) -> Status {
                     if (!CanWorkOn(who, task)) {
                       return MakeError(ErrorCode::kForbidden,
                                        "Bạn không được giao bước xử lý này");
                     }
                     if (!task.IsActive()) return Closed();
                     if (task.claimed_by && *task.claimed_by != who.user_id) {
                       return MakeError(ErrorCode::kConflict, "Bước xử lý đã có người nhận", "task",
                                        "task_claimed");
                     }
                     const Node* node = runner.context().definition.FindNode(task.node_id);
                     if (node == nullptr)
                       return MakeError(ErrorCode::kInternal, "task node missing");
                     task.completed_by = who.user_id;
                     return Decide(*node, runner, state, task, decision, note, effects);
                   });
}

Status Engine::ResumeAfterSupplement(std::string_view dossier_code) {
  MOTCUA_ASSIGN_OR_RETURN(id, repo_->FindByDossier(dossier_code));
  if (!id) return MakeError(ErrorCode::kNotFound, "Hồ sơ chưa có quy trình");
  MOTCUA_ASSIGN_OR_RETURN(state, repo_->Load(*id));
  if (state.instance.status != InstanceStatus::kWaitingSupplement) return Ok();
  MOTCUA_ASSIGN_OR_RETURN(loaded, definitions_(state.instance.definition_id));
  const auto calendar = calendar_();
  const StepContext ctx{*loaded.definition, *calendar, clock_.Now(), agency_of_};
  const Node* node = loaded.definition->FindNode(state.instance.supplement_node);
  if (node == nullptr) return MakeError(ErrorCode::kInternal, "supplement step missing");
  Runner runner(ctx, state);
  state.instance.status = InstanceStatus::kRunning;
  runner.OpenUserTask(*node, state.instance.supplement_task_id);
  MOTCUA_TRY(repo_->Save(state));
  return Ok();
}

Result<int> Engine::Sweep(Timestamp now) {
  MOTCUA_ASSIGN_OR_RETURN(due, repo_->DueTasks(now, 500));
  int changed = 0;
  for (const Task& t : due) {
    auto done = RunOnTask(
        nullptr, t.id, now,
        [&](Runner& runner, InstanceState& state, Task& task, std::vector<Effect>&) -> Status {
          if (!task.IsActive()) return Ok();
          return FireDue(runner, state, task, now);
        });
    if (done) ++changed;
  }
  return changed;
}

Result<std::vector<Task>> Engine::Inbox(const Principal& who, InboxScope scope) {
  if (!who.agency_id || !identity::IsStaffRole(who.role)) {
    return MakeError(ErrorCode::kForbidden, "Tài khoản chưa gắn với cơ quan");
  }
  TaskFilter filter;
  filter.agency_id = *who.agency_id;
  MOTCUA_ASSIGN_OR_RETURN(tasks, repo_->ListTasks(filter));
  std::vector<Task> out;
  for (Task& t : tasks) {
    bool keep = true;
    if (scope == InboxScope::kMine) {
      keep = t.claimed_by ? *t.claimed_by == who.user_id : MatchesAssignee(who, t);
    } else if (scope == InboxScope::kDepartment) {
      keep = MatchesAssignee(who, t);
    }
    if (keep) out.push_back(std::move(t));
  }
  return out;
}

Result<InstanceState> Engine::ByDossier(std::string_view dossier_code) {
  MOTCUA_ASSIGN_OR_RETURN(id, repo_->FindByDossier(dossier_code));
  if (!id) return MakeError(ErrorCode::kNotFound, "Hồ sơ chưa có quy trình xử lý");
  return repo_->Load(*id);
}

}  // namespace motcua::process
