// SPDX-License-Identifier: Apache-2.0
#include "process/engine_runner.h"

#include <algorithm>

#include "calendar/deadline.h"

namespace motcua::process {
namespace {

// A map whose gateways loop without ever reaching a step would spin forever.
constexpr int kMaxStepsPerRun = 1000;

Error Internal(const std::string& message) { return MakeError(ErrorCode::kInternal, message); }

// The one-stop desk (bộ phận một cửa) receives and returns; the handling agency does the rest.
long long AgencyOf(const Instance& inst, const Node& node) {
  const bool desk = node.step == StepKind::kReception || node.step == StepKind::kReturn ||
                    (node.assignee.kind == AssigneeKind::kRole &&
                     (node.assignee.value == "reception" || node.assignee.value == "receptionist"));
  return desk && inst.receiving_agency_id != 0 ? inst.receiving_agency_id : inst.agency_id;
}

}  // namespace

void ArmNextTimer(const StepContext& ctx, Task& task, const Node& node, size_t first_boundary) {
  task.timer_node_id.clear();
  task.timer_due_at.reset();
  for (size_t i = first_boundary; i < node.boundary_ids.size(); ++i) {
    const Node* timer = ctx.definition.FindNode(node.boundary_ids[i]);
    if (timer == nullptr) continue;
    task.timer_node_id = timer->id;
    task.timer_due_at =
        calendar::ComputeDueAt(ctx.calendar, task.created_at, timer->timer_duration);
    return;
  }
}

Task& Runner::OpenUserTask(const Node& node, long long from_task) {
  Task t;
  t.instance_id = state_.instance.id;
  t.dossier_code = state_.instance.dossier_code;
  t.node_id = node.id;
  t.node_name = node.name;
  t.kind = TaskKind::kUser;
  t.step = node.step;
  t.agency_id = AgencyOf(state_.instance, node);
  t.assignee = node.assignee;
  t.created_at = ctx_.now;
  if (node.allowance) t.due_at = calendar::ComputeDueAt(ctx_.calendar, ctx_.now, *node.allowance);
  t.previous_task_id = from_task;
  t.changed = true;
  ArmNextTimer(ctx_, t, node, 0);
  state_.tasks.push_back(std::move(t));
  return state_.tasks.back();
}

Status Runner::Enter(std::string_view node_id, long long from_task) {
  if (++steps_ > kMaxStepsPerRun) return Internal("process loops without reaching a step");
  const Node* node = ctx_.definition.FindNode(node_id);
  if (node == nullptr) return Internal("unknown node " + std::string(node_id));
  switch (node->kind) {
    case NodeKind::kStartEvent:
      return Leave(*node, from_task);
    case NodeKind::kEndEvent:
      end_reached_ = true;
      return Ok();
    case NodeKind::kUserTask:
      OpenUserTask(*node, from_task);
      return Ok();
    case NodeKind::kExclusiveGateway:
      return LeaveGateway(*node, from_task);
    case NodeKind::kParallelGateway:
      return EnterJoinOrFork(*node, from_task);
    case NodeKind::kConsultation:
      return EnterConsultation(*node, from_task);
    case NodeKind::kConsultSend:
      MOTCUA_TRY(EnterConsultation(*node, from_task));
      return Leave(*node, from_task);
    case NodeKind::kConsultReceive:
      return EnterReceive(*node, from_task);
    case NodeKind::kBoundaryTimer:
      return Leave(*node, from_task);
  }
  return Internal("unhandled node kind");
}

Status Runner::EnterConsultation(const Node& node, long long from_task) {
  MOTCUA_ASSIGN_OR_RETURN(agency_id, ctx_.agency_of(node.agency_code));
  Task t;
  t.instance_id = state_.instance.id;
  t.dossier_code = state_.instance.dossier_code;
  t.node_id = node.id;
  t.node_name = node.name;
  t.kind = TaskKind::kConsultation;
  t.agency_id = agency_id;
  t.created_at = ctx_.now;
  t.previous_task_id = from_task;
  t.changed = true;
  state_.tasks.push_back(std::move(t));
  return Ok();
}

Status Runner::EnterJoinOrFork(const Node& node, long long from_task) {
  if (node.incoming.size() <= 1) return Leave(node, from_task);
  int& arrived = state_.arrivals[node.id];
  if (++arrived < static_cast<int>(node.incoming.size())) return Ok();
  state_.arrivals.erase(node.id);
  return Leave(node, from_task);
}

Status Runner::EnterReceive(const Node& node, long long from_task) {
  // The answer may already be in: the consulted agency replied before this branch got here.
  const bool answered = std::any_of(state_.tasks.begin(), state_.tasks.end(), [&](const Task& t) {
    return t.node_id == node.pair_id && t.state == TaskState::kCompleted;
  });
  if (answered) return Leave(node, from_task);
  state_.waiting.push_back(node.id);
  return Ok();
}

Status Runner::AnswerArrived(const Node& send, long long from_task) {
  auto it = std::find(state_.waiting.begin(), state_.waiting.end(), send.pair_id);
  if (it == state_.waiting.end()) return Ok();
  state_.waiting.erase(it);
  const Node* receive = ctx_.definition.FindNode(send.pair_id);
  if (receive == nullptr) return Internal("unknown receive " + send.pair_id);
  return Leave(*receive, from_task);
}

Status Runner::Leave(const Node& node, long long from_task) {
  if (node.kind == NodeKind::kExclusiveGateway) return LeaveGateway(node, from_task);
  for (const std::string& flow_id : node.outgoing) {
    const SequenceFlow* flow = ctx_.definition.FindFlow(flow_id);
    if (flow == nullptr) return Internal("unknown flow " + flow_id);
    if (flow->condition && !flow->condition->Evaluate(state_.instance.variables)) continue;
    MOTCUA_TRY(Enter(flow->target, from_task));
  }
  return Ok();
}

Status Runner::LeaveGateway(const Node& node, long long from_task) {
  const SequenceFlow* chosen = nullptr;
  for (const std::string& flow_id : node.outgoing) {
    const SequenceFlow* flow = ctx_.definition.FindFlow(flow_id);
    if (flow == nullptr || flow->id == node.default_flow) continue;
    if (!flow->condition || flow->condition->Evaluate(state_.instance.variables)) {
      chosen = flow;
      break;
    }
  }
  if (chosen == nullptr) chosen = ctx_.definition.FindFlow(node.default_flow);
  if (chosen == nullptr) return Internal("no flow of gateway " + node.id + " applies");
  return Enter(chosen->target, from_task);
}

Status Runner::Follow(std::string_view flow_id, long long from_task) {
  const SequenceFlow* flow = ctx_.definition.FindFlow(flow_id);
  if (flow == nullptr) return Internal("unknown flow " + std::string(flow_id));
  return Enter(flow->target, from_task);
}

void Runner::FinishIfDone() {
  Instance& inst = state_.instance;
  if (inst.status != InstanceStatus::kRunning) return;
  const bool active = std::any_of(state_.tasks.begin(), state_.tasks.end(),
                                  [](const Task& t) { return t.IsActive(); });
  if (!end_reached_ || active || !state_.waiting.empty() || !state_.arrivals.empty()) return;
  inst.status = InstanceStatus::kCompleted;
  inst.ended_at = ctx_.now;
}

void Runner::CancelAll(std::string_view why) {
  for (Task& t : state_.tasks) {
    if (!t.IsActive()) continue;
    t.state = TaskState::kCancelled;
    t.completed_at = ctx_.now;
    t.note = std::string(why);
    t.changed = true;
  }
  state_.waiting.clear();
  state_.arrivals.clear();
}

}  // namespace motcua::process
