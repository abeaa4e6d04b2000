// SPDX-License-Identifier: Apache-2.0
#include "process/definition.h"

namespace motcua::process {

std::string_view NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kStartEvent:
      return "start_event";
    case NodeKind::kEndEvent:
      return "end_event";
    case NodeKind::kUserTask:
      return "user_task";
    case NodeKind::kExclusiveGateway:
      return "exclusive_gateway";
    case NodeKind::kParallelGateway:
      return "parallel_gateway";
    case NodeKind::kConsultation:
      return "consultation";
    case NodeKind::kConsultSend:
      return "consult_send";
    case NodeKind::kConsultReceive:
      return "consult_receive";
    case NodeKind::kBoundaryTimer:
      return "boundary_timer";
  }
  return "";
}

std::string_view StepKindName(StepKind kind) {
  switch (kind) {
    case StepKind::kNone:
      return "";
    case StepKind::kReception:
      return "reception";
    case StepKind::kAppraisal:
      return "appraisal";
    case StepKind::kApproval:
      return "approval";
    case StepKind::kSigning:
      return "signing";
    case StepKind::kReturn:
      return "return";
  }
  return "";
}

std::optional<StepKind> ParseStepKind(std::string_view s) {
  if (s == "reception") return StepKind::kReception;
  if (s == "appraisal") return StepKind::kAppraisal;
  if (s == "approval") return StepKind::kApproval;
  if (s == "signing" || s == "result") return StepKind::kSigning;
  if (s == "return") return StepKind::kReturn;
  return std::nullopt;
}

const Node* ProcessDefinition::FindNode(std::string_view id) const {
  auto it = node_index.find(id);
  return it == node_index.end() ? nullptr : &nodes[it->second];
}

const SequenceFlow* ProcessDefinition::FindFlow(std::string_view id) const {
  auto it = flow_index.find(id);
  return it == flow_index.end() ? nullptr : &flows[it->second];
}

int ProcessDefinition::CountNodes(NodeKind kind) const {
  int n = 0;
  for (const Node& node : nodes) n += node.kind == kind ? 1 : 0;
  return n;
}

}  // namespace motcua::process
