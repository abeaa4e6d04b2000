// SPDX-License-Identifier: Apache-2.0
// Engine::Decide (what a task's decision does) and Engine::FireDue (deadlines and timers), and
// the names of the engine's enums.
#include <algorithm>

#include "process/engine.h"

namespace motcua::process {
namespace {

bool Blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

Error BadDecision(std::string_view decision) {
  return MakeError(ErrorCode::kInvalidArgument,
                   "Quyết định không hợp lệ cho bước này: \"" + std::string(decision) + "\"",
                   "decision");
}

void Close(Task& task, TaskState state, Timestamp now, std::string_view decision,
           std::string_view note) {
  task.state = state;
  task.completed_at = now;
  task.decision = std::string(decision);
  task.note = std::string(note);
  task.timer_node_id.clear();
  task.timer_due_at.reset();
  task.changed = true;
}

Status AnswerConsultation(const Node& node, Runner& runner, InstanceState& state, Task& task,
                          std::string_view decision, std::string_view note) {
  std::string answer;
  if (decision == "agree" || decision == "approve") answer = "agree";
  if (decision == "disagree" || decision == "refuse") answer = "disagree";
  if (answer.empty()) return BadDecision(decision);
  const long long id = task.id;
  Close(task, TaskState::kCompleted, runner.context().now, answer, note);
  state.instance.variables["consultation"] = answer;
  if (node.kind == NodeKind::kConsultSend) return runner.AnswerArrived(node, id);
  return runner.Leave(node, id);
}

// True when the map routes a refusal itself: the step leads to an exclusive gateway with a
// conditioned flow that holds for the variables (decision = "refuse"), e.g. to a return step
// that hands the refusal to the applicant.
bool RefusalRouted(const ProcessDefinition& def, const Node& node, const Variables& vars) {
  for (const std::string& out : node.outgoing) {
    const SequenceFlow* flow = def.FindFlow(out);
    const Node* next = flow == nullptr ? nullptr : def.FindNode(flow->target);
    if (next == nullptr || next->kind != NodeKind::kExclusiveGateway) continue;
    for (const std::string& id : next->outgoing) {
      const SequenceFlow* f = def.FindFlow(id);
      if (f != nullptr && f->condition && f->condition->Evaluate(vars)) return true;
    }
  }
  return false;
}

}  // namespace

std::string_view TaskStateName(TaskState s) {
  switch (s) {
    case TaskState::kOpen:
      return "open";
    case TaskState::kClaimed:
      return "claimed";
    case TaskState::kCompleted:
      return "completed";
    case TaskState::kCancelled:
      return "cancelled";
  }
  return "";
}

std::optional<TaskState> ParseTaskState(std::string_view s) {
  for (TaskState t :
       {TaskState::kOpen, TaskState::kClaimed, TaskState::kCompleted, TaskState::kCancelled}) {
    if (TaskStateName(t) == s) return t;
  }
  return std::nullopt;
}

std::string_view InstanceStatusName(InstanceStatus s) {
  switch (s) {
    case InstanceStatus::kRunning:
      return "running";
    case InstanceStatus::kWaitingSupplement:
      return "waiting_supplement";
    case InstanceStatus::kCompleted:
      return "completed";
    case InstanceStatus::kRefused:
      return "refused";
  }
  return "";
}

std::optional<InstanceStatus> ParseInstanceStatus(std::string_view s) {
  for (InstanceStatus t : {InstanceStatus::kRunning, InstanceStatus::kWaitingSupplement,
                           InstanceStatus::kCompleted, InstanceStatus::kRefused}) {
    if (InstanceStatusName(t) == s) return t;
  }
  return std::nullopt;
}

Status Engine::Decide(const Node& node, Runner& runner, InstanceState& state, Task& task,
                      std::string_view decision, std::string_view note,
                      std::vector<Effect>& effects) {
  if (task.kind == TaskKind::kConsultation) {
    return AnswerConsultation(node, runner, state, task, decision, note);
  }
  const bool known = decision == "approve" || decision == "refuse" || decision == "return" ||
                     decision == "request_supplement";
  const bool forward = !known && std::find(node.outgoing.begin(), node.outgoing.end(), decision) !=
                                     node.outgoing.end();
  if (!known && !forward) return BadDecision(decision);
  if ((decision == "refuse" || decision == "request_supplement") && Blank(note)) {
    return MakeError(ErrorCode::kInvalidArgument, "Phải ghi rõ lý do", "note");
  }
  const long long id = task.id;
  Instance& inst = state.instance;
  const Timestamp now = runner.context().now;
  if (decision == "return") {
    auto prev = std::find_if(state.tasks.begin(), state.tasks.end(), [&](const Task& t) {
      return t.id == task.previous_task_id && t.kind == TaskKind::kUser;
    });
    const Node* back =
        prev == state.tasks.end() ? nullptr : runner.context().definition.FindNode(prev->node_id);
    if (back == nullptr) {
      return MakeError(ErrorCode::kInvalidArgument, "Không có bước trước để trả lại", "decision");
    }
    const long long before = prev->previous_task_id;
    Close(task, TaskState::kCompleted, now, decision, note);
    runner.OpenUserTask(*back, before);
    return Ok();
  }
  Close(task, TaskState::kCompleted, now, decision, note);
  inst.variables["decision"] = std::string(decision);
  if (decision == "refuse") {
    effects.push_back({EffectKind::kStop, std::string(note)});
    inst.processing_started = true;  // a stopped dossier is not processed any more
    if (RefusalRouted(runner.context().definition, node, inst.variables)) {
      return runner.Leave(node, id);
    }
    runner.CancelAll("refused");
    inst.status = InstanceStatus::kRefused;
    inst.ended_at = now;
    return Ok();
  }
  if (decision == "request_supplement") {
    effects.push_back({EffectKind::kRequestSupplement, std::string(note)});
    inst.status = InstanceStatus::kWaitingSupplement;
    inst.supplement_node = node.id;
    inst.supplement_task_id = id;
    const auto n = std::get_if<long long>(&inst.variables["supplements"]);
    inst.variables["supplements"] = (n != nullptr ? *n : 0LL) + 1;
    return Ok();
  }
  if (!inst.processing_started) {
    effects.push_back({EffectKind::kStartProcessing, ""});
    inst.processing_started = true;
  }
  if (node.step == StepKind::kSigning) effects.push_back({EffectKind::kIssueResult, ""});
  if (node.step == StepKind::kReturn) effects.push_back({EffectKind::kReturnResult, ""});
  if (forward) return runner.Follow(decision, id);
  return runner.Leave(node, id);
}

Status Engine::FireDue(Runner& runner, InstanceState&, Task& task, Timestamp now) {
  if (task.due_at && *task.due_at <= now && !task.overdue) {
    task.overdue = true;
    task.changed = true;
  }
  if (!task.timer_due_at || *task.timer_due_at > now) return Ok();
  const ProcessDefinition& def = runner.context().definition;
  const Node* timer = def.FindNode(task.timer_node_id);
  const Node* node = def.FindNode(task.node_id);
  if (timer == nullptr || node == nullptr) return MakeError(ErrorCode::kInternal, "timer missing");
  const long long id = task.id;
  if (timer->cancel_activity) {
    Close(task, TaskState::kCancelled, now, "timer:" + timer->id, "");
    return runner.Leave(*timer, id);
  }
  const auto pos = std::find(node->boundary_ids.begin(), node->boundary_ids.end(), timer->id);
  task.overdue = true;
  task.changed = true;
  ArmNextTimer(runner.context(), task, *node, (pos - node->boundary_ids.begin()) + 1);
  return runner.Leave(*timer, id);
}

}  // namespace motcua::process
