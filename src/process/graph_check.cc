// SPDX-License-Identifier: Apache-2.0
#include "process/graph_check.h"

#include <deque>
#include <set>
#include <string>

namespace motcua::process {

namespace {

Error Refuse(std::string message, std::string_view field) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message), std::string(field),
                   "invalid_bpmn");
}

std::string Quote(std::string_view id) { return "'" + std::string(id) + "'"; }

// Links flows to their nodes and lanes to theirs, and pairs consultations and timers.
Status Link(ProcessDefinition& def) {
  for (SequenceFlow& f : def.flows) {
    if (f.source.empty() || def.FindNode(f.source) == nullptr) {
      return Refuse("Luồng " + Quote(f.id) + " không có điểm đầu hợp lệ", f.id);
    }
    if (f.target.empty() || def.FindNode(f.target) == nullptr) {
      return Refuse("Luồng " + Quote(f.id) + " không có điểm cuối hợp lệ", f.id);
    }
    def.nodes[def.node_index.at(f.source)].outgoing.push_back(f.id);
    def.nodes[def.node_index.at(f.target)].incoming.push_back(f.id);
  }
  // Nested lanes follow their parent in `lanes`: walking backwards, the innermost lane wins.
  for (auto lane = def.lanes.rbegin(); lane != def.lanes.rend(); ++lane) {
    for (const std::string& id : lane->node_ids) {
      auto it = def.node_index.find(id);
      if (it == def.node_index.end()) continue;  // lanes may list ignored elements
      Node& n = def.nodes[it->second];
      if (!n.lane_id.empty()) continue;
      n.lane_id = lane->id;
      // The task's own motcua:role / motcua:department, read before, wins over the lane's.
      if (n.kind == NodeKind::kUserTask && n.assignee.kind == AssigneeKind::kNone) {
        n.assignee = lane->assignee;
      }
    }
  }
  for (Node& n : def.nodes) {
    if (n.kind != NodeKind::kBoundaryTimer) continue;
    auto it = def.node_index.find(n.attached_to);
    if (it == def.node_index.end() || def.nodes[it->second].kind != NodeKind::kUserTask) {
      return Refuse("Hẹn giờ " + Quote(n.id) + " phải gắn vào một bước xử lý (userTask)", n.id);
    }
    def.nodes[it->second].boundary_ids.push_back(n.id);
  }
  return Ok();
}

Status PairConsultations(ProcessDefinition& def) {
  std::vector<size_t> sends, receives;
  for (size_t i = 0; i < def.nodes.size(); ++i) {
    if (def.nodes[i].kind == NodeKind::kConsultSend) sends.push_back(i);
    if (def.nodes[i].kind == NodeKind::kConsultReceive) receives.push_back(i);
  }
  for (size_t r : receives) {
    Node& recv = def.nodes[r];
    if (recv.pair_id.empty() && sends.size() == 1) recv.pair_id = def.nodes[sends[0]].id;
    const Node* send = def.FindNode(recv.pair_id);
    if (send == nullptr || send->kind != NodeKind::kConsultSend) {
      return Refuse("Bước nhận kết quả liên thông " + Quote(recv.id) +
                        " phải chỉ ra bước gửi tương ứng (motcua:pairedWith)",
                    recv.id);
    }
    Node& s = def.nodes[def.node_index.at(recv.pair_id)];
    if (!s.pair_id.empty()) {
      return Refuse("Bước gửi liên thông " + Quote(s.id) + " có nhiều hơn một bước nhận", recv.id);
    }
    s.pair_id = recv.id;
    recv.agency_code = s.agency_code;
  }
  for (size_t s : sends) {
    if (def.nodes[s].pair_id.empty()) {
      return Refuse("Bước gửi liên thông " + Quote(def.nodes[s].id) +
                        " không có bước nhận kết quả (receiveTask)",
                    def.nodes[s].id);
    }
  }
  return Ok();
}

// Degree rules per node kind.
Status CheckDegrees(ProcessDefinition& def) {
  int starts = 0, ends = 0;
  for (Node& n : def.nodes) {
    size_t in = n.incoming.size(), out = n.outgoing.size();
    const std::string q = Quote(n.id);
    switch (n.kind) {
      case NodeKind::kStartEvent:
        ++starts;
        def.start_id = n.id;
        if (in != 0) return Refuse("Sự kiện bắt đầu " + q + " không được có luồng vào", n.id);
        if (out != 1) return Refuse("Sự kiện bắt đầu " + q + " phải có đúng một luồng ra", n.id);
        break;
      case NodeKind::kEndEvent:
        ++ends;
        if (out != 0) return Refuse("Sự kiện kết thúc " + q + " không được có luồng ra", n.id);
        break;
      case NodeKind::kBoundaryTimer:
        if (in != 0) return Refuse("Hẹn giờ " + q + " không được có luồng vào", n.id);
        if (out > 1) return Refuse("Hẹn giờ " + q + " chỉ được có một luồng ra", n.id);
        if (out == 0 && n.cancel_activity) {
          return Refuse("Hẹn giờ ngắt bước " + q +
                            " phải có luồng ra; nếu chỉ để đánh dấu quá "
                            "hạn, đặt cancelActivity=\"false\"",
                        n.id);
        }
        break;
      case NodeKind::kExclusiveGateway:
        if (out == 0) return Refuse("Cổng " + q + " không có luồng ra", n.id);
        break;
      case NodeKind::kParallelGateway:
        if (out == 0) return Refuse("Cổng " + q + " không có luồng ra", n.id);
        if (in > 1 && out > 1) {
          return Refuse("Cổng song song " + q +
                            " không được vừa tách vừa gộp nhánh; dùng hai "
                            "cổng",
                        n.id);
        }
        break;
      default:
        if (out != 1) {
          return Refuse("Bước " + q + " phải có đúng một luồng ra (dùng cổng để rẽ nhánh)", n.id);
        }
    }
  }
  if (starts == 0) return Refuse("Quy trình không có sự kiện bắt đầu", "process");
  if (starts > 1) return Refuse("Quy trình có nhiều hơn một sự kiện bắt đầu", def.start_id);
  if (ends == 0) return Refuse("Quy trình không có sự kiện kết thúc", "process");
  return Ok();
}

// Exclusive gateways: every outgoing flow has a condition or is the default; conditions only
// leave exclusive gateways.
Status CheckConditions(ProcessDefinition& def) {
  for (SequenceFlow& f : def.flows) {
    const Node& src = *def.FindNode(f.source);
    if (f.condition && src.kind != NodeKind::kExclusiveGateway) {
      return Refuse("Luồng " + Quote(f.id) +
                        " có điều kiện nhưng không xuất phát từ cổng loại "
                        "trừ (exclusiveGateway)",
                    f.id);
    }
  }
  for (const Node& n : def.nodes) {
    if (n.kind != NodeKind::kExclusiveGateway) continue;
    if (!n.default_flow.empty()) {
      const SequenceFlow* d = def.FindFlow(n.default_flow);
      if (d == nullptr || d->source != n.id) {
        return Refuse("Luồng mặc định của cổng " + Quote(n.id) + " không phải luồng ra của cổng",
                      n.id);
      }
      def.flows[def.flow_index.at(n.default_flow)].is_default = true;
    }
    if (n.outgoing.size() == 1) {
      // With one conditional way out and no default, a false condition would leave the token
      // stuck at the gateway.
      const SequenceFlow& only = *def.FindFlow(n.outgoing.front());
      if (only.condition && !only.is_default) {
        return Refuse("Cổng " + Quote(n.id) +
                          " chỉ có một luồng ra có điều kiện; cần thêm luồng "
                          "mặc định",
                      n.id);
      }
      continue;
    }
    for (const std::string& id : n.outgoing) {
      const SequenceFlow& f = *def.FindFlow(id);
      if (!f.condition && !f.is_default) {
        return Refuse("Luồng " + Quote(id) + " ra khỏi cổng " + Quote(n.id) +
                          " thiếu điều kiện và không phải luồng mặc định",
                      id);
      }
    }
  }
  return Ok();
}

// Forward reachability from the start (a timer is reached with its task) and backward from the
// ends (a non-interrupting timer without an outgoing flow needs no end).
Status CheckReachability(const ProcessDefinition& def) {
  std::set<std::string> seen{def.start_id};
  std::deque<std::string> todo{def.start_id};
  while (!todo.empty()) {
    const Node& n = *def.FindNode(todo.front());
    todo.pop_front();
    std::vector<std::string> next = n.boundary_ids;
    for (const std::string& f : n.outgoing) next.push_back(def.FindFlow(f)->target);
    for (std::string& id : next) {
      if (seen.insert(id).second) todo.push_back(std::move(id));
    }
  }
  for (const Node& n : def.nodes) {
    if (!seen.contains(n.id)) {
      return Refuse("Phần tử " + Quote(n.id) + " không thể đi tới từ sự kiện bắt đầu", n.id);
    }
  }
  std::set<std::string> ok;
  for (const Node& n : def.nodes) {
    if (n.kind == NodeKind::kEndEvent ||
        (n.kind == NodeKind::kBoundaryTimer && n.outgoing.empty())) {
      ok.insert(n.id);
      todo.push_back(n.id);
    }
  }
  while (!todo.empty()) {
    const Node& n = *def.FindNode(todo.front());
    todo.pop_front();
    for (const std::string& f : n.incoming) {
      const std::string& src = def.FindFlow(f)->source;
      if (ok.insert(src).second) todo.push_back(src);
    }
  }
  for (const Node& n : def.nodes) {
    if (!ok.contains(n.id)) {
      return Refuse("Từ phần tử " + Quote(n.id) + " không thể đi tới sự kiện kết thúc", n.id);
    }
  }
  return Ok();
}

// Nodes reachable from `from` (excluded) by sequence flows.
std::set<std::string> Downstream(const ProcessDefinition& def, const std::string& from) {
  std::set<std::string> seen;
  std::deque<std::string> todo{from};
  while (!todo.empty()) {
    const Node& n = *def.FindNode(todo.front());
    todo.pop_front();
    for (const std::string& f : n.outgoing) {
      const std::string& t = def.FindFlow(f)->target;
      if (seen.insert(t).second) todo.push_back(t);
    }
  }
  return seen;
}

// Every fork has a join that all its branches reach; every join has a fork upstream; as many
// branches are opened as are joined.
Status CheckParallel(const ProcessDefinition& def) {
  int opened = 0, joined = 0;
  std::set<std::string> joins_with_fork;
  for (const Node& n : def.nodes) {
    if (n.kind != NodeKind::kParallelGateway) continue;
    if (n.incoming.size() > 1) joined += static_cast<int>(n.incoming.size()) - 1;
    if (n.outgoing.size() <= 1) continue;
    opened += static_cast<int>(n.outgoing.size()) - 1;
    std::set<std::string> common;
    bool first = true;
    for (const std::string& f : n.outgoing) {
      const std::string& head = def.FindFlow(f)->target;
      std::set<std::string> reach = Downstream(def, head);
      reach.insert(head);
      std::set<std::string> joins;
      for (const std::string& id : reach) {
        const Node& r = *def.FindNode(id);
        if (r.kind == NodeKind::kParallelGateway && r.incoming.size() > 1) joins.insert(id);
      }
      if (first) {
        common = std::move(joins);
        first = false;
      } else {
        std::erase_if(common, [&](const std::string& id) { return !joins.contains(id); });
      }
    }
    if (common.empty()) {
      return Refuse("Các nhánh của cổng song song " + Quote(n.id) +
                        " không cùng gộp lại ở một cổng song song",
                    n.id);
    }
    joins_with_fork.insert(common.begin(), common.end());
  }
  for (const Node& n : def.nodes) {
    if (n.kind == NodeKind::kParallelGateway && n.incoming.size() > 1 &&
        !joins_with_fork.contains(n.id)) {
      return Refuse("Cổng song song " + Quote(n.id) + " gộp các nhánh không cùng một cổng tách",
                    n.id);
    }
  }
  if (opened != joined) {
    return Refuse("Số nhánh song song được tách và được gộp không khớp", "process");
  }
  return Ok();
}

}  // namespace

Status CheckGraph(ProcessDefinition& def) {
  MOTCUA_TRY(Link(def));
  MOTCUA_TRY(PairConsultations(def));
  MOTCUA_TRY(CheckDegrees(def));
  MOTCUA_TRY(CheckConditions(def));
  MOTCUA_TRY(CheckReachability(def));
  MOTCUA_TRY(CheckParallel(def));
  return Ok();
}

}  // namespace motcua::process
