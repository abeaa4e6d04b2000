// What the process map editor lets an administrator set on a node, in motcua's BPMN subset
// (docs/formats/bpmn-subset.md), and checks on it before saving: who works a step, what kind of
// step it is, its time allowance in working time.

export const MOTCUA_NS = 'http://motcua.vn/bpmn';

export interface NodeProps {
  id: string;
  type: string;
  name: string;
  role: string;
  department: string;
  step: string;
  allowance: string;
  agency: string;
  condition: string;
}

export const ROLES: Array<[string, string]> = [
  ['', '— Theo làn (lane) —'],
  ['reception', 'Bộ phận tiếp nhận và trả kết quả'],
  ['specialist', 'Chuyên viên'],
  ['department_head', 'Lãnh đạo phòng'],
  ['leader', 'Lãnh đạo cơ quan'],
];

export const STEPS: Array<[string, string]> = [
  ['', '— Bước xử lý thông thường —'],
  ['reception', 'Tiếp nhận hồ sơ'],
  ['appraisal', 'Thẩm định'],
  ['approval', 'Phê duyệt'],
  ['signing', 'Ký số kết quả'],
  ['return', 'Trả kết quả'],
];

/** Which editable properties make sense on a BPMN element type. */
export function editableProps(type: string): Array<keyof NodeProps> {
  switch (type) {
    case 'bpmn:UserTask':
    case 'bpmn:Task':
    case 'bpmn:ManualTask':
      return ['name', 'role', 'department', 'step', 'allowance'];
    case 'bpmn:ServiceTask':
    case 'bpmn:SendTask':
      return ['name', 'agency', 'allowance'];
    case 'bpmn:SequenceFlow':
      return ['name', 'condition'];
    case 'bpmn:Lane':
      return ['name', 'role', 'department'];
    default:
      return ['name'];
  }
}

/**
 * Checks a working-time allowance as motcua reads it: P<n>D, PT<n>H, P<d>DT<h>H or P<n>W
 * (no minutes, seconds, months, years or fractions). Returns the problem in words, or null.
 */
export function allowanceProblem(text: string): string | null {
  if (!text) return null;
  if (/^P(\d+W|\d+D(T\d+H)?|T\d+H)$/.test(text.trim())) return null;
  return 'Thời hạn ghi theo ISO 8601 tính theo thời gian làm việc: P2D (2 ngày), PT4H (4 giờ), P1DT4H, P1W; không dùng phút, tháng, năm hay số lẻ';
}

/** "P1DT4H" → "1 ngày 4 giờ làm việc", for the form's hint. */
export function allowanceText(text: string): string {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?$/.exec(text.trim());
  if (!m || text.trim() === 'P') return '';
  const parts: string[] = [];
  if (m[1]) parts.push(`${m[1]} tuần`);
  if (m[2]) parts.push(`${m[2]} ngày`);
  if (m[3]) parts.push(`${m[3]} giờ`);
  return parts.length ? `${parts.join(' ')} làm việc` : '';
}

/** A new process map for a procedure that has none: receive, appraise, approve, sign, return. */
export function starterMap(procedureName: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const tasks: Array<[string, string, string, string, string]> = [
    ['Task_receive', 'Tiếp nhận hồ sơ', 'reception', 'reception', 'PT4H'],
    ['Task_appraise', 'Thẩm định hồ sơ', 'specialist', 'appraisal', 'P2D'],
    ['Task_approve', 'Phê duyệt', 'leader', 'approval', 'PT4H'],
    ['Task_sign', 'Ký số kết quả', 'leader', 'signing', 'PT4H'],
    ['Task_return', 'Trả kết quả', 'reception', 'return', 'PT4H'],
  ];
  const ids = ['Start', ...tasks.map((t) => t[0]), 'End'];
  const x = (i: number) => 40 + i * 150;
  const nodes = tasks.map(([id, name, role, step, allowance]) => `<bpmn:userTask id="${id}" name="${esc(name)}" motcua:role="${role}" motcua:step="${step}" motcua:allowance="${allowance}"/>`).join('');
  const flows = ids.slice(1).map((id, i) => `<bpmn:sequenceFlow id="Flow_${i + 1}" sourceRef="${ids[i]}" targetRef="${id}"/>`).join('');
  const shapes = ids
    .map((id, i) => (id === 'Start' || id === 'End' ? `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x(i) + 32}" y="102" width="36" height="36"/></bpmndi:BPMNShape>` : `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x(i)}" y="80" width="100" height="80"/></bpmndi:BPMNShape>`))
    .join('');
  const edges = ids
    .slice(1)
    .map((id, i) => {
      const from = ids[i] === 'Start' ? x(i) + 68 : x(i) + 100;
      const to = id === 'End' ? x(i + 1) + 32 : x(i + 1);
      return `<bpmndi:BPMNEdge id="Flow_${i + 1}_di" bpmnElement="Flow_${i + 1}"><di:waypoint x="${from}" y="120"/><di:waypoint x="${to}" y="120"/></bpmndi:BPMNEdge>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:motcua="${MOTCUA_NS}" id="Definitions_1" targetNamespace="http://motcua.vn/processes">
<bpmn:process id="Process_1" name="${esc(procedureName)}" isExecutable="true"><bpmn:startEvent id="Start"/>${nodes}<bpmn:endEvent id="End"/>${flows}</bpmn:process>
<bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">${shapes}${edges}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
