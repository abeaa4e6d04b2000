// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "process/definition.h"

namespace motcua::process {
namespace {

std::string ReadTestdata(const std::string& name) {
  std::ifstream in(std::string(MOTCUA_PROCESS_TESTDATA) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A process document around `body` (bpmn: and motcua: prefixes bound).
std::string Doc(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:motcua="http://motcua.vn/bpmn" id="D"><bpmn:process id="P">)" +
         body + "</bpmn:process></bpmn:definitions>";
}

// start -> T -> end, with `extra` inserted.
std::string Linear(const std::string& task_attrs = "", const std::string& extra = "") {
  return Doc(R"(<bpmn:startEvent id="S"/><bpmn:userTask id="T" )" + task_attrs +
             R"(/><bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
      <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E"/>)" +
             extra);
}

void ExpectRefused(const std::string& xml, const std::string& field) {
  auto r = ParseBpmn(xml);
  ASSERT_FALSE(r.has_value()) << "expected a refusal naming " << field;
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, field) << r.error().message;
  EXPECT_FALSE(r.error().message.empty());
}

TEST(ParseBpmn, ReadsTheCommuneTemplateWithLanesStepsAndConditions) {
  auto r = ParseBpmn(ReadTestdata("commune_simple.bpmn"));
  ASSERT_TRUE(r.has_value()) << r.error().field << ": " << r.error().message;
  const ProcessDefinition& def = *r;
  EXPECT_EQ(def.process_id, "P");
  EXPECT_EQ(def.start_id, "Start");
  EXPECT_EQ(def.lanes.size(), 3u);

  const Node* receive = def.FindNode("Receive");
  ASSERT_NE(receive, nullptr);
  EXPECT_EQ(receive->step, StepKind::kReception);
  EXPECT_EQ(receive->assignee, (Assignee{AssigneeKind::kRole, "receptionist"}));
  ASSERT_TRUE(receive->allowance.has_value());
  EXPECT_EQ(receive->allowance->amount, 2);
  EXPECT_EQ(receive->allowance->unit, calendar::TimeUnit::kWorkingHours);
  EXPECT_EQ(receive->incoming, (std::vector<std::string>{"F1", "Flow_supplement"}));

  const Node* appraise = def.FindNode("Appraise");
  EXPECT_EQ(appraise->assignee, (Assignee{AssigneeKind::kRole, "specialist"}));
  EXPECT_EQ(appraise->allowance->unit, calendar::TimeUnit::kWorkingDays);
  EXPECT_EQ(appraise->boundary_ids, std::vector<std::string>{"Timer_appraise"});
  const Node* timer = def.FindNode("Timer_appraise");
  EXPECT_EQ(timer->kind, NodeKind::kBoundaryTimer);
  EXPECT_FALSE(timer->cancel_activity);
  EXPECT_EQ(timer->timer_duration.amount, 1);

  // The task's own motcua:department wins over the lane's role.
  EXPECT_EQ(def.FindNode("Return")->assignee, (Assignee{AssigneeKind::kDepartment, "VP"}));
  EXPECT_EQ(def.FindNode("Sign")->step, StepKind::kSigning);

  const Node* gw = def.FindNode("Decide");
  EXPECT_EQ(gw->kind, NodeKind::kExclusiveGateway);
  EXPECT_EQ(gw->default_flow, "Flow_approve");
  EXPECT_TRUE(def.FindFlow("Flow_approve")->is_default);
  const SequenceFlow* refuse = def.FindFlow("Flow_refuse");
  ASSERT_TRUE(refuse->condition.has_value());
  EXPECT_TRUE(refuse->condition->Evaluate({{"decision", std::string("refuse")}}));
  EXPECT_FALSE(refuse->condition->Evaluate({{"decision", std::string("approve")}}));
  EXPECT_EQ(def.CountNodes(NodeKind::kUserTask), 5);
}

TEST(ParseBpmn, ReadsABpmnIoExportIgnoringDiagramAndForeignMarkup) {
  auto r = ParseBpmn(ReadTestdata("bpmnio_parallel_consult.bpmn"));
  ASSERT_TRUE(r.has_value()) << r.error().field << ": " << r.error().message;
  const ProcessDefinition& def = *r;
  EXPECT_EQ(def.process_id, "Process_1");
  EXPECT_EQ(def.name, "Cấp giấy phép xây dựng");
  EXPECT_EQ(def.nodes.size(), 11u);
  EXPECT_EQ(def.FindNode("Gateway_fork")->outgoing.size(), 2u);
  EXPECT_EQ(def.FindNode("Gateway_join")->incoming.size(), 2u);
  // A motcua namespace under another prefix (mc:) is still read.
  EXPECT_EQ(def.FindNode("Activity_receive")->assignee,
            (Assignee{AssigneeKind::kRole, "receptionist"}));
  EXPECT_EQ(def.FindNode("Activity_docs")->assignee, (Assignee{AssigneeKind::kDepartment, "QLXD"}));
  EXPECT_EQ(def.FindNode("Activity_site")->assignee, (Assignee{AssigneeKind::kRole, "specialist"}));
  const Node* send = def.FindNode("Activity_send");
  const Node* answer = def.FindNode("Activity_answer");
  EXPECT_EQ(send->kind, NodeKind::kConsultSend);
  EXPECT_EQ(send->pair_id, "Activity_answer");
  EXPECT_EQ(answer->kind, NodeKind::kConsultReceive);
  EXPECT_EQ(answer->pair_id, "Activity_send");
  EXPECT_EQ(answer->agency_code, "000.00.08.H05");
}

// The example of docs/formats/bpmn-subset.md, kept byte for byte in testdata/minimal.bpmn.
TEST(ParseBpmn, ReadsTheDocumentedMinimalExample) {
  auto r = ParseBpmn(ReadTestdata("minimal.bpmn"));
  ASSERT_TRUE(r.has_value()) << r.error().field << ": " << r.error().message;
  EXPECT_EQ(r->FindNode("Appraise")->assignee, (Assignee{AssigneeKind::kRole, "specialist"}));
  EXPECT_EQ(r->FindNode("Late")->attached_to, "Appraise");
  EXPECT_TRUE(r->FindFlow("Flow_ok")->is_default);
}

TEST(ParseBpmn, ReadsAServiceTaskConsultation) {
  auto r = ParseBpmn(Doc(R"(<bpmn:startEvent id="S"/>
      <bpmn:serviceTask id="Ask" motcua:agency="000.00.08.H05"/><bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Ask"/>
      <bpmn:sequenceFlow id="F2" sourceRef="Ask" targetRef="E"/>)"));
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(r->FindNode("Ask")->kind, NodeKind::kConsultation);
  EXPECT_EQ(r->FindNode("Ask")->agency_code, "000.00.08.H05");
}

TEST(ParseBpmn, RefusesWhatIsNotXmlOrNotBpmn) {
  ExpectRefused("<bpmn:definitions", "xml");
  ExpectRefused("<definitions xmlns=\"urn:other\"/>", "xml");
  ExpectRefused(
      "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><collaboration "
      "id=\"C\"/></definitions>",
      "process");
}

TEST(ParseBpmn, RefusesUnsupportedElementsNamingThem) {
  ExpectRefused(Linear("", R"(<bpmn:scriptTask id="Script_1"/>)"), "Script_1");
  ExpectRefused(Linear("", R"(<bpmn:inclusiveGateway id="Gw_incl"/>)"), "Gw_incl");
  ExpectRefused(Linear("", R"(<bpmn:eventBasedGateway id="Gw_ev"/>)"), "Gw_ev");
  ExpectRefused(Linear("", R"(<bpmn:subProcess id="Sub_1"/>)"), "Sub_1");
  ExpectRefused(Linear("", R"(<bpmn:intermediateCatchEvent id="Wait_1"/>)"), "Wait_1");
}

TEST(ParseBpmn, RefusesBadStartAndEndEvents) {
  ExpectRefused(Doc(R"(<bpmn:userTask id="T"/><bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E"/>)"),
                "process");
  ExpectRefused(Linear("", R"(<bpmn:startEvent id="S2"/>
      <bpmn:sequenceFlow id="F3" sourceRef="S2" targetRef="T"/>)"),
                "S2");
  ExpectRefused(Doc(R"(<bpmn:startEvent id="S"/><bpmn:userTask id="T"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>)"),
                "T");                                              // T has no outgoing flow
  ExpectRefused(Linear("", R"(<bpmn:startEvent id="S"/>)"), "S");  // duplicate id
}

TEST(ParseBpmn, RefusesDanglingFlowsAndBadGraphs) {
  ExpectRefused(Linear("", R"(<bpmn:sequenceFlow id="F_bad" sourceRef="T" targetRef="Nowhere"/>)"),
                "F_bad");
  // Orphan: nothing leads to it.
  ExpectRefused(Linear("", R"(<bpmn:userTask id="Orphan"/>
      <bpmn:sequenceFlow id="F9" sourceRef="Orphan" targetRef="E"/>)"),
                "Orphan");
  // A loop with no way out.
  ExpectRefused(Doc(R"(<bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="G" default="F2"/>
      <bpmn:userTask id="A"/><bpmn:userTask id="B"/><bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G"/>
      <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="A"/>
      <bpmn:sequenceFlow id="F3" sourceRef="G" targetRef="E"><bpmn:conditionExpression>has_fee</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="F4" sourceRef="A" targetRef="B"/>
      <bpmn:sequenceFlow id="F5" sourceRef="B" targetRef="A"/>)"),
                "A");
  // A task that forks implicitly.
  ExpectRefused(Linear("", R"(<bpmn:sequenceFlow id="F3" sourceRef="T" targetRef="E"/>)"), "T");
}

std::string Gateway(const std::string& gw_attrs, const std::string& f3_body,
                    const std::string& f4_body) {
  return Doc(R"(<bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="G" )" + gw_attrs + R"(/>
      <bpmn:userTask id="A"/><bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G"/>
      <bpmn:sequenceFlow id="F3" sourceRef="G" targetRef="A">)" +
             f3_body + R"(</bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="F4" sourceRef="G" targetRef="E">)" +
             f4_body + R"(</bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="F5" sourceRef="A" targetRef="E"/>)");
}

TEST(ParseBpmn, ChecksExclusiveGatewayConditions) {
  const std::string cond =
      "<bpmn:conditionExpression>level == 'province'</bpmn:conditionExpression>";
  EXPECT_TRUE(ParseBpmn(Gateway("", cond, cond)).has_value());
  EXPECT_TRUE(ParseBpmn(Gateway("default=\"F4\"", cond, "")).has_value());
  ExpectRefused(Gateway("", cond, ""), "F4");               // no condition, not the default
  ExpectRefused(Gateway("default=\"F1\"", cond, ""), "G");  // default is not outgoing
  ExpectRefused(
      Gateway("", "<bpmn:conditionExpression>level === 1</bpmn:conditionExpression>", cond), "F3");
  ExpectRefused(
      Gateway("", "<bpmn:conditionExpression>colour == 'red'</bpmn:conditionExpression>", cond),
      "F3");
  // A condition on a flow that does not leave an exclusive gateway.
  ExpectRefused(Linear("", "").replace(Linear("", "").find("<bpmn:sequenceFlow id=\"F2\" "
                                                           "sourceRef=\"T\" targetRef=\"E\"/>"),
                                       std::string("<bpmn:sequenceFlow id=\"F2\" sourceRef=\"T\" "
                                                   "targetRef=\"E\"/>")
                                           .size(),
                                       "<bpmn:sequenceFlow id=\"F2\" sourceRef=\"T\" "
                                       "targetRef=\"E\">" +
                                           cond + "</bpmn:sequenceFlow>"),
                "F2");
}

TEST(ParseBpmn, RefusesAGatewayWhoseOnlyWayOutMayBeFalse) {
  const std::string xml = Doc(R"(<bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="G"/>
      <bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G"/>
      <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E">
        <bpmn:conditionExpression>has_fee</bpmn:conditionExpression></bpmn:sequenceFlow>)");
  ExpectRefused(xml, "G");
  std::string with_default = xml;
  with_default.replace(with_default.find("id=\"G\""), 6, "id=\"G\" default=\"F2\"");
  EXPECT_TRUE(ParseBpmn(with_default).has_value());
}

TEST(ParseBpmn, ChecksParallelGateways) {
  auto parallel = [](const std::string& join_target_b) {
    return Doc(R"(<bpmn:startEvent id="S"/><bpmn:parallelGateway id="Fork"/>
      <bpmn:userTask id="A"/><bpmn:userTask id="B"/><bpmn:parallelGateway id="Join"/>
      <bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Fork"/>
      <bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="A"/>
      <bpmn:sequenceFlow id="F3" sourceRef="Fork" targetRef="B"/>
      <bpmn:sequenceFlow id="F4" sourceRef="A" targetRef="Join"/>
      <bpmn:sequenceFlow id="F5" sourceRef="B" targetRef=")" +
               join_target_b + R"("/>
      <bpmn:sequenceFlow id="F6" sourceRef="Join" targetRef="E"/>)");
  };
  EXPECT_TRUE(ParseBpmn(parallel("Join")).has_value());
  ExpectRefused(parallel("E"), "Fork");  // branch B never joins
}

TEST(ParseBpmn, RefusesBadDurationsStepsAndTimers) {
  ExpectRefused(Linear(R"(motcua:allowance="2 days")"), "T");
  ExpectRefused(Linear(R"(motcua:allowance="PT30M")"), "T");
  ExpectRefused(Linear(R"(motcua:step="stamping")"), "T");
  ExpectRefused(Linear("", R"(<bpmn:boundaryEvent id="Tm" attachedToRef="T" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeDuration>soon</bpmn:timeDuration></bpmn:timerEventDefinition>
      </bpmn:boundaryEvent>)"),
                "Tm");
  ExpectRefused(Linear("", R"(<bpmn:boundaryEvent id="Tm" attachedToRef="T" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
      </bpmn:boundaryEvent>)"),
                "Tm");
  // An interrupting timer must say where the token goes.
  ExpectRefused(Linear("", R"(<bpmn:boundaryEvent id="Tm" attachedToRef="T">
      <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
      </bpmn:boundaryEvent>)"),
                "Tm");
  ExpectRefused(Linear("", R"(<bpmn:boundaryEvent id="Msg" attachedToRef="T">
      <bpmn:messageEventDefinition/></bpmn:boundaryEvent>)"),
                "Msg");
}

TEST(ParseBpmn, RefusesConsultationsWithoutAgencyOrPair) {
  ExpectRefused(Doc(R"(<bpmn:startEvent id="S"/><bpmn:serviceTask id="Ask"/><bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Ask"/>
      <bpmn:sequenceFlow id="F2" sourceRef="Ask" targetRef="E"/>)"),
                "Ask");
  ExpectRefused(Doc(R"(<bpmn:startEvent id="S"/><bpmn:sendTask id="Send" motcua:agency="X"/>
      <bpmn:endEvent id="E"/>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Send"/>
      <bpmn:sequenceFlow id="F2" sourceRef="Send" targetRef="E"/>)"),
                "Send");
}

// Every demo map (seed/processes, written by seed/make_processes.py) can run; together they
// show a parallel branch and an inter-agency consultation.
TEST(ParseBpmn, ReadsEveryDemoMap) {
  int maps = 0, parallel = 0, consultations = 0;
  for (const auto& entry : std::filesystem::directory_iterator(MOTCUA_SEED_PROCESSES)) {
    if (entry.path().extension() != ".bpmn") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto r = ParseBpmn(ss.str());
    ASSERT_TRUE(r.has_value()) << entry.path() << " " << r.error().field << ": "
                               << r.error().message;
    ++maps;
    parallel += r->CountNodes(NodeKind::kParallelGateway) > 0 ? 1 : 0;
    consultations +=
        r->CountNodes(NodeKind::kConsultation) + r->CountNodes(NodeKind::kConsultSend) > 0 ? 1 : 0;
    for (const Node& n : r->nodes) {
      if (n.kind == NodeKind::kUserTask) {
        EXPECT_NE(n.step, StepKind::kNone) << entry.path() << " " << n.id;
        EXPECT_NE(n.assignee.kind, AssigneeKind::kNone) << entry.path() << " " << n.id;
        EXPECT_TRUE(n.allowance.has_value()) << entry.path() << " " << n.id;
      }
    }
  }
  EXPECT_EQ(maps, 47);
  EXPECT_GE(parallel, 1);
  EXPECT_GE(consultations, 1);
}

}  // namespace
}  // namespace motcua::process
