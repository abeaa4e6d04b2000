// SPDX-License-Identifier: Apache-2.0
// Reads the BPMN XML into a ProcessDefinition; the graph rules are checked in graph_check.cc.
#include <pugixml.hpp>
#include <algorithm>
#include <iterator>
#include <set>
#include <string>

#include "process/definition.h"
#include "process/duration.h"
#include "process/graph_check.h"

namespace motcua::process {

namespace {

constexpr std::string_view kBpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";

Error Refuse(std::string message, std::string_view field) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), std::string(field),
                   "invalid_bpmn");
}

std::string_view Prefix(std::string_view qname) {
  size_t colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

std::string_view LocalName(std::string_view qname) {
  size_t colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

// The namespace URI bound to `prefix` (empty: the default namespace) at `n`.
std::string_view ResolvePrefix(pugi::xml_node n, std::string_view prefix) {
  std::string attr = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  for (; n; n = n.parent()) {
    if (n.type() != pugi::node_element) continue;
    pugi::xml_attribute a = n.attribute(attr.c_str());
    if (a) return a.value();
  }
  return {};
}

bool InBpmn(pugi::xml_node n) { return ResolvePrefix(n, Prefix(n.name())) == kBpmnNamespace; }

// The value of the attribute `local` in the motcua namespace, whatever its prefix.
std::string MotcuaAttr(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string_view name = a.name();
    std::string_view prefix = Prefix(name);
    if (prefix.empty() || prefix == "xmlns" || LocalName(name) != local) continue;
    if (ResolvePrefix(n, prefix) == kMotcuaNamespace) return a.value();
  }
  return {};
}

// The first BPMN child element named `local`.
pugi::xml_node BpmnChild(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == local && InBpmn(c)) return c;
  }
  return {};
}

bool HasEventDefinition(pugi::xml_node n) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element && InBpmn(c) &&
        std::string_view(LocalName(c.name())).ends_with("EventDefinition")) {
      return true;
    }
  }
  return false;
}

std::string Text(pugi::xml_node n) {
  std::string out;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  }
  return out;
}

// A lane name "role:<name>" or "dept:<code>", or motcua:role / motcua:department on `n`.
Result<Assignee> ReadAssignee(pugi::xml_node n, std::string_view name, std::string_view id) {
  Assignee a;
  std::string role = MotcuaAttr(n, "role");
  std::string dept = MotcuaAttr(n, "department");
  if (!role.empty() && !dept.empty()) {
    return Refuse("Phần tử '" + std::string(id) +
                      "' không được khai báo cùng lúc motcua:role và motcua:department",
                  id);
  }
  if (!role.empty()) return Assignee{AssigneeKind::kRole, role};
  if (!dept.empty()) return Assignee{AssigneeKind::kDepartment, dept};
  if (name.starts_with("role:")) return Assignee{AssigneeKind::kRole, std::string(name.substr(5))};
  if (name.starts_with("dept:"))
    return Assignee{AssigneeKind::kDepartment, std::string(name.substr(5))};
  return a;
}

class Reader {
 public:
  Result<ProcessDefinition> Read(pugi::xml_node process) {
    def_.process_id = process.attribute("id").value();
    def_.name = process.attribute("name").value();
    for (pugi::xml_node c : process.children()) {
      if (c.type() != pugi::node_element || !InBpmn(c)) continue;
      MOTCUA_TRY(ReadElement(c));
    }
    return std::move(def_);
  }

 private:
  Status ReadElement(pugi::xml_node c) {
    std::string_view local = LocalName(c.name());
    // A constant with nothing to destroy: the process sweeper's thread parses stored maps too
    // (the engine's first load of one), and may still be parsing while a process exits.
    static constexpr std::string_view kIgnored[] = {"documentation",
                                                    "extensionElements",
                                                    "textAnnotation",
                                                    "association",
                                                    "dataObject",
                                                    "dataObjectReference",
                                                    "dataStoreReference",
                                                    "property",
                                                    "ioSpecification",
                                                    "group",
                                                    "category"};
    if (std::find(std::begin(kIgnored), std::end(kIgnored), local) != std::end(kIgnored)) {
      return Ok();
    }
    if (local == "laneSet") return ReadLaneSet(c);
    if (local == "sequenceFlow") return ReadFlow(c);
    std::string id = c.attribute("id").value();
    if (id.empty()) return Refuse("Phần tử " + std::string(local) + " thiếu thuộc tính id", local);
    Node n;
    n.id = id;
    n.name = c.attribute("name").value();
    if (local == "startEvent" || local == "endEvent") {
      if (HasEventDefinition(c)) {
        return Refuse("Sự kiện '" + id +
                          "' có định nghĩa sự kiện (thông điệp, hẹn giờ...) không "
                          "được hỗ trợ; dùng sự kiện bắt đầu/kết thúc thường",
                      id);
      }
      n.kind = local == "startEvent" ? NodeKind::kStartEvent : NodeKind::kEndEvent;
    } else if (local == "userTask" || local == "task" || local == "manualTask") {
      n.kind = NodeKind::kUserTask;
      MOTCUA_TRY(ReadTask(c, n));
    } else if (local == "exclusiveGateway") {
      n.kind = NodeKind::kExclusiveGateway;
      n.default_flow = c.attribute("default").value();
    } else if (local == "parallelGateway") {
      n.kind = NodeKind::kParallelGateway;
    } else if (local == "serviceTask" || local == "sendTask") {
      n.kind = local == "serviceTask" ? NodeKind::kConsultation : NodeKind::kConsultSend;
      MOTCUA_TRY(ReadAllowance(c, n));
      n.agency_code = MotcuaAttr(c, "agency");
      if (n.agency_code.empty()) {
        return Refuse("Bước liên thông '" + id +
                          "' thiếu mã cơ quan được hỏi ý kiến "
                          "(motcua:agency)",
                      id);
      }
    } else if (local == "receiveTask") {
      n.kind = NodeKind::kConsultReceive;
      n.pair_id = MotcuaAttr(c, "pairedWith");
    } else if (local == "boundaryEvent") {
      n.kind = NodeKind::kBoundaryTimer;
      MOTCUA_TRY(ReadTimer(c, n));
    } else {
      return Refuse("Phần tử '" + id + "' thuộc loại " + std::string(local) +
                        " không được hỗ trợ trong bản đồ quy trình",
                    id);
    }
    return AddNode(std::move(n));
  }

  Status AddNode(Node n) {
    if (!ids_.insert(n.id).second) return Refuse("Mã phần tử '" + n.id + "' bị trùng", n.id);
    def_.node_index[n.id] = def_.nodes.size();
    def_.nodes.push_back(std::move(n));
    return Ok();
  }

  Status ReadTask(pugi::xml_node c, Node& n) {
    MOTCUA_ASSIGN_OR_RETURN(assignee, ReadAssignee(c, {}, n.id));
    n.assignee = assignee;
    std::string step = MotcuaAttr(c, "step");
    if (!step.empty()) {
      auto kind = ParseStepKind(step);
      if (!kind) {
        return Refuse("Bước '" + n.id + "' có motcua:step '" + step +
                          "' không hợp lệ (reception, "
                          "appraisal, approval, signing, return)",
                      n.id);
      }
      n.step = *kind;
    }
    return ReadAllowance(c, n);
  }

  Status ReadAllowance(pugi::xml_node c, Node& n) {
    std::string allowance = MotcuaAttr(c, "allowance");
    if (!allowance.empty()) {
      auto t = ParseWorkingDuration(allowance);
      if (!t) return Refuse("Bước '" + n.id + "': " + t.error().message, n.id);
      n.allowance = *t;
    }
    return Ok();
  }

  Status ReadTimer(pugi::xml_node c, Node& n) {
    n.attached_to = c.attribute("attachedToRef").value();
    n.cancel_activity = std::string_view(c.attribute("cancelActivity").value()) != "false";
    pugi::xml_node timer = BpmnChild(c, "timerEventDefinition");
    if (!timer) {
      return Refuse("Sự kiện biên '" + n.id +
                        "' không phải là hẹn giờ; chỉ hỗ trợ hẹn giờ "
                        "(timerEventDefinition)",
                    n.id);
    }
    pugi::xml_node duration = BpmnChild(timer, "timeDuration");
    if (!duration) {
      return Refuse("Hẹn giờ '" + n.id +
                        "' phải dùng timeDuration (thời hạn theo thời gian làm "
                        "việc)",
                    n.id);
    }
    auto t = ParseWorkingDuration(Text(duration));
    if (!t) return Refuse("Hẹn giờ '" + n.id + "': " + t.error().message, n.id);
    n.timer_duration = *t;
    return Ok();
  }

  Status ReadFlow(pugi::xml_node c) {
    SequenceFlow f;
    f.id = c.attribute("id").value();
    if (f.id.empty()) return Refuse("Luồng thiếu thuộc tính id", "sequenceFlow");
    f.name = c.attribute("name").value();
    f.source = c.attribute("sourceRef").value();
    f.target = c.attribute("targetRef").value();
    if (pugi::xml_node cond = BpmnChild(c, "conditionExpression")) {
      auto parsed = Condition::Parse(Text(cond));
      if (!parsed) return Refuse("Luồng '" + f.id + "': " + parsed.error().message, f.id);
      f.condition = std::move(parsed).value();
    }
    if (!ids_.insert(f.id).second) return Refuse("Mã phần tử '" + f.id + "' bị trùng", f.id);
    def_.flow_index[f.id] = def_.flows.size();
    def_.flows.push_back(std::move(f));
    return Ok();
  }

  Status ReadLaneSet(pugi::xml_node set) {
    for (pugi::xml_node lane : set.children()) {
      if (lane.type() != pugi::node_element || !InBpmn(lane) || LocalName(lane.name()) != "lane") {
        continue;
      }
      Lane l;
      l.id = lane.attribute("id").value();
      l.name = lane.attribute("name").value();
      MOTCUA_ASSIGN_OR_RETURN(assignee, ReadAssignee(lane, l.name, l.id));
      l.assignee = assignee;
      for (pugi::xml_node ref : lane.children()) {
        if (ref.type() == pugi::node_element && LocalName(ref.name()) == "flowNodeRef") {
          l.node_ids.push_back(Text(ref));
        }
      }
      def_.lanes.push_back(std::move(l));
      // A nested lane set: its lanes are more specific, so they come after and win.
      if (pugi::xml_node child = BpmnChild(lane, "childLaneSet")) MOTCUA_TRY(ReadLaneSet(child));
    }
    return Ok();
  }

  ProcessDefinition def_;
  std::set<std::string> ids_;
};

// The first bpmn:process with at least one flow node other than lanes.
pugi::xml_node FindProcess(pugi::xml_node definitions) {
  pugi::xml_node first;
  for (pugi::xml_node c : definitions.children()) {
    if (c.type() != pugi::node_element || !InBpmn(c) || LocalName(c.name()) != "process") continue;
    if (!first) first = c;
    for (pugi::xml_node e : c.children()) {
      if (e.type() == pugi::node_element && LocalName(e.name()) == "startEvent") return c;
    }
  }
  return first;
}

}  // namespace

Result<ProcessDefinition> ParseBpmn(std::string_view xml) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    return Refuse("Tệp BPMN không phải XML hợp lệ (vị trí " + std::to_string(parsed.offset) +
                      "): " + parsed.description(),
                  "xml");
  }
  pugi::xml_node root = doc.document_element();
  if (LocalName(root.name()) != "definitions" || !InBpmn(root)) {
    return Refuse("Tệp không phải BPMN 2.0: phần tử gốc phải là bpmn:definitions", "xml");
  }
  pugi::xml_node process = FindProcess(root);
  if (!process) return Refuse("Tệp BPMN không có quy trình (bpmn:process)", "process");
  MOTCUA_ASSIGN_OR_RETURN(def, Reader().Read(process));
  MOTCUA_TRY(CheckGraph(def));
  return def;
}

}  // namespace motcua::process
