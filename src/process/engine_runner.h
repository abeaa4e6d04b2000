// SPDX-License-Identifier: Apache-2.0
// The token semantics of the engine, on an InstanceState in memory: what happens when a token
// enters a node or leaves it. No storage, no clock of its own; Engine loads, runs and saves.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "calendar/working_calendar.h"
#include "common/result.h"
#include "process/definition.h"
#include "process/instance.h"

namespace motcua::process {

// The agency id of an agency code (for consultations). kNotFound for an unknown code.
using AgencyResolver = std::function<Result<long long>(std::string_view agency_code)>;

// What a step needs besides the state. References must outlive the Runner.
struct StepContext {
  const ProcessDefinition& definition;
  const calendar::WorkingCalendar& calendar;
  Timestamp now;
  const AgencyResolver& agency_of;
};

// Moves tokens through one InstanceState. Tasks it creates have id 0 and `changed` set; tasks it
// closes get `changed` set. Not thread-safe (one step, one thread).
class Runner {
 public:
  Runner(const StepContext& ctx, InstanceState& state) : ctx_(ctx), state_(state) {}

  // A token arrives at `node_id` coming from the task `from_task` (0: none). kInternal for a
  // node missing from the definition or a loop that never reaches a waiting step.
  Status Enter(std::string_view node_id, long long from_task);
  // A token leaves `node` by each outgoing flow that applies (all for tasks and forks, the first
  // true condition or the default for exclusive gateways).
  Status Leave(const Node& node, long long from_task);
  // A token leaves by one flow.
  Status Follow(std::string_view flow_id, long long from_task);
  // A consultation send's task was answered: frees a token waiting at its receive.
  Status AnswerArrived(const Node& send, long long from_task);
  // Opens a user task at `node` (also used by return and supplement resumption).
  Task& OpenUserTask(const Node& node, long long from_task);
  // Completes the instance when an end was reached and nothing is pending.
  void FinishIfDone();
  // Cancels every active task and drops every token (refusal).
  void CancelAll(std::string_view why);
  const StepContext& context() const { return ctx_; }

 private:
  Status EnterConsultation(const Node& node, long long from_task);
  Status EnterJoinOrFork(const Node& node, long long from_task);
  Status EnterReceive(const Node& node, long long from_task);
  Status LeaveGateway(const Node& node, long long from_task);

  const StepContext& ctx_;
  InstanceState& state_;
  int steps_ = 0;
  bool end_reached_ = false;
};

// Arms the first boundary timer of `task` at or after position `first_boundary` in the node's
// boundary_ids (clears the timer when there is none).
void ArmNextTimer(const StepContext& ctx, Task& task, const Node& node, size_t first_boundary);

}  // namespace motcua::process
