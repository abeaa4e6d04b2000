import { describe, expect, it } from 'vitest';
import { inboxSummary, scopeFrom, sortTasks } from './inbox';
import { activeNodeIds, currentStepsText, MARKER_ACTIVE, MARKER_DONE, MARKER_LATE, MARKER_WAITING, processMarkers } from './process_markers';
import { canWork, otherAssignee, decisionLabel, decisionOptions, decisionProblem, type ClosedTask, type Task } from './tasks';
import { confidencePercent, fileView, ocrFieldLabel, ocrStatusLabel } from './files_panel';

function task(id: number, node: string, extra: Partial<Task> = {}): Task {
  return {
    id,
    dossier_code: 'D1',
    step: { node_id: node, name: node, kind: 'appraisal' },
    kind: 'user',
    agency_id: 3,
    assignee: { role: 'specialist' },
    state: 'open',
    claimed_by: null,
    created_at: '2026-11-23T08:00:00+07:00',
    due_at: '2026-11-25T08:00:00+07:00',
    overdue: false,
    ...extra,
  };
}
const closed = (id: number, node: string, state: Task['state'] = 'completed'): ClosedTask => ({ ...task(id, node, { state }), completed_at: null, completed_by: 1, decision: 'approve', note: '', on_time: true });

describe('process map markers', () => {
  it('marks current steps (late ones too), waiting nodes and steps done', () => {
    const m = processMarkers({
      current: [task(3, 'Task_appraise'), task(4, 'Task_consult', { overdue: true })],
      waiting: ['Receive_answer'],
      history: [closed(1, 'Task_receive'), closed(2, 'Task_old', 'cancelled')],
    });
    expect(m.get('Task_receive')).toEqual([MARKER_DONE]);
    expect(m.has('Task_old')).toBe(false);
    expect(m.get('Task_appraise')).toEqual([MARKER_ACTIVE]);
    expect(m.get('Task_consult')).toEqual([MARKER_ACTIVE, MARKER_LATE]);
    expect(m.get('Receive_answer')).toEqual([MARKER_WAITING]);
    expect(activeNodeIds(m)).toEqual(['Task_appraise', 'Task_consult']);
  });
  it('a step returned to is active again, not done', () => {
    const m = processMarkers({ current: [task(5, 'Task_appraise')], waiting: [], history: [closed(3, 'Task_appraise')] });
    expect(m.get('Task_appraise')).toEqual([MARKER_ACTIVE]);
  });
  it('names the current step in words', () => {
    expect(currentStepsText({ status: 'running', current: [task(1, 'Thẩm định'), task(2, 'Lấy ý kiến', { overdue: true })] })).toBe('Bước hiện tại: Thẩm định, Lấy ý kiến (quá hạn).');
    expect(currentStepsText({ status: 'completed', current: [] })).toBe('Quy trình đã hoàn thành.');
    expect(currentStepsText({ status: 'waiting_supplement', current: [] })).toContain('bổ sung');
  });
});

describe('decisions', () => {
  it('offers agree/disagree on a consultation', () => {
    expect(decisionOptions({ kind: 'consultation', step: { node_id: 'C', name: 'C', kind: '' } }).map((o) => o.value)).toEqual(['agree', 'disagree']);
  });
  it('offers the process actions on an appraisal, and named flows', () => {
    const o = decisionOptions({ kind: 'user', step: { node_id: 'A', name: 'A', kind: 'appraisal' } }, [{ id: 'Flow_fast', name: 'Rút gọn', target: 'Ký' }, { id: 'F2', name: '', target: '' }]);
    expect(o.map((x) => x.value)).toEqual(['approve', 'request_supplement', 'return', 'refuse', 'Flow_fast']);
    expect(o.find((x) => x.value === 'refuse')?.needsNote).toBe(true);
    expect(o.find((x) => x.value === 'request_supplement')?.needsNote).toBe(true);
  });
  it('has no return at reception and no refusal at signing', () => {
    expect(decisionOptions({ kind: 'user', step: { node_id: 'R', name: 'R', kind: 'reception' } }).map((x) => x.value)).not.toContain('return');
    const sign = decisionOptions({ kind: 'user', step: { node_id: 'S', name: 'S', kind: 'signing' } });
    expect(sign.map((x) => x.value)).toEqual(['approve', 'return']);
    expect(sign[0].label).toBe('Ký số và phát hành kết quả');
  });
  it('requires a reason for refusal and supplement', () => {
    const o = decisionOptions({ kind: 'user', step: { node_id: 'A', name: 'A', kind: 'appraisal' } });
    expect(decisionProblem('', '', o)).toBe('Vui lòng chọn cách xử lý');
    expect(decisionProblem('refuse', '  ', o)).toBe('Vui lòng ghi rõ lý do');
    expect(decisionProblem('request_supplement', '', o)).toContain('bổ sung');
    expect(decisionProblem('refuse', 'Không đủ điều kiện', o)).toBeNull();
    expect(decisionProblem('approve', '', o)).toBeNull();
  });
  it('labels decisions of the history', () => {
    expect(decisionLabel('request_supplement')).toBe('Yêu cầu bổ sung');
    expect(decisionLabel('timer:Late')).toBe('Hết thời hạn của bước');
    expect(decisionLabel('Flow_x')).toBe('Flow_x');
  });
  it('says who works a step assigned to another role', () => {
    expect(otherAssignee(task(1, 'A', { assignee: { role: 'leader' } }), 'specialist')).toBe('lãnh đạo cơ quan');
    expect(otherAssignee(task(1, 'A', { assignee: { role: 'leader' } }), 'leader')).toBeNull();
    expect(otherAssignee(task(1, 'A', { assignee: { role: 'receptionist' } }), 'reception')).toBeNull();
    expect(otherAssignee(task(1, 'A', { assignee: { department: 'Phòng Lý lịch tư pháp' } }), 'specialist')).toBeNull();
    expect(otherAssignee(task(1, 'A', { assignee: null }), 'auditor')).toBeNull();
  });
  it('lets the claimer or anyone on an open step work it', () => {
    expect(canWork(task(1, 'A'), 7)).toBe(true);
    expect(canWork(task(1, 'A', { state: 'claimed', claimed_by: 7 }), 7)).toBe(true);
    expect(canWork(task(1, 'A', { state: 'claimed', claimed_by: 8 }), 7)).toBe(false);
  });
});

describe('inbox', () => {
  it('reads the scope from the address', () => {
    expect(scopeFrom(new URLSearchParams('pham-vi=agency'))).toBe('agency');
    expect(scopeFrom(new URLSearchParams('pham-vi=all'))).toBe('mine');
    expect(scopeFrom(new URLSearchParams(''))).toBe('mine');
  });
  it('puts late and due-soon steps first, then by due time', () => {
    const a = task(1, 'A', { due_at: '2026-11-30T08:00:00+07:00' });
    const b = task(2, 'B', { due_at: '2026-11-26T08:00:00+07:00' });
    const c = task(3, 'C', { due_at: '2026-12-30T08:00:00+07:00' });
    const d = task(4, 'D', { due_at: null });
    const states = new Map([[1, 'on_time'], [2, 'on_time'], [3, 'late'], [4, 'none']] as const);
    expect(sortTasks([d, a, c, b], new Map(states)).map((t) => t.id)).toEqual([3, 2, 1, 4]);
  });
  it('summarises the inbox in words', () => {
    expect(inboxSummary(['late', 'due_soon', 'on_time', 'on_time'])).toBe('4 bước xử lý, 1 quá hạn, 1 sắp đến hạn, 2 còn hạn.');
    expect(inboxSummary([])).toBe('Không có bước xử lý nào.');
  });
});

describe('file viewer', () => {
  it('opens attested and reused papers as PDFs of the warehouse', () => {
    expect(fileView({ document_code: 'BS-1', detected_type: 'image/jpeg' }, 'A/B')).toEqual({ url: '/api/v1/documents/BS-1/file?dossier=A%2FB', kind: 'pdf' });
    expect(fileView({ document_code: null, detected_type: 'image/png' }, 'D', 'KQ-9')?.url).toContain('/documents/KQ-9/file');
  });
  it('uses the file address when the server gives one, by type', () => {
    expect(fileView({ document_code: null, detected_type: 'image/png', url: '/f/1' }, 'D')).toEqual({ url: '/f/1', kind: 'image' });
    expect(fileView({ document_code: null, detected_type: 'application/pdf', url: '/f/2' }, 'D')?.kind).toBe('pdf');
    expect(fileView({ document_code: null, detected_type: 'image/png' }, 'D')).toBeNull();
  });
  it('says the OCR status in words', () => {
    expect(ocrStatusLabel('done')).toBe('Đã nhận dạng');
    expect(ocrStatusLabel('weird')).toBe('weird');
    expect(ocrFieldLabel('date_of_birth')).toBe('Ngày sinh');
    expect(ocrFieldLabel('x_code')).toBe('x_code');
    expect(confidencePercent(0.912)).toBe(91);
    expect(confidencePercent(87.4)).toBe(87);
  });
});

describe('the dossier screen before and after reception', () => {
  it('says why an online dossier has no process yet, and colours a refusal', async () => {
    const { dossierTone, noProcessText } = await import('./dossier');
    expect(noProcessText('submitted_online')).toBe('Quy trình xử lý bắt đầu khi hồ sơ được tiếp nhận.');
    expect(noProcessText('not_received')).toMatch(/không được tiếp nhận/);
    expect(noProcessText('processing')).toBeUndefined();
    expect(dossierTone('not_received', false)).toBe('warn');
    expect(dossierTone('submitted_online', false)).toBe('info');
  });
});
