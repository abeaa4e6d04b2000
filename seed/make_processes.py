#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes seed/processes/<code>.bpmn, the demo process map of every procedure in
seed/procedures.json, from a few templates of one-stop practice:

- commune: reception -> specialist appraisal -> leader approval -> (approve / refuse /
  request_supplement back to reception) -> result signing -> return;
- commune "4 tại chỗ" (received, appraised, approved and returned on the spot);
- province: reception at the service centre -> department specialist -> department head ->
  leader -> (approve / refuse / request_supplement) -> signing -> return;
- 1.013225 (building permit): two appraisals in parallel, then a consultation of the ward where
  the site lies (service task); 1.013226: the same consultation as a send/receive pair.

Step allowances add up (along the longest path) to the procedure's processing time; a
non-interrupting boundary timer marks the appraisal step's deadline. Each file carries a simple
left-to-right diagram (bpmndi) so that bpmn.io opens it. The subset is described in
docs/formats/bpmn-subset.md.

Usage: python3 seed/make_processes.py   (rewrites seed/processes/)
"""
import json
import os
from xml.sax.saxutils import escape, quoteattr

SEED = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(SEED, "processes")
HOURS_PER_DAY = 8
WARD = "001.01.00.H05"  # the ward consulted on a building site (seed/demo_province.json)

DEPARTMENTS = {  # provincial procedure -> the department that appraises it
    "2.000488": "Phòng Lý lịch tư pháp",
    "1.013225": "Phòng Quản lý hoạt động xây dựng",
    "1.013226": "Phòng Quản lý hoạt động xây dựng",
    "1.013227": "Phòng Quản lý hoạt động xây dựng",
    "1.013228": "Phòng Quản lý hoạt động xây dựng",
}


def duration(hours):
    """An ISO 8601 working-time duration: whole days as PnD, otherwise PTnH."""
    if hours % HOURS_PER_DAY == 0 and hours > 0:
        return f"P{hours // HOURS_PER_DAY}D"
    return f"PT{hours}H"


def split(total, shares, fixed):
    """Splits `total` hours: `fixed` steps get their hours (scaled down if needed), the rest is
    shared by weight; every step gets at least one hour when possible. Returns {step: hours}."""
    out = dict(fixed)
    rest = total - sum(fixed.values())
    weight = sum(shares.values())
    for step, w in shares.items():
        out[step] = max(1, rest * w // weight)
    if total >= 5 * HOURS_PER_DAY:  # long procedures: whole working days per step
        for step in shares:
            out[step] = max(HOURS_PER_DAY, out[step] // HOURS_PER_DAY * HOURS_PER_DAY)
    # Give the rounding remainder to the largest share, or take any excess from it.
    largest = max(shares, key=shares.get)
    out[largest] += total - sum(out.values())
    assert all(h >= 1 for h in out.values()), (total, out)
    return out


class Map:
    def __init__(self, code, name):
        self.code, self.name = code, name
        self.lanes = []  # (id, name, attrs, [node ids])
        self.nodes = []  # (id, xml tag, attrs, inner xml)
        self.flows = []  # (id, source, target, name, condition)
        self.lane_of = {}

    def lane(self, lane_id, name, **attrs):
        self.lanes.append((lane_id, name, attrs, []))

    def node(self, node_id, tag, lane_id, name="", inner="", **attrs):
        if name:
            attrs = {"name": name, **attrs}
        self.nodes.append((node_id, tag, attrs, inner))
        for lane in self.lanes:
            if lane[0] == lane_id:
                lane[3].append(node_id)
        self.lane_of[node_id] = lane_id

    def flow(self, flow_id, source, target, name="", condition=None):
        self.flows.append((flow_id, source, target, name, condition))

    def chain(self, *ids):
        for a, b in zip(ids, ids[1:]):
            self.flow(f"Flow_{a}_{b}", a, b)

    def xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
               'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
               'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
               'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
               'xmlns:motcua="http://motcua.vn/bpmn" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
               f'id="Definitions_{self.code}" targetNamespace="http://motcua.vn/bpmn" '
               'exporter="seed/make_processes.py" exporterVersion="1">',
               '  <bpmn:collaboration id="Collaboration_1">',
               f'    <bpmn:participant id="Participant_1" name={quoteattr(self.name)} '
               'processRef="Process_1" />',
               '  </bpmn:collaboration>',
               f'  <bpmn:process id="Process_1" name={quoteattr(self.name)} isExecutable="true">',
               '    <bpmn:laneSet id="LaneSet_1">']
        for lane_id, name, attrs, refs in self.lanes:
            a = "".join(f" motcua:{k}={quoteattr(v)}" for k, v in attrs.items())
            out.append(f'      <bpmn:lane id="{lane_id}" name={quoteattr(name)}{a}>')
            out += [f"        <bpmn:flowNodeRef>{r}</bpmn:flowNodeRef>" for r in refs]
            out.append("      </bpmn:lane>")
        out.append("    </bpmn:laneSet>")
        for node_id, tag, attrs, inner in self.nodes:
            a = "".join(f" {k if ':' in k or k in ('name', 'default', 'attachedToRef', 'cancelActivity') else 'motcua:' + k}={quoteattr(v)}"
                        for k, v in attrs.items())
            if inner:
                out.append(f'    <bpmn:{tag} id="{node_id}"{a}>{inner}</bpmn:{tag}>')
            else:
                out.append(f'    <bpmn:{tag} id="{node_id}"{a} />')
        for flow_id, source, target, name, condition in self.flows:
            n = f" name={quoteattr(name)}" if name else ""
            head = f'    <bpmn:sequenceFlow id="{flow_id}"{n} sourceRef="{source}" targetRef="{target}"'
            if condition:
                out.append(head + ">")
                out.append('      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" '
                           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                           f"{escape(condition)}</bpmn:conditionExpression>")
                out.append("    </bpmn:sequenceFlow>")
            else:
                out.append(head + " />")
        out.append("  </bpmn:process>")
        out += self.diagram()
        out.append("</bpmn:definitions>")
        return "\n".join(out) + "\n"

    def diagram(self):
        """Columns by longest distance from the start (back edges ignored), rows by lane."""
        ids = [n[0] for n in self.nodes if n[1] != "boundaryEvent"]
        order = {i: k for k, i in enumerate(ids)}
        col = {ids[0]: 0}
        for _ in ids:
            for _, s, t, _, _ in self.flows:
                if s in col and t in order and order[t] > order[s]:
                    col[t] = max(col.get(t, 0), col[s] + 1)
        lane_row = {lane[0]: k for k, lane in enumerate(self.lanes)}
        lane_h, col_w, x0 = 160, 150, 220
        # Parallel branches in one lane: stack them.
        used, pos = {}, {}
        for i in ids:
            key = (lane_row[self.lane_of[i]], col[i])
            slot = used.get(key, 0)
            used[key] = slot + 1
            pos[i] = (x0 + col[i] * col_w, 60 + key[0] * lane_h + 40 + slot * 60)
        width = x0 + (max(col.values()) + 1) * col_w
        out = ['  <bpmndi:BPMNDiagram id="BPMNDiagram_1">',
               '    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">',
               '      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" '
               f'isHorizontal="true"><dc:Bounds x="120" y="60" width="{width}" '
               f'height="{lane_h * len(self.lanes)}" /></bpmndi:BPMNShape>']
        for k, lane in enumerate(self.lanes):
            out.append(f'      <bpmndi:BPMNShape id="{lane[0]}_di" bpmnElement="{lane[0]}" '
                       f'isHorizontal="true"><dc:Bounds x="150" y="{60 + k * lane_h}" '
                       f'width="{width - 30}" height="{lane_h}" /></bpmndi:BPMNShape>')
        size = {}
        for node_id, tag, attrs, _ in self.nodes:
            if tag == "boundaryEvent":
                x, y = pos[attrs["attachedToRef"]]
                w = h = 36
                x, y = x + 62, y + 62
            else:
                x, y = pos[node_id]
                w, h = (100, 80) if tag.endswith("Task") else ((50, 50) if "Gateway" in tag else (36, 36))
                y += (80 - h) // 2
            size[node_id] = (x, y, w, h)
            out.append(f'      <bpmndi:BPMNShape id="{node_id}_di" bpmnElement="{node_id}">'
                       f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" /></bpmndi:BPMNShape>')
        for flow_id, s, t, _, _ in self.flows:
            sx, sy, sw, sh = size[s]
            tx, ty, tw, th = size[t]
            out.append(f'      <bpmndi:BPMNEdge id="{flow_id}_di" bpmnElement="{flow_id}">'
                       f'<di:waypoint x="{sx + sw}" y="{sy + sh // 2}" />'
                       f'<di:waypoint x="{tx}" y="{ty + th // 2}" /></bpmndi:BPMNEdge>')
        out += ["    </bpmndi:BPMNPlane>", "  </bpmndi:BPMNDiagram>"]
        return out


def timer(m, task, hours):
    inner = ('<bpmn:timerEventDefinition id="TimerDef_appraise">'
             f"<bpmn:timeDuration>{duration(hours)}</bpmn:timeDuration>"
             "</bpmn:timerEventDefinition>")
    m.node("Timer_appraise_deadline", "boundaryEvent", m.lane_of[task], "Hết hạn thẩm định",
           inner, attachedToRef=task, cancelActivity="false")


def decision_gateway(m, lane, approve_target, supplement_target, refuse_target):
    m.node("Gateway_decision", "exclusiveGateway", lane, "Kết quả xem xét",
           default="Flow_approve")
    m.flow("Flow_approve", "Gateway_decision", approve_target, "Đồng ý")
    m.flow("Flow_refuse", "Gateway_decision", refuse_target, "Từ chối", "decision == 'refuse'")
    if supplement_target:
        m.flow("Flow_request_supplement", "Gateway_decision", supplement_target,
               "Yêu cầu bổ sung", "decision == 'request_supplement'")


def commune(p, hours):
    m = Map(p["code"], p["name"])
    m.lane("Lane_reception", "Bộ phận tiếp nhận và trả kết quả", role="reception")
    m.lane("Lane_specialist", "Công chức chuyên môn", role="specialist")
    m.lane("Lane_leader", "Lãnh đạo UBND cấp xã", role="leader")
    if p.get("four_on_the_spot"):
        # "4 tại chỗ": the official at the counter receives, appraises and returns on the spot.
        h = split(hours, {"Task_appraise": 3, "Task_approve": 2}, {"Task_return": 1})
        m.node("StartEvent_1", "startEvent", "Lane_reception", "Nộp hồ sơ")
        m.node("Task_appraise", "userTask", "Lane_specialist", "Tiếp nhận và thẩm định tại chỗ",
               step="reception", allowance=duration(h["Task_appraise"]))
        m.node("Task_approve", "userTask", "Lane_leader", "Ký chứng thực", step="signing",
               allowance=duration(h["Task_approve"]))
        m.node("Gateway_decision", "exclusiveGateway", "Lane_leader", "Kết quả",
               default="Flow_approve")
        m.node("Task_return", "userTask", "Lane_reception", "Trả kết quả", step="return",
               allowance=duration(h["Task_return"]))
        m.node("EndEvent_1", "endEvent", "Lane_reception", "Đã trả kết quả")
        timer(m, "Task_appraise", h["Task_appraise"])
        m.chain("StartEvent_1", "Task_appraise", "Task_approve", "Gateway_decision")
        m.flow("Flow_approve", "Gateway_decision", "Task_return", "Đồng ý")
        m.flow("Flow_refuse", "Gateway_decision", "Task_return", "Từ chối", "decision == 'refuse'")
        m.chain("Task_return", "EndEvent_1")
        return m, [h["Task_appraise"], h["Task_approve"], h["Task_return"]]
    edge = 4 if hours >= 5 * HOURS_PER_DAY else 1  # receiving and returning at the counter
    fixed = {"Task_receive": edge, "Task_return": edge}
    h = split(hours, {"Task_appraise": 5, "Task_approve": 2, "Task_sign": 1}, fixed)
    m.node("StartEvent_1", "startEvent", "Lane_reception", "Nộp hồ sơ")
    m.node("Task_receive", "userTask", "Lane_reception", "Tiếp nhận hồ sơ", step="reception",
           allowance=duration(h["Task_receive"]))
    m.node("Task_appraise", "userTask", "Lane_specialist", "Thẩm định hồ sơ", step="appraisal",
           allowance=duration(h["Task_appraise"]))
    m.node("Task_approve", "userTask", "Lane_leader", "Phê duyệt", step="approval",
           allowance=duration(h["Task_approve"]))
    m.node("Task_sign", "userTask", "Lane_leader", "Ký kết quả", step="signing",
           allowance=duration(h["Task_sign"]))
    m.node("Task_return", "userTask", "Lane_reception", "Trả kết quả", step="return",
           allowance=duration(h["Task_return"]))
    m.node("EndEvent_1", "endEvent", "Lane_reception", "Đã trả kết quả")
    timer(m, "Task_appraise", h["Task_appraise"])
    m.chain("StartEvent_1", "Task_receive", "Task_appraise", "Task_approve")
    m.flow("Flow_Task_approve_Gateway_decision", "Task_approve", "Gateway_decision")
    decision_gateway(m, "Lane_leader", "Task_sign", "Task_receive", "Task_return")
    # The gateway is declared after its incoming flow's source; move it next to the approval.
    m.nodes.insert(4, m.nodes.pop())
    m.chain("Task_sign", "Task_return", "EndEvent_1")
    return m, list(h.values())


def province(p, hours):
    code = p["code"]
    m = Map(code, p["name"])
    m.lane("Lane_centre", "Trung tâm Phục vụ hành chính công", role="reception")
    dept = DEPARTMENTS.get(code)
    if dept:
        m.lane("Lane_department", dept, department=dept)
    else:
        m.lane("Lane_department", "Chuyên viên phòng chuyên môn", role="specialist")
    m.lane("Lane_head", "Trưởng phòng", role="department_head")
    m.lane("Lane_leader", "Lãnh đạo Sở", role="leader")
    parallel = code == "1.013225"
    consult = code in ("1.013225", "1.013226")
    shares = {"Task_appraise": 6, "Task_review": 2, "Task_approve": 2, "Task_sign": 1}
    if consult:
        shares["Task_consult"] = 5
    h = split(hours, shares, {"Task_receive": 4, "Task_return": 4})
    m.node("StartEvent_1", "startEvent", "Lane_centre", "Nộp hồ sơ")
    m.node("Task_receive", "userTask", "Lane_centre", "Tiếp nhận hồ sơ", step="reception",
           allowance=duration(h["Task_receive"]))
    path = ["StartEvent_1", "Task_receive"]
    if parallel:
        m.node("Gateway_fork", "parallelGateway", "Lane_department", "Thẩm định song song")
        m.node("Task_appraise", "userTask", "Lane_department", "Thẩm định hồ sơ thiết kế",
               step="appraisal", allowance=duration(h["Task_appraise"]))
        m.node("Task_site", "userTask", "Lane_department", "Kiểm tra hiện trạng công trình",
               step="appraisal", allowance=duration(h["Task_appraise"]), role="specialist")
        m.node("Gateway_join", "parallelGateway", "Lane_department", "Tổng hợp kết quả thẩm định")
        m.chain("StartEvent_1", "Task_receive", "Gateway_fork")
        m.flow("Flow_fork_appraise", "Gateway_fork", "Task_appraise")
        m.flow("Flow_fork_site", "Gateway_fork", "Task_site")
        m.flow("Flow_appraise_join", "Task_appraise", "Gateway_join")
        m.flow("Flow_site_join", "Task_site", "Gateway_join")
        path = ["Gateway_join"]
    else:
        m.node("Task_appraise", "userTask", "Lane_department", "Thẩm định hồ sơ",
               step="appraisal", allowance=duration(h["Task_appraise"]))
        path.append("Task_appraise")
    timer(m, "Task_appraise", h["Task_appraise"])
    if consult and parallel:
        m.node("Task_consult", "serviceTask", "Lane_department",
               "Lấy ý kiến UBND phường nơi có công trình", agency=WARD,
               allowance=duration(h["Task_consult"]))
        path.append("Task_consult")
    elif consult:
        m.node("Task_consult", "sendTask", "Lane_department", "Gửi lấy ý kiến UBND phường",
               agency=WARD, allowance=duration(h["Task_consult"]))
        m.node("Task_consult_answer", "receiveTask", "Lane_department", "Nhận ý kiến UBND phường",
               pairedWith="Task_consult")
        path += ["Task_consult", "Task_consult_answer"]
    m.node("Task_review", "userTask", "Lane_head", "Trưởng phòng xem xét", step="appraisal",
           allowance=duration(h["Task_review"]))
    m.node("Task_approve", "userTask", "Lane_leader", "Lãnh đạo Sở phê duyệt", step="approval",
           allowance=duration(h["Task_approve"]))
    m.chain(*path, "Task_review", "Task_approve")
    m.flow("Flow_Task_approve_Gateway_decision", "Task_approve", "Gateway_decision")
    decision_gateway(m, "Lane_leader", "Task_sign", "Task_receive", "Task_return")
    m.node("Task_sign", "userTask", "Lane_leader", "Ký số kết quả", step="signing",
           allowance=duration(h["Task_sign"]))
    m.node("Task_return", "userTask", "Lane_centre", "Trả kết quả", step="return",
           allowance=duration(h["Task_return"]))
    m.node("EndEvent_1", "endEvent", "Lane_centre", "Đã trả kết quả")
    m.chain("Task_sign", "Task_return", "EndEvent_1")
    return m, list(h.values())


def main():
    with open(os.path.join(SEED, "procedures.json"), encoding="utf-8") as fh:
        procedures = json.load(fh)["procedures"]
    # A procedure with several versions gets one map that fits the shortest processing time.
    by_code = {}
    for p in procedures:
        if p["code"] not in by_code or p["processing_time"]["amount"] < \
                by_code[p["code"]]["processing_time"]["amount"]:
            by_code[p["code"]] = p
    os.makedirs(OUT, exist_ok=True)
    for code, p in sorted(by_code.items()):
        t = p["processing_time"]
        # Same-day procedures: one working day of 8 hours at most.
        hours = max(t["amount"], 1) * HOURS_PER_DAY if t["unit"] == "working_days" else t["amount"]
        m, steps = (province if p["level"] == "province" else commune)(p, hours)
        assert sum(steps) <= hours, (code, steps, hours)
        with open(os.path.join(OUT, f"{code}.bpmn"), "w", encoding="utf-8") as fh:
            fh.write(m.xml())
    print(f"wrote {len(by_code)} process maps to {OUT}")


if __name__ == "__main__":
    main()
