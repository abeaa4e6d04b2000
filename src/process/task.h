// SPDX-License-Identifier: Apache-2.0
// A task: one step of a running process in an agency's inbox (a user task, or an inter-agency
// consultation waiting for the consulted agency's answer).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/clock.h"
#include "process/definition.h"

namespace motcua::process {

enum class TaskState { kOpen, kClaimed, kCompleted, kCancelled };
std::string_view TaskStateName(TaskState s);  // "open", "claimed", "completed", "cancelled"
std::optional<TaskState> ParseTaskState(std::string_view s);

// kConsultation: a sub-case in the consulted agency's inbox; its decision is the answer.
enum class TaskKind { kUser, kConsultation };

struct Task {
  long long id = 0;  // 0 until stored
  long long instance_id = 0;
  std::string dossier_code;
  std::string node_id;
  std::string node_name;
  TaskKind kind = TaskKind::kUser;
  StepKind step = StepKind::kNone;
  long long agency_id = 0;  // whose inbox
  Assignee assignee;        // who in that agency; kNone: any staff
  TaskState state = TaskState::kOpen;
  std::optional<long long> claimed_by;
  Timestamp created_at;
  std::optional<Timestamp> due_at;  // from the node's allowance in working time
  bool overdue = false;             // set by Engine::Sweep or a non-interrupting timer
  // The next boundary timer of the task still to fire, and when.
  std::string timer_node_id;
  std::optional<Timestamp> timer_due_at;
  std::optional<Timestamp> completed_at;
  std::optional<long long> completed_by;
  std::string decision;
  std::string note;
  long long previous_task_id = 0;  // the task whose completion created this one (for return)
  bool changed = false;            // not stored: the engine touched it since it was loaded

  bool IsActive() const { return state == TaskState::kOpen || state == TaskState::kClaimed; }
  // Completed after its due time.
  bool Late() const { return due_at && completed_at && *completed_at > *due_at; }
};

}  // namespace motcua::process
