// SPDX-License-Identifier: Apache-2.0
#include "process/engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/local_time.h"
#include "process/engine_memory_repository.h"

namespace motcua::process {
namespace {

using identity::Principal;
using identity::Role;

constexpr const char* kLinear = R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:motcua="http://motcua.vn/bpmn" id="D">
  <bpmn:process id="P" isExecutable="true">
    <bpmn:startEvent id="Start"/>
    <bpmn:userTask id="Receive" name="Tiếp nhận" motcua:step="reception" motcua:role="reception" motcua:allowance="PT2H"/>
    <bpmn:userTask id="Appraise" name="Thẩm định" motcua:step="appraisal" motcua:role="specialist" motcua:allowance="P1D"/>
    <bpmn:boundaryEvent id="Late" attachedToRef="Appraise" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:userTask id="Approve" name="Phê duyệt" motcua:step="approval" motcua:role="leader"/>
    <bpmn:exclusiveGateway id="G" default="FSign"/>
    <bpmn:userTask id="Sign" name="Ký" motcua:step="signing" motcua:role="leader"/>
    <bpmn:userTask id="Recheck" name="Thẩm định lại" motcua:role="specialist"/>
    <bpmn:userTask id="Return" name="Trả kết quả" motcua:step="return" motcua:role="reception"/>
    <bpmn:endEvent id="End"/>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Receive"/>
    <bpmn:sequenceFlow id="F2" sourceRef="Receive" targetRef="Appraise"/>
    <bpmn:sequenceFlow id="F3" sourceRef="Appraise" targetRef="Approve"/>
    <bpmn:sequenceFlow id="F4" sourceRef="Approve" targetRef="G"/>
    <bpmn:sequenceFlow id="FSign" sourceRef="G" targetRef="Sign"/>
    <bpmn:sequenceFlow id="FRecheck" sourceRef="G" targetRef="Recheck">
      <bpmn:conditionExpression>decision == 'recheck'</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="F5" sourceRef="Recheck" targetRef="Sign"/>
    <bpmn:sequenceFlow id="F6" sourceRef="Sign" targetRef="Return"/>
    <bpmn:sequenceFlow id="F7" sourceRef="Return" targetRef="End"/>
  </bpmn:process>
</bpmn:definitions>)";

constexpr const char* kInterrupting = R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:motcua="http://motcua.vn/bpmn" id="D">
  <bpmn:process id="P" isExecutable="true">
    <bpmn:startEvent id="Start"/>
    <bpmn:userTask id="Appraise" name="Thẩm định" motcua:allowance="PT4H"/>
    <bpmn:boundaryEvent id="Escalate" attachedToRef="Appraise">
      <bpmn:timerEventDefinition><bpmn:timeDuration>PT8H</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:userTask id="Leader" name="Lãnh đạo xử lý" motcua:role="leader"/>
    <bpmn:endEvent id="End"/>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Appraise"/>
    <bpmn:sequenceFlow id="F2" sourceRef="Appraise" targetRef="End"/>
    <bpmn:sequenceFlow id="F3" sourceRef="Escalate" targetRef="Leader"/>
    <bpmn:sequenceFlow id="F4" sourceRef="Leader" targetRef="End"/>
  </bpmn:process>
</bpmn:definitions>)";

class RecordingHooks final : public EngineHooks {
 public:
  Status Apply(const Principal&, const Instance&, const std::vector<Effect>& effects) override {
    for (const Effect& e : effects) kinds.push_back(e.kind);
    if (fail) return MakeError(ErrorCode::kFailedPrecondition, "no key");
    return Ok();
  }
  std::vector<EffectKind> kinds;
  bool fail = false;
};

// Lets another writer change the instance just before the next save goes through, once.
class RacingRepository final : public EngineRepository {
 public:
  explicit RacingRepository(std::shared_ptr<MemoryEngineRepository> inner)
      : inner_(std::move(inner)) {}
  Result<InstanceState> Create(const InstanceState& s) override { return inner_->Create(s); }
  Result<InstanceState> Save(const InstanceState& s) override {
    if (race_next_save) {
      race_next_save = false;
      auto theirs = inner_->Load(s.instance.id);
      if (!theirs) return theirs.error();
      if (auto bumped = inner_->Save(*theirs); !bumped) return bumped.error();
    }
    return inner_->Save(s);
  }
  Result<InstanceState> Load(long long id) override { return inner_->Load(id); }
  Result<InstanceState> LoadByTask(long long id) override { return inner_->LoadByTask(id); }
  Result<std::optional<long long>> FindByDossier(std::string_view code) override {
    return inner_->FindByDossier(code);
  }
  Result<Task> GetTask(long long id) override { return inner_->GetTask(id); }
  Result<std::vector<Task>> ListTasks(const TaskFilter& f) override { return inner_->ListTasks(f); }
  Result<std::vector<Task>> DueTasks(Timestamp now, int limit) override {
    return inner_->DueTasks(now, limit);
  }
  bool race_next_save = false;

 private:
  std::shared_ptr<MemoryEngineRepository> inner_;
};

Principal Staff(long long id, Role role, long long agency) {
  return Principal{id, "u" + std::to_string(id), role, agency, ""};
}

class EngineTest : public ::testing::Test {
 protected:
  EngineTest()
      : clock_(MakeLocalTime(2026, 11, 25, 9, 0)),
        calendar_(std::make_shared<calendar::WorkingCalendar>()),
        engine_(
            repo_, [this](long long id) { return Definition(id); }, [this] { return calendar_; },
            &ResolveAgency, clock_) {
    engine_.SetHooks(&hooks_);
  }

  // Every consulted agency is agency 8 here.
  static Result<long long> ResolveAgency(std::string_view code) {
    if (!code.empty()) return 8LL;
    return MakeError(ErrorCode::kNotFound, "agency");
  }

  Result<LoadedProcess> Definition(long long id) {
    auto it = maps_.find(id);
    if (it == maps_.end()) return MakeError(ErrorCode::kNotFound, "map");
    LoadedProcess out;
    out.stored.id = id;
    out.definition = it->second;
    return out;
  }

  void AddMap(long long id, const std::string& xml) {
    auto parsed = ParseBpmn(xml);
    ASSERT_TRUE(parsed.has_value()) << parsed.error().message << " " << parsed.error().field;
    maps_[id] = std::make_shared<const ProcessDefinition>(std::move(parsed.value()));
  }

  InstanceState StartOn(long long map_id, const std::string& code = "D1") {
    auto s = engine_.Start({code, "1.0001", map_id, 7, {}});
    EXPECT_TRUE(s.has_value()) << s.error().message;
    return s.has_value() ? s.value() : InstanceState{};
  }

  // The one active task at `node` of the dossier.
  Task ActiveAt(const std::string& node, const std::string& code = "D1") {
    auto s = engine_.ByDossier(code);
    EXPECT_TRUE(s.has_value());
    for (const Task& t : s->tasks) {
      if (t.node_id == node && t.IsActive()) return t;
    }
    ADD_FAILURE() << "no active task at " << node;
    return Task{};
  }

  void Done(const Principal& who, const std::string& node, std::string_view decision = "approve",
            std::string_view note = "") {
    auto r = engine_.Complete(who, ActiveAt(node).id, decision, note);
    ASSERT_TRUE(r.has_value()) << node << ": " << r.error().message;
  }

  FakeClock clock_;
  std::shared_ptr<const calendar::WorkingCalendar> calendar_;
  std::shared_ptr<MemoryEngineRepository> repo_ = std::make_shared<MemoryEngineRepository>();
  std::map<long long, std::shared_ptr<const ProcessDefinition>> maps_;
  RecordingHooks hooks_;
  Engine engine_;
  Principal reception_ = Staff(1, Role::kReception, 7);
  Principal specialist_ = Staff(2, Role::kSpecialist, 7);
  Principal leader_ = Staff(3, Role::kLeader, 7);
};

TEST_F(EngineTest, WalksTheMapFromReceptionToReturnWithDossierEffects) {
  AddMap(1, kLinear);
  StartOn(1);
  const Task receive = ActiveAt("Receive");
  EXPECT_EQ(receive.agency_id, 7);
  ASSERT_TRUE(receive.due_at.has_value());
  EXPECT_EQ(*receive.due_at, clock_.Now() + std::chrono::hours(2));
  Done(reception_, "Receive");
  Done(specialist_, "Appraise");
  Done(leader_, "Approve");
  Done(leader_, "Sign");
  Done(reception_, "Return");
  auto s = engine_.ByDossier("D1");
  EXPECT_EQ(s->instance.status, InstanceStatus::kCompleted);
  EXPECT_EQ(hooks_.kinds,
            (std::vector<EffectKind>{EffectKind::kStartProcessing, EffectKind::kIssueResult,
                                     EffectKind::kReturnResult}));
}

TEST_F(EngineTest, TheDeskThatReceivedGetsReceptionAndReturnTheHandlingAgencyTheRest) {
  AddMap(1, kLinear);
  ASSERT_TRUE(engine_.Start({"D1", "1.0001", 1, 7, 6, {}}).has_value());
  EXPECT_EQ(ActiveAt("Receive").agency_id, 6);
  EXPECT_FALSE(engine_.Claim(reception_, ActiveAt("Receive").id).has_value());
  ASSERT_TRUE(engine_.Complete(Staff(5, Role::kReception, 6), ActiveAt("Receive").id, "approve", "")
                  .has_value());
  EXPECT_EQ(ActiveAt("Appraise").agency_id, 7);
}

TEST_F(EngineTest, AnAcceptedOnlineDossierStartsPastItsReception) {
  AddMap(1, kLinear);
  StartRequest r{"D1", "1.0001", 1, 7, 6, {}};
  r.received_by = 9;
  ASSERT_TRUE(engine_.Start(r).has_value());
  const Task first = engine_.ByDossier("D1")->tasks.front();
  EXPECT_EQ(first.node_id, "Receive");
  EXPECT_EQ(first.decision, "accept");
  EXPECT_EQ(first.completed_by, 9);
  Done(specialist_, "Appraise");
  EXPECT_EQ(hooks_.kinds, std::vector<EffectKind>{EffectKind::kStartProcessing});
}

TEST_F(EngineTest, ARefusalTheMapRoutesFollowsTheMap) {
  AddMap(4, R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:motcua="http://motcua.vn/bpmn" id="D">
  <bpmn:process id="P" isExecutable="true">
    <bpmn:startEvent id="Start"/>
    <bpmn:userTask id="Approve" name="Phê duyệt" motcua:role="leader"/>
    <bpmn:exclusiveGateway id="G" default="FSign"/>
    <bpmn:userTask id="Sign" name="Ký" motcua:step="signing" motcua:role="leader"/>
    <bpmn:userTask id="Return" name="Trả" motcua:step="return" motcua:role="reception"/>
    <bpmn:endEvent id="End"/>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Approve"/>
    <bpmn:sequenceFlow id="F2" sourceRef="Approve" targetRef="G"/>
    <bpmn:sequenceFlow id="FSign" sourceRef="G" targetRef="Sign"/>
    <bpmn:sequenceFlow id="FRefuse" sourceRef="G" targetRef="Return">
      <bpmn:conditionExpression>decision == 'refuse'</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="F3" sourceRef="Sign" targetRef="Return"/>
    <bpmn:sequenceFlow id="F4" sourceRef="Return" targetRef="End"/>
  </bpmn:process>
</bpmn:definitions>)");
  StartOn(4);
  Done(leader_, "Approve", "refuse", "Không đủ điều kiện");
  EXPECT_EQ(hooks_.kinds, std::vector<EffectKind>{EffectKind::kStop});
  Done(reception_, "Return");
  EXPECT_EQ(engine_.ByDossier("D1")->instance.status, InstanceStatus::kCompleted);
}

TEST_F(EngineTest, ForwardsByFlowIdAndReturnsToThePreviousStep) {
  AddMap(1, kLinear);
  StartOn(1);
  Done(reception_, "Receive");
  Done(specialist_, "Appraise");
  Done(leader_, "Approve", "return");
  const Task again = ActiveAt("Appraise");
  EXPECT_EQ(again.previous_task_id, ActiveAt("Appraise").previous_task_id);
  auto bad = engine_.Complete(specialist_, again.id, "F7", "");  // not a flow of this step
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  Done(specialist_, "Appraise", "F3");
  ActiveAt("Approve");
  EXPECT_EQ(std::get<std::string>(engine_.ByDossier("D1")->instance.variables["decision"]), "F3");
}

TEST_F(EngineTest, CompletingTwiceOrByAnotherRoleOrAgencyIsRefused) {
  AddMap(1, kLinear);
  StartOn(1);
  const Task receive = ActiveAt("Receive");
  EXPECT_EQ(engine_.Claim(specialist_, receive.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(engine_.Claim(Staff(9, Role::kReception, 99), receive.id).error().code,
            ErrorCode::kForbidden);
  ASSERT_TRUE(engine_.Claim(reception_, receive.id).has_value());
  EXPECT_EQ(engine_.Claim(Staff(4, Role::kReception, 7), receive.id).error().code,
            ErrorCode::kConflict);
  ASSERT_TRUE(engine_.Complete(reception_, receive.id, "approve", "").has_value());
  EXPECT_EQ(engine_.Complete(reception_, receive.id, "approve", "").error().code,
            ErrorCode::kConflict);
}

TEST_F(EngineTest, SupplementWaitsAndResumesAtTheStepThatAsked) {
  AddMap(1, kLinear);
  StartOn(1);
  Done(reception_, "Receive");
  const Task appraise = ActiveAt("Appraise");
  EXPECT_EQ(engine_.Complete(specialist_, appraise.id, "request_supplement", " ").error().field,
            "note");
  Done(specialist_, "Appraise", "request_supplement", "Thiếu bản sao CCCD");
  EXPECT_EQ(engine_.ByDossier("D1")->instance.status, InstanceStatus::kWaitingSupplement);
  EXPECT_EQ(hooks_.kinds.back(), EffectKind::kRequestSupplement);
  ASSERT_TRUE(engine_.ResumeAfterSupplement("D1").has_value());
  EXPECT_NE(ActiveAt("Appraise").id, appraise.id);
  EXPECT_EQ(engine_.ByDossier("D1")->instance.status, InstanceStatus::kRunning);
}

TEST_F(EngineTest, RefusalCancelsTheProcessAndStopsTheDossier) {
  AddMap(1, kLinear);
  StartOn(1);
  Done(reception_, "Receive");
  Done(specialist_, "Appraise", "refuse", "Không đủ điều kiện");
  auto s = engine_.ByDossier("D1");
  EXPECT_EQ(s->instance.status, InstanceStatus::kRefused);
  EXPECT_EQ(hooks_.kinds.back(), EffectKind::kStop);
  for (const Task& t : s->tasks) EXPECT_FALSE(t.IsActive());
}

TEST_F(EngineTest, AFailingEffectLeavesTheTaskOpen) {
  AddMap(1, kLinear);
  StartOn(1);
  hooks_.fail = true;
  const Task receive = ActiveAt("Receive");
  EXPECT_FALSE(engine_.Complete(reception_, receive.id, "approve", "").has_value());
  EXPECT_EQ(ActiveAt("Receive").id, receive.id);
}

constexpr const char* kDepartmentLane = R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:motcua="http://motcua.vn/bpmn" id="D">
  <bpmn:process id="P" isExecutable="true">
    <bpmn:startEvent id="Start"/>
    <bpmn:userTask id="Appraise" name="Thẩm định" motcua:step="appraisal" motcua:department="Phòng Lý lịch tư pháp"/>
    <bpmn:endEvent id="End"/>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Appraise"/>
    <bpmn:sequenceFlow id="F2" sourceRef="Appraise" targetRef="End"/>
  </bpmn:process>
</bpmn:definitions>)";

TEST_F(EngineTest, ADepartmentsLaneIsItsOwnStaffsAndTheLeadersNotAnotherDepartments) {
  AddMap(2, kDepartmentLane);
  StartOn(2);
  Principal records = Staff(11, Role::kSpecialist, 7);
  records.department = "Phòng Lý lịch tư pháp";
  Principal other = Staff(12, Role::kSpecialist, 7);
  other.department = "Phòng Hành chính tư pháp";
  Principal director = Staff(13, Role::kLeader, 7);  // belongs to no department

  const auto shown = [&](const Principal& who, InboxScope scope) {
    auto inbox = engine_.Inbox(who, scope);
    EXPECT_TRUE(inbox.has_value());
    return inbox.has_value() ? inbox->size() : 0u;
  };
  EXPECT_EQ(shown(records, InboxScope::kDepartment), 1u);
  EXPECT_EQ(shown(other, InboxScope::kDepartment), 0u);
  EXPECT_EQ(shown(other, InboxScope::kAgency), 1u);  // the whole agency's list still shows it
  EXPECT_EQ(shown(director, InboxScope::kDepartment), 1u);

  const Task appraise = ActiveAt("Appraise");
  auto refused = engine_.Claim(other, appraise.id);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  auto claimed = engine_.Claim(records, appraise.id);
  ASSERT_TRUE(claimed.has_value()) << claimed.error().message;
  EXPECT_TRUE(engine_.Complete(records, appraise.id, "approve", "").has_value());
}

TEST_F(EngineTest, AStepThatLostARaceRunsAgainUnlessItHadAlreadyChangedTheDossier) {
  AddMap(1, kLinear);
  auto racing = std::make_shared<RacingRepository>(repo_);
  Engine engine(
      racing, [this](long long id) { return Definition(id); }, [this] { return calendar_; },
      &ResolveAgency, clock_);
  engine.SetHooks(&hooks_);
  ASSERT_TRUE(engine.Start({"D1", "1.0001", 1, 7, {}}).has_value());
  Done(reception_, "Receive");

  racing->race_next_save = true;  // no effects: run again on the newer state
  auto appraised = engine.Complete(specialist_, ActiveAt("Appraise").id, "approve", "");
  ASSERT_TRUE(appraised.has_value()) << appraised.error().message;
  EXPECT_EQ(appraised->state, TaskState::kCompleted);
  EXPECT_EQ(ActiveAt("Approve").node_id, "Approve");

  Done(leader_, "Approve");
  const size_t effects_before = hooks_.kinds.size();
  racing->race_next_save = true;  // the signing step has issued the result: no second run
  auto signed_ = engine.Complete(leader_, ActiveAt("Sign").id, "approve", "");
  ASSERT_FALSE(signed_.has_value());
  EXPECT_EQ(signed_.error().reason, "concurrent_update");
  EXPECT_EQ(hooks_.kinds.size(), effects_before + 1);
  EXPECT_EQ(hooks_.kinds.back(), EffectKind::kIssueResult);
}

TEST_F(EngineTest, ParallelBranchesJoinAndTheConsultationWaitsForTheOtherAgency) {
  std::ifstream in(std::string(MOTCUA_PROCESS_TESTDATA) + "/bpmnio_parallel_consult.bpmn");
  std::stringstream xml;
  xml << in.rdbuf();
  AddMap(2, xml.str());
  StartOn(2);
  Done(reception_, "Activity_receive");
  Done(specialist_, "Activity_site");
  EXPECT_TRUE(engine_.ByDossier("D1")->arrivals.count("Gateway_join"));
  Done(specialist_, "Activity_docs");
  const Task consult = ActiveAt("Activity_send");
  EXPECT_EQ(consult.kind, TaskKind::kConsultation);
  EXPECT_EQ(consult.agency_id, 8);
  EXPECT_EQ(engine_.ByDossier("D1")->waiting, std::vector<std::string>{"Activity_answer"});
  EXPECT_EQ(engine_.Complete(specialist_, consult.id, "agree", "").error().code,
            ErrorCode::kForbidden);
  ASSERT_TRUE(
      engine_.Complete(Staff(20, Role::kSpecialist, 8), consult.id, "agree", "").has_value());
  EXPECT_TRUE(engine_.ByDossier("D1")->waiting.empty());
  EXPECT_EQ(std::get<std::string>(engine_.ByDossier("D1")->instance.variables["consultation"]),
            "agree");
  ActiveAt("Activity_approve");
}

TEST_F(EngineTest, SweepFlagsOverdueStepsAndFiresTimers) {
  AddMap(1, kLinear);
  AddMap(3, kInterrupting);
  StartOn(1);
  StartOn(3, "D3");
  Done(reception_, "Receive");
  clock_.Advance(std::chrono::hours(24 * 2));  // Friday 09:00: one working day later
  auto swept = engine_.Sweep(clock_.Now());
  ASSERT_TRUE(swept.has_value());
  EXPECT_TRUE(ActiveAt("Appraise").overdue);  // non-interrupting: still open, flagged
  EXPECT_TRUE(ActiveAt("Appraise").timer_node_id.empty());
  EXPECT_TRUE(ActiveAt("Leader", "D3").IsActive());  // interrupting: moved on
  auto d3 = engine_.ByDossier("D3");
  EXPECT_EQ(d3->tasks.front().state, TaskState::kCancelled);
  auto again = engine_.Sweep(clock_.Now());
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again.value(), 0);
}

// Someone allowed to work on `t`: of its agency, with its assignee role.
Principal WorkerFor(const Task& t) {
  Role role = Role::kSpecialist;
  if (t.assignee.kind == AssigneeKind::kRole) {
    role = t.assignee.value == "receptionist"
               ? Role::kReception
               : identity::ParseRole(t.assignee.value).value_or(role);
  }
  return Staff(100 + t.id, role, t.agency_id);
}

TEST_F(EngineTest, EveryDemoMapRunsToItsEndWhenEveryStepApproves) {
  long long id = 10;
  for (const auto& entry : std::filesystem::directory_iterator(MOTCUA_SEED_PROCESSES)) {
    std::ifstream in(entry.path());
    std::stringstream xml;
    xml << in.rdbuf();
    AddMap(++id, xml.str());
    const std::string code = entry.path().stem().string();
    StartOn(id, code);
    for (int round = 0; round < 40; ++round) {
      auto s = engine_.ByDossier(code);
      ASSERT_TRUE(s.has_value());
      if (s->instance.status != InstanceStatus::kRunning) break;
      for (const Task& t : s->tasks) {
        if (!t.IsActive()) continue;
        const char* decision = t.kind == TaskKind::kConsultation ? "agree" : "approve";
        auto done = engine_.Complete(WorkerFor(t), t.id, decision, "");
        ASSERT_TRUE(done.has_value()) << code << " " << t.node_id << ": " << done.error().message;
      }
    }
    EXPECT_EQ(engine_.ByDossier(code)->instance.status, InstanceStatus::kCompleted) << code;
  }
  EXPECT_GT(id, 20);  // the demo catalog ships dozens of maps
}

}  // namespace
}  // namespace motcua::process
