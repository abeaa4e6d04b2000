// SPDX-License-Identifier: Apache-2.0
#include "storage/engine_store.h"

#include <nlohmann/json.hpp>

#include "storage/sql_time.h"

namespace motcua::storage {
namespace {

using process::AssigneeKind;
using process::Instance;
using process::InstanceState;
using process::Task;
using process::TaskKind;

constexpr const char* kTaskColumns =
    "SELECT id, instance_id, dossier_code, node_id, node_name, kind, step, agency_id, "
    "assignee_kind, assignee_value, state, claimed_by, created_at, due_at, overdue, "
    "timer_node_id, timer_due_at, completed_at, completed_by, decision, note, previous_task_id "
    "FROM process_tasks ";

constexpr const char* kInstanceColumns =
    "SELECT id, dossier_code, procedure_code, definition_id, agency_id, status, variables, "
    "processing_started, supplement_node, supplement_task_id, started_at, ended_at, row_version, "
    "receiving_agency_id FROM process_instances ";

std::string_view AssigneeKindName(AssigneeKind k) {
  return k == AssigneeKind::kRole ? "role" : k == AssigneeKind::kDepartment ? "department" : "";
}

AssigneeKind ParseAssigneeKind(std::string_view s) {
  return s == "role"         ? AssigneeKind::kRole
         : s == "department" ? AssigneeKind::kDepartment
                             : AssigneeKind::kNone;
}

Task TaskFromRow(const Row& r) {
  Task t;
  t.id = r.Int(0);
  t.instance_id = r.Int(1);
  t.dossier_code = r.Text(2);
  t.node_id = r.Text(3);
  t.node_name = r.Text(4);
  t.kind = r.Text(5) == "consultation" ? TaskKind::kConsultation : TaskKind::kUser;
  t.step = process::ParseStepKind(r.Text(6)).value_or(process::StepKind::kNone);
  t.agency_id = r.Int(7);
  t.assignee = {ParseAssigneeKind(r.Text(8)), r.Text(9)};
  t.state = process::ParseTaskState(r.Text(10)).value_or(process::TaskState::kCancelled);
  t.claimed_by = r.OptInt(11);
  t.created_at = FromSeconds(r.Int(12));
  t.due_at = FromSeconds(r.OptInt(13));
  t.overdue = r.Bool(14);
  t.timer_node_id = r.Text(15);
  t.timer_due_at = FromSeconds(r.OptInt(16));
  t.completed_at = FromSeconds(r.OptInt(17));
  t.completed_by = r.OptInt(18);
  t.decision = r.Text(19);
  t.note = r.Text(20);
  t.previous_task_id = r.Int(21);
  return t;
}

Instance InstanceFromRow(const Row& r) {
  Instance i;
  i.id = r.Int(0);
  i.dossier_code = r.Text(1);
  i.procedure_code = r.Text(2);
  i.definition_id = r.Int(3);
  i.agency_id = r.Int(4);
  i.status = process::ParseInstanceStatus(r.Text(5)).value_or(process::InstanceStatus::kRunning);
  i.variables = VariablesFromJson(r.Text(6));
  i.processing_started = r.Bool(7);
  i.supplement_node = r.Text(8);
  i.supplement_task_id = r.Int(9);
  i.started_at = FromSeconds(r.Int(10));
  i.ended_at = FromSeconds(r.OptInt(11));
  i.row_version = static_cast<int>(r.Int(12));
  i.receiving_agency_id = r.Int(13);
  return i;
}

Params TaskParams(const Task& t, long long instance_id) {
  return {instance_id,
          t.dossier_code,
          t.node_id,
          t.node_name,
          t.kind == TaskKind::kConsultation ? "consultation" : "user",
          process::StepKindName(t.step),
          t.agency_id,
          AssigneeKindName(t.assignee.kind),
          t.assignee.value,
          process::TaskStateName(t.state),
          t.claimed_by,
          ToSeconds(t.created_at),
          ToSeconds(t.due_at),
          t.overdue,
          t.timer_node_id,
          ToSeconds(t.timer_due_at),
          ToSeconds(t.completed_at),
          t.completed_by,
          t.decision,
          t.note,
          t.previous_task_id};
}

// Inserts the task (id 0) or rewrites it; returns its id.
Result<long long> WriteTask(Connection& c, const Task& t, long long instance_id) {
  if (t.id == 0) {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOne("INSERT INTO process_tasks (instance_id, dossier_code, node_id, node_name, "
                        "kind, step, agency_id, assignee_kind, assignee_value, state, claimed_by, "
                        "created_at, due_at, overdue, timer_node_id, timer_due_at, completed_at, "
                        "completed_by, decision, note, previous_task_id) VALUES ($1, $2, $3, $4, "
                        "$5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, "
                        "$20, $21) RETURNING id",
                        TaskParams(t, instance_id), "insert task"));
    return row.Int(0);
  }
  MOTCUA_TRY(
      c.Execute("UPDATE process_tasks SET state = $1, claimed_by = $2, due_at = $3, overdue = $4, "
                "timer_node_id = $5, timer_due_at = $6, completed_at = $7, completed_by = $8, "
                "decision = $9, note = $10 WHERE id = $11 AND instance_id = $12",
                {process::TaskStateName(t.state), t.claimed_by, ToSeconds(t.due_at), t.overdue,
                 t.timer_node_id, ToSeconds(t.timer_due_at), ToSeconds(t.completed_at),
                 t.completed_by, t.decision, t.note, t.id, instance_id}));
  return t.id;
}

Status WriteTokens(Connection& c, const InstanceState& s) {
  const long long id = s.instance.id;
  MOTCUA_TRY(c.Execute("DELETE FROM process_tokens WHERE instance_id = $1", {id}));
  std::map<std::string, int> waiting;
  for (const std::string& node : s.waiting) ++waiting[node];
  const std::pair<const char*, const std::map<std::string, int>*> sets[] = {
      {"waiting", &waiting}, {"arrival", &s.arrivals}};
  for (const auto& [kind, counts] : sets) {
    for (const auto& [node, n] : *counts) {
      MOTCUA_TRY(
          c.Execute("INSERT INTO process_tokens (instance_id, node_id, kind, tokens) "
                    "VALUES ($1, $2, $3, $4)",
                    {id, node, kind, n}));
    }
  }
  return Ok();
}

Status WriteTasks(Connection& c, InstanceState& s) {
  for (Task& t : s.tasks) {
    if (t.id != 0 && !t.changed) continue;
    MOTCUA_ASSIGN_OR_RETURN(id, WriteTask(c, t, s.instance.id));
    t.id = id;
    t.instance_id = s.instance.id;
    t.changed = false;
  }
  return WriteTokens(c, s);
}

Result<InstanceState> LoadState(Connection& c, long long id) {
  InstanceState s;
  MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne(std::string(kInstanceColumns) + "WHERE id = $1", {id},
                                          "Không tìm thấy quy trình"));
  s.instance = InstanceFromRow(row);
  MOTCUA_ASSIGN_OR_RETURN(
      tasks, c.Query(std::string(kTaskColumns) + "WHERE instance_id = $1 ORDER BY id", {id}));
  for (const Row& r : tasks) s.tasks.push_back(TaskFromRow(r));
  MOTCUA_ASSIGN_OR_RETURN(
      tokens, c.Query("SELECT node_id, kind, tokens FROM process_tokens WHERE instance_id = $1 "
                      "ORDER BY node_id",
                      {id}));
  for (const Row& r : tokens) {
    if (r.Text(1) == "arrival") {
      s.arrivals[r.Text(0)] = static_cast<int>(r.Int(2));
    } else {
      for (long long i = 0; i < r.Int(2); ++i) s.waiting.push_back(r.Text(0));
    }
  }
  return s;
}

// Inserts a new instance with its first tasks and tokens.
Result<InstanceState> CreateIn(Connection& c, const InstanceState& state) {
  const Instance& i = state.instance;
  MOTCUA_ASSIGN_OR_RETURN(
      existing, c.QueryOptional("SELECT id FROM process_instances WHERE dossier_code = $1",
                                {i.dossier_code}));
  if (existing) {
    return MakeError(ErrorCode::kConflict, "Hồ sơ đã có quy trình đang chạy", "dossier",
                     "instance_exists");
  }
  MOTCUA_ASSIGN_OR_RETURN(
      row, c.QueryOne("INSERT INTO process_instances (dossier_code, procedure_code, "
                      "definition_id, agency_id, status, variables, processing_started, "
                      "supplement_node, supplement_task_id, started_at, ended_at, "
                      "receiving_agency_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
                      "$11, $12) RETURNING id",
                      {i.dossier_code, i.procedure_code, i.definition_id, i.agency_id,
                       process::InstanceStatusName(i.status), VariablesToJson(i.variables),
                       i.processing_started, i.supplement_node, i.supplement_task_id,
                       ToSeconds(i.started_at), ToSeconds(i.ended_at), i.receiving_agency_id},
                      "insert instance"));
  InstanceState out = state;
  out.instance.id = row.Int(0);
  out.instance.row_version = 1;
  MOTCUA_TRY(WriteTasks(c, out));
  return out;
}

// One step's state, written if nobody wrote the instance since it was loaded.
Result<InstanceState> SaveIn(Connection& c, const InstanceState& state) {
  const Instance& i = state.instance;
  MOTCUA_ASSIGN_OR_RETURN(
      n, c.Execute("UPDATE process_instances SET status = $1, variables = $2, "
                   "processing_started = $3, supplement_node = $4, supplement_task_id = $5, "
                   "ended_at = $6, row_version = row_version + 1 WHERE id = $7 AND "
                   "row_version = $8",
                   {process::InstanceStatusName(i.status), VariablesToJson(i.variables),
                    i.processing_started, i.supplement_node, i.supplement_task_id,
                    ToSeconds(i.ended_at), i.id, i.row_version}));
  if (n != 1) {
    return MakeError(ErrorCode::kConflict, "Quy trình vừa được người khác thay đổi", "",
                     "concurrent_update");
  }
  InstanceState out = state;
  out.instance.row_version = i.row_version + 1;
  MOTCUA_TRY(WriteTasks(c, out));
  return out;
}

}  // namespace

SqlEngineRepository::SqlEngineRepository(std::shared_ptr<Database> db)
    : db_(std::move(db)),
      writes_(std::make_unique<GroupCommitter<Write, InstanceState>>(
          db_, [](Connection& c, const Write& w) {
            return w.create ? CreateIn(c, *w.state) : SaveIn(c, *w.state);
          })) {}

std::string VariablesToJson(const process::Variables& vars) {
  nlohmann::json j = nlohmann::json::object();
  // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
  for (const auto& entry : vars) {
    const std::string& name = entry.first;
    std::visit([&](const auto& v) { j[name] = v; }, entry.second);
  }
  return j.dump();
}

process::Variables VariablesFromJson(std::string_view json) {
  process::Variables vars;
  const auto j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return vars;
  for (const auto& [name, v] : j.items()) {
    if (v.is_boolean()) vars[name] = v.get<bool>();
    if (v.is_number_integer()) vars[name] = v.get<long long>();
    if (v.is_string()) vars[name] = v.get<std::string>();
  }
  return vars;
}

Result<InstanceState> SqlEngineRepository::Create(const InstanceState& state) {
  auto created = writes_->Submit({true, &state});
  if (created) cache_.Put(*created);
  return created;
}

Result<InstanceState> SqlEngineRepository::Save(const InstanceState& state) {
  auto saved = writes_->Submit({false, &state});
  if (saved) {
    cache_.Put(*saved);
  } else {
    cache_.Forget(state.instance.id);
  }
  return saved;
}

Result<InstanceState> SqlEngineRepository::Load(long long instance_id) {
  if (auto cached = cache_.Get(instance_id)) return std::move(*cached);
  auto loaded = db_->Transact<InstanceState>(
      TxMode::kRead, [&](Connection& c) { return LoadState(c, instance_id); });
  if (loaded) cache_.Put(*loaded);
  return loaded;
}

Result<InstanceState> SqlEngineRepository::LoadByTask(long long task_id) {
  if (auto cached = cache_.GetByTask(task_id)) return std::move(*cached);
  auto loaded = db_->Transact<InstanceState>(
      TxMode::kRead, [&](Connection& c) -> Result<InstanceState> {
        MOTCUA_ASSIGN_OR_RETURN(
            row, c.QueryOne("SELECT instance_id FROM process_tasks WHERE id = $1", {task_id},
                            "Không tìm thấy bước xử lý"));
        return LoadState(c, row.Int(0));
      });
  if (loaded) cache_.Put(*loaded);
  return loaded;
}

Result<std::optional<long long>> SqlEngineRepository::FindByDossier(std::string_view code) {
  using Out = std::optional<long long>;
  if (auto cached = cache_.InstanceOfDossier(std::string(code))) return Out(*cached);
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        row, c.QueryOptional("SELECT id FROM process_instances WHERE dossier_code = $1", {code}));
    return row ? Out(row->Int(0)) : Out();
  });
}

Result<Task> SqlEngineRepository::GetTask(long long task_id) {
  return db_->Transact<Task>(TxMode::kRead, [&](Connection& c) -> Result<Task> {
    MOTCUA_ASSIGN_OR_RETURN(row, c.QueryOne(std::string(kTaskColumns) + "WHERE id = $1", {task_id},
                                            "Không tìm thấy bước xử lý"));
    return TaskFromRow(row);
  });
}

Result<std::vector<Task>> SqlEngineRepository::ListTasks(const process::TaskFilter& f) {
  std::string sql = std::string(kTaskColumns) + "WHERE agency_id = $1 ";
  if (f.active_only) sql += "AND state IN ('open', 'claimed') ";
  if (f.claimed_by) sql += "AND claimed_by = $3 ";
  sql += "ORDER BY id LIMIT $2";
  Params p{f.agency_id, f.limit};
  if (f.claimed_by) p.push_back(*f.claimed_by);
  using Out = std::vector<Task>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(rows, c.Query(sql, p));
    Out out;
    for (const Row& r : rows) out.push_back(TaskFromRow(r));
    return out;
  });
}

Result<std::vector<Task>> SqlEngineRepository::DueTasks(Timestamp now, int limit) {
  using Out = std::vector<Task>;
  return db_->Transact<Out>(TxMode::kRead, [&](Connection& c) -> Result<Out> {
    MOTCUA_ASSIGN_OR_RETURN(
        rows, c.Query(std::string(kTaskColumns) +
                          "WHERE state IN ('open', 'claimed') AND ((due_at <= $1 AND overdue = 0) "
                          "OR timer_due_at <= $1) ORDER BY id LIMIT $2",
                      {ToSeconds(now), limit}));
    Out out;
    for (const Row& r : rows) out.push_back(TaskFromRow(r));
    return out;
  });
}

}  // namespace motcua::storage
