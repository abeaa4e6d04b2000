// SPDX-License-Identifier: Apache-2.0
// Repository tests for the process engine's state, on both backends.
#include "storage/engine_store.h"

#include "storage/store_test_support.h"
#include "storage/testing/dossier_world.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;
using process::InstanceState;
using process::InstanceStatus;
using process::Task;
using process::TaskState;

class EngineStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    auto world = testing::DossierWorld::Create(db_);
    ASSERT_TRUE(world.has_value()) << world.error().message;
    const auto agency = [&](const char* code, const char* name) {
      auto id = world->AddAgency(code, name, org::AgencyKind::kDepartment);
      EXPECT_TRUE(id.has_value()) << id.error().message;
      return id.has_value() ? *id : 0LL;
    };
    justice_ = agency("000.00.07.H05", "Sở Tư pháp");
    police_ = agency("000.00.08.H05", "Công an tỉnh");
    auto created = world->AddDossier("000.00.07.H05");
    ASSERT_TRUE(created.has_value()) << created.error().message;
    code_ = *created;
    auto def = db_->Transact<long long>(TxMode::kWrite, [](Connection& c) -> Result<long long> {
      MOTCUA_ASSIGN_OR_RETURN(
          row, c.QueryOne("INSERT INTO process_definitions (procedure_code, version, xml, "
                          "content_hash, created_by, created_at) VALUES ('2.000488', 1, '<x/>', "
                          "'h', 'seed', 0) RETURNING id",
                          {}, "insert"));
      return row.Int(0);
    });
    ASSERT_TRUE(def.has_value()) << def.error().message;
    definition_ = *def;
  }

  Task NewTask(const std::string& node, long long agency) const {
    Task t;
    t.dossier_code = code_;
    t.node_id = node;
    t.node_name = "Thẩm định";
    t.step = process::StepKind::kAppraisal;
    t.agency_id = agency;
    t.assignee = {process::AssigneeKind::kRole, "specialist"};
    t.created_at = kNow;
    t.due_at = kNow + 8h;
    t.timer_node_id = "Timer";
    t.timer_due_at = kNow + 24h;
    t.changed = true;
    return t;
  }

  InstanceState Sample() const {
    InstanceState s;
    s.instance.dossier_code = code_;
    s.instance.procedure_code = "2.000488";
    s.instance.definition_id = definition_;
    s.instance.agency_id = justice_;
    s.instance.receiving_agency_id = police_;
    s.instance.started_at = kNow;
    s.instance.variables = {
        {"channel", std::string("counter")}, {"has_fee", true}, {"fee_vnd", 200000LL}};
    s.tasks.push_back(NewTask("Appraise", justice_));
    Task consult = NewTask("Ask", police_);
    consult.kind = process::TaskKind::kConsultation;
    consult.assignee = {};
    s.tasks.push_back(consult);
    s.waiting = {"Answer"};
    s.arrivals = {{"Join", 1}};
    return s;
  }

  static constexpr Timestamp kNow = Timestamp(1795500000s);
  long long justice_ = 0;
  long long police_ = 0;
  long long definition_ = 0;
  std::string code_;
};

TEST_P(EngineStoreTest, CreateAndLoadRoundTripTheWholeState) {
  auto created = SqlEngineRepository(db_).Create(Sample());
  ASSERT_TRUE(created.has_value()) << created.error().message;
  SqlEngineRepository repo(db_);
  auto loaded = repo.Load(created->instance.id);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
  EXPECT_EQ(loaded->instance.dossier_code, code_);
  EXPECT_EQ(loaded->instance.receiving_agency_id, police_);
  EXPECT_EQ(loaded->instance.variables, Sample().instance.variables);
  ASSERT_EQ(loaded->tasks.size(), 2u);
  const Task& t = loaded->tasks[0];
  EXPECT_NE(t.id, 0);
  EXPECT_EQ(t.assignee.value, "specialist");
  EXPECT_EQ(t.due_at, kNow + 8h);
  EXPECT_EQ(t.timer_due_at, kNow + 24h);
  EXPECT_EQ(loaded->tasks[1].kind, process::TaskKind::kConsultation);
  EXPECT_EQ(loaded->waiting, std::vector<std::string>{"Answer"});
  EXPECT_EQ(loaded->arrivals.at("Join"), 1);
  EXPECT_EQ(*repo.FindByDossier(code_), created->instance.id);
  EXPECT_EQ(repo.GetTask(t.id)->node_id, "Appraise");
  EXPECT_EQ(repo.LoadByTask(t.id)->instance.id, created->instance.id);
  EXPECT_EQ(repo.LoadByTask(t.id + 1000).error().code, ErrorCode::kNotFound);
  auto again = repo.Create(Sample());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().reason, "instance_exists");
}

// Each repository keeps the states it committed; another writer of the same tables (a second
// server process) must make a step on a stale copy fail, and the next read see the truth.
TEST_P(EngineStoreTest, AStateCachedBeforeAnotherWritersChangeCostsOneRefusedStep) {
  SqlEngineRepository first(db_);
  SqlEngineRepository second(db_);
  auto created = first.Create(Sample());
  ASSERT_TRUE(created.has_value());
  const long long id = created->instance.id;
  InstanceState theirs = *second.Load(id);
  theirs.tasks[0].state = TaskState::kCompleted;
  theirs.tasks[0].changed = true;
  ASSERT_TRUE(second.Save(theirs).has_value());

  InstanceState mine = *first.LoadByTask(created->tasks[0].id);  // the copy it committed
  EXPECT_EQ(mine.instance.row_version, 1);
  mine.tasks[0].decision = "approve";
  mine.tasks[0].changed = true;
  auto refused = first.Save(mine);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().reason, "concurrent_update");
  auto fresh = first.Load(id);
  ASSERT_TRUE(fresh.has_value());
  EXPECT_EQ(fresh->instance.row_version, 2);
  EXPECT_EQ(fresh->tasks[0].state, TaskState::kCompleted);
}

TEST_P(EngineStoreTest, SaveWritesChangedTasksAndRefusesAStaleVersion) {
  SqlEngineRepository repo(db_);
  auto state = repo.Create(Sample());
  ASSERT_TRUE(state.has_value());
  InstanceState next = *state;
  next.tasks[0].state = TaskState::kCompleted;
  next.tasks[0].completed_at = kNow + 1h;
  next.tasks[0].decision = "approve";
  next.tasks[0].changed = true;
  next.tasks.push_back(NewTask("Approve", justice_));
  next.waiting.clear();
  next.arrivals.clear();
  next.instance.status = InstanceStatus::kWaitingSupplement;
  auto saved = repo.Save(next);
  ASSERT_TRUE(saved.has_value()) << saved.error().message;
  EXPECT_EQ(saved->instance.row_version, 2);
  auto loaded = repo.Load(state->instance.id);
  ASSERT_EQ(loaded->tasks.size(), 3u);
  EXPECT_EQ(loaded->tasks[0].decision, "approve");
  EXPECT_EQ(loaded->tasks[0].completed_at, kNow + 1h);
  EXPECT_TRUE(loaded->waiting.empty());
  EXPECT_TRUE(loaded->arrivals.empty());
  EXPECT_EQ(loaded->instance.status, InstanceStatus::kWaitingSupplement);
  auto stale = repo.Save(next);  // still row_version 1
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(repo.Load(state->instance.id)->tasks.size(), 3u);
}

TEST_P(EngineStoreTest, InboxesAndTheSweepSeeOnlyActiveTasks) {
  SqlEngineRepository repo(db_);
  auto state = repo.Create(Sample());
  ASSERT_TRUE(state.has_value());
  InstanceState next = *state;
  next.tasks[1].state = TaskState::kCompleted;
  next.tasks[1].changed = true;
  next.tasks[0].claimed_by = 42;
  next.tasks[0].state = TaskState::kClaimed;
  next.tasks[0].changed = true;
  ASSERT_TRUE(repo.Save(next).has_value());
  EXPECT_EQ(repo.ListTasks({justice_})->size(), 1u);
  EXPECT_TRUE(repo.ListTasks({police_})->empty());
  process::TaskFilter mine{justice_, 43LL};
  EXPECT_TRUE(repo.ListTasks(mine)->empty());
  EXPECT_TRUE(repo.DueTasks(kNow + 7h, 10)->empty());
  EXPECT_EQ(repo.DueTasks(kNow + 8h, 10)->size(), 1u);
}

MOTCUA_INSTANTIATE_STORE_TEST(EngineStoreTest);

}  // namespace
}  // namespace motcua::storage
