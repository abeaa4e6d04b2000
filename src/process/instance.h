// SPDX-License-Identifier: Apache-2.0
// A running process (an instance of a definition version for one dossier), its whole state as
// the engine loads and saves it, and the storage interface of that state.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "process/condition.h"
#include "process/task.h"

namespace motcua::process {

enum class InstanceStatus {
  kRunning,
  kWaitingSupplement,  // the dossier was asked for more papers; resumes on submit_supplement
  kCompleted,          // an end event was reached and nothing else is pending
  kRefused,            // a step refused the dossier; every pending step was cancelled
};
std::string_view InstanceStatusName(InstanceStatus s);  // "running", "waiting_supplement", ...
std::optional<InstanceStatus> ParseInstanceStatus(std::string_view s);

struct Instance {
  long long id = 0;  // 0 until stored
  std::string dossier_code;
  std::string procedure_code;
  long long definition_id = 0;  // the StoredProcess row: pinned for the instance's life
  long long agency_id = 0;      // the handling agency: its inbox gets the user tasks
  // The agency whose desk received the dossier: its inbox gets the reception and return steps
  // (and those of the reception role). 0: the handling agency.
  long long receiving_agency_id = 0;
  InstanceStatus status = InstanceStatus::kRunning;
  Variables variables;
  bool processing_started = false;  // the dossier was moved to processing by the engine
  std::string supplement_node;      // the step that asked for a supplement
  long long supplement_task_id = 0;
  Timestamp started_at;
  std::optional<Timestamp> ended_at;
  int row_version = 1;
};

// Everything the engine needs to take one step: the instance, all its tasks (oldest first,
// closed ones too: they are the history), the tokens waiting at receive tasks, and how many
// tokens arrived at each parallel join.
struct InstanceState {
  Instance instance;
  std::vector<Task> tasks;
  std::vector<std::string> waiting;     // node ids of kConsultReceive nodes holding a token
  std::map<std::string, int> arrivals;  // join node id -> tokens arrived so far
};

struct TaskFilter {
  long long agency_id = 0;
  std::optional<long long> claimed_by;  // only tasks claimed by this user
  bool active_only = true;
  int limit = 200;
};

// Implementations are thread-safe; each method is one transaction.
class EngineRepository {
 public:
  virtual ~EngineRepository() = default;
  // Inserts the instance and its first tasks, tokens and arrivals; returns the state with ids
  // assigned and row_version 1. kConflict (reason "instance_exists") when the dossier already
  // has an instance.
  virtual Result<InstanceState> Create(const InstanceState& state) = 0;
  // Writes the state if the stored row_version equals state.instance.row_version (then + 1):
  // the instance row, every task marked `changed` (inserting those with id 0), and the tokens
  // and arrivals in place of the stored ones. kConflict (reason "concurrent_update") otherwise.
  // Returns the state as stored.
  virtual Result<InstanceState> Save(const InstanceState& state) = 0;
  // kNotFound when absent.
  virtual Result<InstanceState> Load(long long instance_id) = 0;
  // The state of the instance holding the task, read in one transaction. kNotFound when the
  // task is absent.
  virtual Result<InstanceState> LoadByTask(long long task_id) = 0;
  // The instance of a dossier; nullopt when it has none.
  virtual Result<std::optional<long long>> FindByDossier(std::string_view dossier_code) = 0;
  // kNotFound when absent.
  virtual Result<Task> GetTask(long long task_id) = 0;
  // Tasks of an agency's inbox, oldest first.
  virtual Result<std::vector<Task>> ListTasks(const TaskFilter& filter) = 0;
  // Active tasks whose due time passed without being flagged, or whose timer is due at `now`.
  virtual Result<std::vector<Task>> DueTasks(Timestamp now, int limit) = 0;
};

}  // namespace motcua::process
