// Online dossiers waiting for reception. A dossier a citizen submits online has the status
// "submitted_online" (Mới đăng ký) and no process until an officer of its receiving agency
// accepts it (POST /dossiers/{code}/transitions {"action":"accept"}), which starts its process
// with the reception step done; refusing it ({"action":"reject","note":...}) needs a reason.
// Used by the officer's inbox (/can-bo), the reception console (/tiep-nhan) and the dossier
// screen (/can-bo/ho-so/:code). No page styles here: only the global classes.
import { get, messageOf, post } from '../api';
import { h, replace } from '../dom';
import { formatDateTime } from '../format';
import { procedureName } from '../procedure_names';
import type { User } from '../session';
import type { Dossier, Page } from '../types';
import { busy, field } from '../ui/field';
import { emptyState } from '../ui/page';
import { loading } from '../ui/progress';
import { alertBox } from '../ui/toast';

export const ONLINE_STATUS = 'submitted_online';

/**
 * The online dossiers the officer's agency has to receive: still "submitted_online", received
 * by `agencyId` (the list endpoint also returns dossiers the agency only handles), oldest first.
 * With no agency (admins, auditors) every waiting dossier is kept.
 */
export function pendingOnline(dossiers: Dossier[], agencyId: number | null | undefined): Dossier[] {
  return dossiers
    .filter((d) => d.status === ONLINE_STATUS && (agencyId == null || d.receiving_agency_id === agencyId))
    .sort((a, b) => (a.submitted_at ?? '').localeCompare(b.submitted_at ?? '') || a.code.localeCompare(b.code));
}

/** "3 hồ sơ nộp trực tuyến đang chờ tiếp nhận." for the section's status line. */
export function pendingSummary(count: number): string {
  return count ? `${count} hồ sơ nộp trực tuyến đang chờ tiếp nhận.` : 'Không có hồ sơ trực tuyến nào đang chờ tiếp nhận.';
}

/** Whether the user may accept or reject the dossier now (the server lists the actions it allows). */
export function canReceiveOnline(d: Pick<Dossier, 'status' | 'available_actions'>): { accept: boolean; reject: boolean } {
  if (d.status !== ONLINE_STATUS) return { accept: false, reject: false };
  const actions = d.available_actions;
  // An answer without the list (an older server): offer both, the server decides.
  if (!actions) return { accept: true, reject: true };
  return { accept: actions.some((a) => a.action === 'accept'), reject: actions.some((a) => a.action === 'reject') };
}

/** Why a refusal cannot be sent yet, in words; null when it can. */
export function rejectProblem(reason: string): string | null {
  if (!reason.trim()) return 'Vui lòng ghi rõ lý do từ chối tiếp nhận';
  if (reason.length > 2000) return 'Lý do tối đa 2000 ký tự';
  return null;
}

/** What an intake action did, for the dossier screen's result line. */
export function intakeMessage(action: 'accept' | 'reject', code: string): string {
  return action === 'accept'
    ? `Đã tiếp nhận hồ sơ ${code}. Quy trình xử lý đã bắt đầu, hồ sơ chuyển sang bước tiếp theo.`
    : `Đã từ chối tiếp nhận hồ sơ ${code}. Lý do đã được ghi vào quá trình xử lý của hồ sơ.`;
}

/** GET /dossiers?status=submitted_online (up to 200), kept to the user's receiving agency. */
export async function loadPendingOnline(user: User | null, signal?: AbortSignal): Promise<Dossier[]> {
  const page = await get<Page<Dossier>>('/dossiers', { query: { status: ONLINE_STATUS, limit: 200 }, signal });
  return pendingOnline(page.items, user?.agency_id);
}

/** The section listing the online dossiers waiting for reception, each with a link to open it. */
export function onlinePendingSection(user: User | null, signal: AbortSignal): HTMLElement {
  const summary = h('p', { role: 'status', 'aria-live': 'polite', 'data-testid': 'online-pending-summary' });
  const body = h('div', {}, loading('Đang tải hồ sơ trực tuyến chờ tiếp nhận…'));
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'online-pending-title', 'data-testid': 'online-pending' },
    h('h2', { id: 'online-pending-title' }, 'Hồ sơ trực tuyến chờ tiếp nhận'),
    h('p', { class: 'small muted' }, 'Kiểm tra thành phần hồ sơ, rồi tiếp nhận để bắt đầu quy trình xử lý hoặc từ chối tiếp nhận (ghi rõ lý do).'),
    summary,
    body,
  );
  void loadPendingOnline(user, signal).then(
    (items) => {
      if (signal.aborted) return;
      summary.textContent = pendingSummary(items.length);
      if (!items.length) {
        replace(body, emptyState('Chưa có hồ sơ nào cần tiếp nhận.', 'online-pending-empty'));
        return;
      }
      replace(body, h('ul', { class: 'list', 'data-testid': 'online-pending-list' }, items.map(pendingRow)));
    },
    (e: unknown) => {
      if (!signal.aborted) replace(body, alertBox(`Không tải được hồ sơ chờ tiếp nhận: ${messageOf(e)}`, 'error', 'online-pending-error'));
    },
  );
  return section;
}

function pendingRow(d: Dossier): HTMLElement {
  const href = `/can-bo/ho-so/${encodeURIComponent(d.code)}`;
  // List items carry only the procedure's code: its name is looked up (once per code).
  const procedure = h('div', {}, d.procedure?.name ?? d.procedure_code);
  if (!d.procedure) void procedureName(d.procedure_code).then((name) => (procedure.textContent = name));
  return h(
    'li',
    { 'data-testid': 'online-pending-row', 'data-code': d.code },
    h('h3', {}, h('a', { href, 'data-testid': 'online-pending-code' }, d.code)),
    procedure,
    h('div', { class: 'meta' }, h('span', {}, `Người nộp: ${d.applicant.full_name} (${d.applicant.id_number})`), h('span', {}, `Nộp lúc ${formatDateTime(d.submitted_at ?? null)}`)),
    h('div', { class: 'row' }, h('a', { href, class: 'btn btn-primary', 'data-testid': 'online-pending-open', 'aria-label': `Kiểm tra, tiếp nhận hồ sơ ${d.code}` }, 'Kiểm tra, tiếp nhận')),
  );
}

/**
 * The dossier screen's card for a dossier submitted online: "Tiếp nhận hồ sơ" (accept, starts
 * its process) and "Từ chối tiếp nhận" with a required reason. `onDone` gets the sentence to
 * show after the action succeeded.
 */
export function intakeCard(d: Pick<Dossier, 'code' | 'status' | 'available_actions'>, onDone: (message: string) => void): HTMLElement {
  const card = h(
    'section',
    { class: 'card', 'aria-labelledby': 'intake-title', 'data-testid': 'dossier-intake' },
    h('h2', { id: 'intake-title' }, 'Tiếp nhận hồ sơ nộp trực tuyến'),
  );
  const allowed = canReceiveOnline(d);
  if (!allowed.accept && !allowed.reject) {
    card.append(h('p', { class: 'empty', 'data-testid': 'intake-not-allowed' }, 'Hồ sơ đang chờ bộ phận tiếp nhận của cơ quan tiếp nhận hồ sơ kiểm tra và tiếp nhận.'));
    return card;
  }
  const enc = encodeURIComponent(d.code);
  const status = h('div', { 'aria-live': 'polite' });
  const showError = (e: unknown) => {
    replace(status, alertBox(messageOf(e), 'error', 'dossier-intake-error'));
    status.querySelector<HTMLElement>('[role="alert"]')?.setAttribute('tabindex', '-1');
    status.querySelector<HTMLElement>('[role="alert"]')?.focus();
  };
  card.append(h('p', { class: 'small muted' }, 'Hồ sơ chưa có quy trình xử lý. Kiểm tra thành phần hồ sơ bên dưới; khi tiếp nhận, hồ sơ được ghi ngày tiếp nhận, ngày hẹn trả và chuyển sang bước xử lý tiếp theo.'), status);

  if (allowed.accept) {
    const accept = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'dossier-accept' }, 'Tiếp nhận hồ sơ');
    accept.addEventListener('click', async () => {
      replace(status);
      try {
        await busy(accept, 'Đang tiếp nhận…', () => post(`/dossiers/${enc}/transitions`, { action: 'accept' }));
        onDone(intakeMessage('accept', d.code));
      } catch (e) {
        showError(e);
      }
    });
    card.append(h('div', { class: 'row' }, accept));
  }
  if (allowed.reject) {
    const reason = field({ label: 'Lý do từ chối tiếp nhận', name: 'reject_reason', multiline: true, required: true, maxlength: 2000, testid: 'dossier-reject-reason', hint: 'Bắt buộc. Người nộp xem được lý do này trong hồ sơ của mình.' });
    const reject = h('button', { type: 'submit', class: 'btn btn-secondary', 'data-testid': 'dossier-reject' }, 'Từ chối tiếp nhận');
    const form = h('form', { novalidate: true, 'aria-label': 'Từ chối tiếp nhận hồ sơ' }, reason.el, h('div', { class: 'row' }, reject));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const problem = rejectProblem(reason.value());
      reason.setError(problem);
      if (problem) {
        reason.input.focus();
        return;
      }
      replace(status);
      try {
        await busy(reject, 'Đang gửi…', () => post(`/dossiers/${enc}/transitions`, { action: 'reject', note: reason.value().trim() }));
        onDone(intakeMessage('reject', d.code));
      } catch (e) {
        showError(e);
      }
    });
    card.append(h('h3', {}, 'Từ chối tiếp nhận'), form);
  }
  return card;
}
