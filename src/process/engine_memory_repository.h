// SPDX-License-Identifier: Apache-2.0
// An EngineRepository in memory, for tests of the engine and of what builds on it (like
// LevelDB's memenv). Same contract as the SQL one, including the optimistic version check.
#pragma once

#include <map>
#include <mutex>

#include "process/instance.h"

namespace motcua::process {

class MemoryEngineRepository final : public EngineRepository {
 public:
  Result<InstanceState> Create(const InstanceState& state) override;
  Result<InstanceState> Save(const InstanceState& state) override;
  Result<InstanceState> Load(long long instance_id) override;
  Result<InstanceState> LoadByTask(long long task_id) override;
  Result<std::optional<long long>> FindByDossier(std::string_view dossier_code) override;
  Result<Task> GetTask(long long task_id) override;
  Result<std::vector<Task>> ListTasks(const TaskFilter& filter) override;
  Result<std::vector<Task>> DueTasks(Timestamp now, int limit) override;

 private:
  InstanceState Stored(InstanceState state);  // assigns ids, clears `changed`; mu_ held

  std::mutex mu_;
  long long next_instance_ = 1;                // GUARDED_BY(mu_)
  long long next_task_ = 1;                    // GUARDED_BY(mu_)
  std::map<long long, InstanceState> states_;  // GUARDED_BY(mu_)
};

}  // namespace motcua::process
