// SPDX-License-Identifier: Apache-2.0
#include "storage/engine_state_cache.h"

namespace motcua::storage {

std::optional<process::InstanceState> EngineStateCache::Get(long long instance_id) {
  std::lock_guard lock(mu_);
  auto it = states_.find(instance_id);
  if (it == states_.end()) return std::nullopt;
  return it->second;
}

std::optional<process::InstanceState> EngineStateCache::GetByTask(long long task_id) {
  std::lock_guard lock(mu_);
  auto task = instance_of_task_.find(task_id);
  if (task == instance_of_task_.end()) return std::nullopt;
  auto it = states_.find(task->second);
  if (it == states_.end()) return std::nullopt;
  return it->second;
}

std::optional<long long> EngineStateCache::InstanceOfDossier(const std::string& dossier_code) {
  std::lock_guard lock(mu_);
  auto it = instance_of_dossier_.find(dossier_code);
  // A dossier's instance never changes once created, so the index needs no state beside it.
  if (it == instance_of_dossier_.end()) return std::nullopt;
  return it->second;
}

void EngineStateCache::Put(const process::InstanceState& state) {
  const long long id = state.instance.id;
  if (id == 0) return;
  std::lock_guard lock(mu_);
  auto it = states_.find(id);
  if (it != states_.end() && it->second.instance.row_version >= state.instance.row_version) {
    return;
  }
  if (it == states_.end() && states_.size() >= capacity_) {
    states_.clear();
    instance_of_task_.clear();
    instance_of_dossier_.clear();
  }
  states_[id] = state;
  for (const process::Task& t : state.tasks) instance_of_task_[t.id] = id;
  instance_of_dossier_[state.instance.dossier_code] = id;
}

void EngineStateCache::Forget(long long instance_id) {
  std::lock_guard lock(mu_);
  // The task and dossier indexes stay: a task or dossier never moves to another instance.
  states_.erase(instance_id);
}

}  // namespace motcua::storage
