// The actions of the process on the dossier screen: for each current step, take it (claim),
// then complete it with a decision and a note (reasons required for refusal and supplement).
// At the signing step the leader may title the result before it is signed and issued.
import { messageOf, post } from '../../api';
import { h, replace } from '../../dom';
import { formatDateTime } from '../../format';
import type { User } from '../../session';
import { busy, field } from '../../ui/field';
import { badge } from '../../ui/page';
import { alertBox } from '../../ui/toast';
import { deadlineLabel, deadlineState, deadlineTone, type WorkingCalendar } from './deadline';
import { decisionOptions, decisionProblem, otherAssignee, STEP_KINDS, type Flow, type Task } from './tasks';

export interface TaskPanelOptions {
  dossierCode: string;
  tasks: Task[];
  calendar: WorkingCalendar;
  user: User | null;
  /** The flows out of a step, from the map (empty when the map is not loaded). */
  flowsOf: (nodeId: string) => Flow[];
  /** Called after a step was claimed or completed, with a sentence saying what happened. */
  onDone: (message: string) => void;
}

export function taskCard(o: TaskPanelOptions): HTMLElement {
  const card = h('section', { class: 'card', 'aria-labelledby': 'actions-title', 'data-testid': 'task-actions' }, h('h2', { id: 'actions-title' }, 'Xử lý hồ sơ'));
  if (!o.tasks.length) {
    card.append(h('p', { class: 'empty', 'data-testid': 'no-task' }, 'Hồ sơ không có bước nào đang chờ xử lý.'));
    return card;
  }
  for (const t of o.tasks) card.append(taskForm(t, o));
  return card;
}

function taskForm(t: Task, o: TaskPanelOptions): HTMLElement {
  const state = deadlineState(t.due_at, Date.now(), o.calendar, t.overdue);
  const mine = t.state === 'claimed' && t.claimed_by === o.user?.id;
  const takenByOther = t.state === 'claimed' && !mine;
  const status = h('div', { 'aria-live': 'polite' });
  const head = h(
    'div',
    { class: 'component-head' },
    h('h3', {}, t.step.name, h('span', { class: 'small muted' }, ` · ${STEP_KINDS[t.step.kind] ?? 'Xử lý'}`)),
    badge(deadlineLabel(state), deadlineTone(state), 'task-deadline'),
  );
  const facts = h('p', { class: 'small muted' }, t.due_at ? `Hạn của bước: ${formatDateTime(t.due_at)}. ` : '', t.state === 'open' ? 'Chưa có người nhận.' : mine ? 'Bạn đang xử lý bước này.' : 'Đã có cán bộ khác nhận xử lý.');
  const box = h('div', { class: 'task', 'data-testid': 'task', 'data-task-id': t.id, 'data-node-id': t.step.node_id }, head, facts, status);

  const other = otherAssignee(t, o.user?.role);
  if (other) {
    box.append(h('p', { class: 'small', 'data-testid': 'task-assignee' }, `Bước này do ${other} xử lý.`));
    return box;
  }
  if (t.state === 'open') {
    const claim = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'task-claim' }, 'Nhận xử lý');
    claim.addEventListener('click', async () => {
      try {
        await busy(claim, 'Đang nhận…', () => post(`/tasks/${t.id}/claim`));
        o.onDone(`Bạn đã nhận xử lý bước "${t.step.name}".`);
      } catch (e) {
        replace(status, alertBox(messageOf(e), 'error', 'task-error'));
      }
    });
    box.append(h('div', { class: 'row' }, claim));
  }
  if (takenByOther) return box;

  const options = decisionOptions(t, o.flowsOf(t.step.node_id));
  const decision = field({ label: 'Cách xử lý', name: 'decision', options: [['', '— Chọn cách xử lý —'], ...options.map((x): [string, string] => [x.value, x.label])], required: true, testid: 'decision-select' });
  const note = field({ label: 'Ý kiến xử lý', name: 'note', multiline: true, maxlength: 2000, testid: 'note-input', hint: 'Bắt buộc ghi lý do khi từ chối hoặc yêu cầu bổ sung; ghi rõ giấy tờ cần bổ sung.' });
  const signing = t.step.kind === 'signing' ? signingFields() : null;
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'task-complete' }, 'Hoàn thành bước');
  const form = h('form', { novalidate: true, class: 'task-form' }, decision.el, note.el, signing?.el ?? null, h('div', { class: 'row' }, submit));
  decision.input.addEventListener('change', () => {
    const opt = options.find((x) => x.value === decision.value());
    note.input.required = !!opt?.needsNote;
    if (signing) signing.el.hidden = decision.value() !== 'approve';
    decision.setError(null);
    note.setError(null);
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    decision.setError(null);
    note.setError(null);
    const problem = decisionProblem(decision.value(), note.value(), options);
    if (problem) {
      (decision.value() ? note : decision).setError(problem);
      (decision.value() ? note : decision).input.focus();
      return;
    }
    try {
      await busy(submit, 'Đang gửi…', async () => {
        if (signing && decision.value() === 'approve' && signing.wanted()) {
          await post(`/dossiers/${encodeURIComponent(o.dossierCode)}/result`, signing.body());
        }
        await post(`/tasks/${t.id}/complete`, { decision: decision.value(), note: note.value() });
      });
      const label = options.find((x) => x.value === decision.value())?.label ?? decision.value();
      o.onDone(`Đã hoàn thành bước "${t.step.name}": ${label}.`);
    } catch (e) {
      replace(status, alertBox(messageOf(e), 'error', 'task-error'));
      status.querySelector<HTMLElement>('[role="alert"]')?.focus();
    }
  });
  box.append(form);
  return box;
}

/** Optional details of the result the leader signs (POST /dossiers/{code}/result). */
function signingFields() {
  const title = field({ label: 'Tên văn bản kết quả (không bắt buộc)', name: 'result_title', testid: 'result-title', maxlength: 300 });
  const content = field({ label: 'Nội dung kết quả (không bắt buộc)', name: 'result_content', multiline: true, testid: 'result-content', maxlength: 5000 });
  const valid = field({ label: 'Có giá trị đến (không bắt buộc)', name: 'valid_until', type: 'date', testid: 'result-valid-until' });
  const el = h(
    'fieldset',
    { class: 'signing', 'data-testid': 'result-signing', hidden: true },
    h('legend', {}, 'Ký số kết quả'),
    h('p', { class: 'small muted' }, 'Khi hoàn thành bước này, kết quả được ký số bằng chứng thư số của cơ quan và lưu vào kho dữ liệu của người nộp. Để trống để dùng nội dung mặc định của thủ tục.'),
    title.el,
    content.el,
    valid.el,
  );
  return {
    el,
    wanted: () => !!(title.value() || content.value() || valid.value()),
    body: () => ({ title: title.value(), content: content.value(), valid_until: valid.value() }),
  };
}

/** The apology card for an overdue dossier: reason and the new appointment (POST .../apology). */
export function apologyCard(dossierCode: string, onDone: (message: string) => void): HTMLElement {
  const reason = field({ label: 'Lý do quá hạn', name: 'reason', multiline: true, required: true, maxlength: 2000, testid: 'apology-reason' });
  const date = field({ label: 'Ngày hẹn trả kết quả mới', name: 'new_due_date', type: 'date', required: true, testid: 'apology-date' });
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'apology-submit' }, 'Lập văn bản xin lỗi và hẹn lại');
  const form = h('form', { novalidate: true }, reason.el, date.el, status, submit);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    reason.setError(reason.value() ? null : 'Vui lòng ghi lý do quá hạn');
    date.setError(date.value() ? null : 'Vui lòng chọn ngày hẹn mới');
    if (!reason.value() || !date.value()) return;
    try {
      await busy(submit, 'Đang lập…', () => post(`/dossiers/${encodeURIComponent(dossierCode)}/apology`, { reason: reason.value(), new_due_date: date.value() }));
      onDone('Đã lập văn bản xin lỗi và hẹn lại ngày trả kết quả.');
    } catch (e) {
      replace(status, alertBox(messageOf(e), 'error', 'apology-error'));
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'apology-title', 'data-testid': 'apology' }, h('h2', { id: 'apology-title' }, 'Hồ sơ quá hạn: xin lỗi và hẹn lại'), h('p', { class: 'small muted' }, 'Văn bản xin lỗi (Mẫu 04) được gửi cho người nộp cùng ngày hẹn mới.'), form);
}
