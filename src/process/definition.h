// SPDX-License-Identifier: Apache-2.0
// A process map (bản đồ quy trình) as the engine runs it: the executable subset of a BPMN 2.0
// process, read by ParseBpmn. The subset and the motcua extensions: docs/formats/bpmn-subset.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/deadline.h"
#include "common/result.h"
#include "process/condition.h"

namespace motcua::process {

// The namespace of the motcua extension attributes (motcua:role, motcua:allowance, ...).
inline constexpr std::string_view kMotcuaNamespace = "http://motcua.vn/bpmn";

enum class NodeKind {
  kStartEvent,        // bpmn:startEvent (exactly one, no incoming flow)
  kEndEvent,          // bpmn:endEvent
  kUserTask,          // bpmn:userTask (also bpmn:task / bpmn:manualTask): a step in an inbox
  kExclusiveGateway,  // bpmn:exclusiveGateway: the first true condition, else the default flow
  kParallelGateway,   // bpmn:parallelGateway: fork (one in, several out) or join (several in)
  // Inter-agency consultation (liên thông: asking another agency and waiting for its answer):
  kConsultation,    // bpmn:serviceTask with motcua:agency: send the request and wait in one node
  kConsultSend,     // bpmn:sendTask with motcua:agency: send the request, continue at once
  kConsultReceive,  // bpmn:receiveTask: wait for the answer of the send named by `pair_id`
  kBoundaryTimer,   // bpmn:boundaryEvent with a timerEventDefinition on a user task
};
std::string_view NodeKindName(NodeKind kind);

// What a user task does in the one-stop practice, from motcua:step. The engine and the forms
// use it (e.g. a receipt at reception, a result to sign at signing).
enum class StepKind { kNone, kReception, kAppraisal, kApproval, kSigning, kReturn };
std::string_view StepKindName(StepKind kind);               // "reception", ..., "" for kNone
std::optional<StepKind> ParseStepKind(std::string_view s);  // "result" is read as kSigning

// Who works a user task: a role (identity::Role names: "reception", "specialist",
// "department_head", "leader") or a department of the agency (as the organisation names it,
// e.g. "Phòng Lý lịch tư pháp"). From the lane (name "role:<role>" / "dept:<department>", or
// motcua:role / motcua:department on the bpmn:lane), overridden by the same attributes on the
// task itself. kNone: anyone of the agency's staff. Reception and return steps are worked at the
// agency that received the dossier, the others at the handling agency.
enum class AssigneeKind { kNone, kRole, kDepartment };
struct Assignee {
  AssigneeKind kind = AssigneeKind::kNone;
  std::string value;  // role name or department name
  bool operator==(const Assignee&) const = default;
};

struct Node {
  std::string id;
  std::string name;
  NodeKind kind = NodeKind::kUserTask;
  std::string lane_id;                // the bpmn:lane holding the node, if any
  std::vector<std::string> incoming;  // sequence-flow ids, document order
  std::vector<std::string> outgoing;  // sequence-flow ids, document order

  // kUserTask
  Assignee assignee;
  StepKind step = StepKind::kNone;
  // kUserTask, kConsultation, kConsultSend (the time the consulted agency has to answer):
  // motcua:allowance, an ISO 8601 duration read as working time: "P2D" two working days,
  // "PT8H" eight working hours, "P1DT4H" twelve working hours (a working day counts 8 hours).
  // Absent: the step has no own allowance (the dossier's due date still applies).
  std::optional<calendar::ProcessingTime> allowance;
  std::vector<std::string> boundary_ids;  // the kBoundaryTimer nodes attached to this task

  // kExclusiveGateway: the id of the default flow (bpmn `default` attribute), may be empty.
  std::string default_flow;

  // kConsultation, kConsultSend: the consulted agency's code (motcua:agency).
  // kConsultReceive: copied from its send.
  std::string agency_code;
  // kConsultSend: the id of its kConsultReceive; kConsultReceive: the id of its kConsultSend.
  // A receive names its send with motcua:pairedWith="<send id>"; without it, a receive pairs
  // with the only send of the process.
  std::string pair_id;

  // kBoundaryTimer: the task it is attached to and the timer's timeDuration, read as working
  // time like `allowance`. cancel_activity (bpmn cancelActivity, default true): when the timer
  // fires the task is cancelled and the token leaves by the timer's outgoing flow. A
  // non-interrupting timer (cancelActivity="false") only marks the step overdue and, if it has an
  // outgoing flow, starts that path as well; it may have no outgoing flow.
  std::string attached_to;
  calendar::ProcessingTime timer_duration;
  bool cancel_activity = true;
};

struct SequenceFlow {
  std::string id;  // also accepted as a task decision (POST /tasks/{id}/complete)
  std::string name;
  std::string source;                  // node id
  std::string target;                  // node id
  std::optional<Condition> condition;  // from bpmn:conditionExpression
  bool is_default = false;             // the `default` flow of its exclusive gateway
};

struct Lane {
  std::string id;
  std::string name;
  Assignee assignee;  // kNone when the name and attributes say nothing we understand
  std::vector<std::string> node_ids;  // bpmn:flowNodeRef
};

// A validated process: every flow's ends exist, one start event, every node reachable from it
// and able to reach an end event, conditions parsed and using known variables. Immutable after
// ParseBpmn; safe to share across threads.
struct ProcessDefinition {
  std::string process_id;  // bpmn:process id
  std::string name;
  std::string start_id;
  std::vector<Node> nodes;          // document order
  std::vector<SequenceFlow> flows;  // document order
  std::vector<Lane> lanes;
  std::map<std::string, size_t, std::less<>> node_index;  // id -> position in `nodes`
  std::map<std::string, size_t, std::less<>> flow_index;  // id -> position in `flows`

  // nullptr when there is no such id.
  const Node* FindNode(std::string_view id) const;
  const SequenceFlow* FindFlow(std::string_view id) const;
  // How many nodes are of `kind`.
  int CountNodes(NodeKind kind) const;
};

// Reads a BPMN 2.0 document (as the bpmn.io modeler saves it) into a ProcessDefinition. The
// first bpmn:process that holds flow nodes is read (a collaboration's participants are ignored);
// bpmndi:*, bpmn:documentation, bpmn:extensionElements, text annotations, associations and
// attributes of other namespaces (camunda:, zeebe:) are ignored. kInvalidArgument with a
// Vietnamese message and `field` = the id of the element at fault (or "process" / "xml") for:
// XML that does not parse; no process; element types outside the subset (inclusive and
// event-based gateways, script tasks, subprocesses, intermediate events, ...); not exactly one
// start event; no end event; a flow whose source or target is missing; a node unreachable from
// the start; a node from which no end event can be reached; an exclusive gateway with several
// outgoing flows of which one has no condition and is not the default; a parallel gateway that
// both forks and joins, or forks and joins that do not pair up; a bad allowance or timer duration;
// a condition that does not parse or names an unknown variable; a consultation without
// motcua:agency; a send/receive that does not pair; a timer not attached to a user task.
Result<ProcessDefinition> ParseBpmn(std::string_view xml);

}  // namespace motcua::process
