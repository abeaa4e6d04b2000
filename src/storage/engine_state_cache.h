// SPDX-License-Identifier: Apache-2.0
// The last committed state of the process instances a server touched recently, so that a step
// does not read its instance back from the database it has just written it to.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "process/instance.h"

namespace motcua::storage {

// Holds copies of states as they were committed. The database stays the truth: an entry is only
// ever put after its transaction committed, a newer row_version never gives way to an older one,
// and a Save that loses the row_version check drops the entry (so a state cached from before
// another writer's change costs one refused step, not a wrong one). Bounded: past `capacity`
// entries it starts again empty. Thread-safe.
class EngineStateCache {
 public:
  explicit EngineStateCache(size_t capacity = 20000) : capacity_(capacity) {}

  std::optional<process::InstanceState> Get(long long instance_id);
  std::optional<process::InstanceState> GetByTask(long long task_id);
  std::optional<long long> InstanceOfDossier(const std::string& dossier_code);
  // Keeps `state` unless a state with a higher row_version is already held.
  void Put(const process::InstanceState& state);
  void Forget(long long instance_id);

 private:
  std::mutex mu_;
  const size_t capacity_;
  std::unordered_map<long long, process::InstanceState> states_;  // GUARDED_BY(mu_)
  std::unordered_map<long long, long long> instance_of_task_;     // GUARDED_BY(mu_)
  std::unordered_map<std::string, long long> instance_of_dossier_;  // GUARDED_BY(mu_)
};

}  // namespace motcua::storage
