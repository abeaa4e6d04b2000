// SPDX-License-Identifier: Apache-2.0
// process::EngineRepository on SQL (both dialects): instances, tasks and tokens of migration 0009.
#pragma once

#include <memory>

#include "process/instance.h"
#include "storage/database.h"
#include "storage/engine_state_cache.h"
#include "storage/group_commit.h"

namespace motcua::storage {

class SqlEngineRepository final : public process::EngineRepository {
 public:
  // Saves of concurrent steps share one durable commit (GroupCommitter): each step is still its
  // own all-or-nothing unit (a savepoint), and returns only once committed. Loads are served
  // from the states this repository committed last (EngineStateCache) when it holds them: it
  // must be the only writer of the process tables, as it is in one server process.
  explicit SqlEngineRepository(std::shared_ptr<Database> db);
  Result<process::InstanceState> Create(const process::InstanceState& state) override;
  Result<process::InstanceState> Save(const process::InstanceState& state) override;
  Result<process::InstanceState> Load(long long instance_id) override;
  Result<process::InstanceState> LoadByTask(long long task_id) override;
  Result<std::optional<long long>> FindByDossier(std::string_view dossier_code) override;
  Result<process::Task> GetTask(long long task_id) override;
  Result<std::vector<process::Task>> ListTasks(const process::TaskFilter& filter) override;
  Result<std::vector<process::Task>> DueTasks(Timestamp now, int limit) override;

 private:
  std::shared_ptr<Database> db_;
  EngineStateCache cache_;
  // Creates and saves go through one committer so that they share commits too.
  struct Write {
    bool create;
    const process::InstanceState* state;
  };
  std::unique_ptr<GroupCommitter<Write, process::InstanceState>> writes_;
};

// The variables as stored (a JSON object of flags, numbers and texts), and back. Unknown value
// types read back as absent.
std::string VariablesToJson(const process::Variables& vars);
process::Variables VariablesFromJson(std::string_view json);

}  // namespace motcua::storage
