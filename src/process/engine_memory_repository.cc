// SPDX-License-Identifier: Apache-2.0
#include "process/engine_memory_repository.h"

namespace motcua::process {

InstanceState MemoryEngineRepository::Stored(InstanceState state) {
  for (Task& t : state.tasks) {
    if (t.id == 0) t.id = next_task_++;
    t.instance_id = state.instance.id;
    t.changed = false;
  }
  return state;
}

Result<InstanceState> MemoryEngineRepository::Create(const InstanceState& state) {
  std::lock_guard lock(mu_);
  for (const auto& [id, s] : states_) {
    if (s.instance.dossier_code == state.instance.dossier_code) {
      return MakeError(ErrorCode::kConflict, "Hồ sơ đã có quy trình đang chạy", "dossier",
                       "instance_exists");
    }
  }
  InstanceState copy = state;
  copy.instance.id = next_instance_++;
  copy.instance.row_version = 1;
  copy = Stored(std::move(copy));
  states_[copy.instance.id] = copy;
  return copy;
}

Result<InstanceState> MemoryEngineRepository::Save(const InstanceState& state) {
  std::lock_guard lock(mu_);
  auto it = states_.find(state.instance.id);
  if (it == states_.end()) return MakeError(ErrorCode::kNotFound, "no instance");
  if (it->second.instance.row_version != state.instance.row_version) {
    return MakeError(ErrorCode::kConflict, "Quy trình vừa được người khác thay đổi", "",
                     "concurrent_update");
  }
  InstanceState copy = Stored(state);
  copy.instance.row_version++;
  it->second = copy;
  return copy;
}

Result<InstanceState> MemoryEngineRepository::Load(long long instance_id) {
  std::lock_guard lock(mu_);
  auto it = states_.find(instance_id);
  if (it == states_.end()) return MakeError(ErrorCode::kNotFound, "Không tìm thấy quy trình");
  return it->second;
}

Result<InstanceState> MemoryEngineRepository::LoadByTask(long long task_id) {
  std::lock_guard lock(mu_);
  for (const auto& [id, s] : states_) {
    for (const Task& t : s.tasks) {
      if (t.id == task_id) return s;
    }
  }
  return MakeError(ErrorCode::kNotFound, "Không tìm thấy bước xử lý");
}

Result<std::optional<long long>> MemoryEngineRepository::FindByDossier(std::string_view code) {
  std::lock_guard lock(mu_);
  for (const auto& [id, s] : states_) {
    if (s.instance.dossier_code == code) return std::optional<long long>(id);
  }
  return std::optional<long long>();
}

Result<Task> MemoryEngineRepository::GetTask(long long task_id) {
  std::lock_guard lock(mu_);
  for (const auto& [id, s] : states_) {
    for (const Task& t : s.tasks) {
      if (t.id == task_id) return t;
    }
  }
  return MakeError(ErrorCode::kNotFound, "Không tìm thấy bước xử lý");
}

Result<std::vector<Task>> MemoryEngineRepository::ListTasks(const TaskFilter& filter) {
  std::lock_guard lock(mu_);
  std::vector<Task> out;
  for (const auto& [id, s] : states_) {
    for (const Task& t : s.tasks) {
      if (t.agency_id != filter.agency_id || (filter.active_only && !t.IsActive())) continue;
      if (filter.claimed_by && t.claimed_by != filter.claimed_by) continue;
      out.push_back(t);
    }
  }
  return out;
}

Result<std::vector<Task>> MemoryEngineRepository::DueTasks(Timestamp now, int limit) {
  std::lock_guard lock(mu_);
  std::vector<Task> out;
  for (const auto& [id, s] : states_) {
    for (const Task& t : s.tasks) {
      if (!t.IsActive() || static_cast<int>(out.size()) >= limit) continue;
      const bool late = t.due_at && *t.due_at <= now && !t.overdue;
      const bool timer = t.timer_due_at && *t.timer_due_at <= now;
      if (late || timer) out.push_back(t);
    }
  }
  return out;
}

}  // namespace motcua::process
