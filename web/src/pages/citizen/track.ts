// Public tracking by dossier code: /tra-cuu asks for the code, /tra-cuu/<code> (the receipt's
// QR code) shows the status, the dates and the history, without personal details.
import { ApiError, get } from '../../api';
import { h, replace } from '../../dom';
import { formatDate, formatDateTime } from '../../format';
import type { PageContext } from '../../page-context';
import { navigate } from '../../router';
import { appointmentText } from '../../shared/appointment';
import { field } from '../../ui/field';
import type { Dossier } from '../../types';
import { badge, errorState, facts, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';

export interface TrackedDossier {
  code: string;
  status: string;
  status_code: number;
  status_label: string;
  channel: string;
  procedure: { code: string; name: string };
  receiving_agency: string;
  handling_agency: string;
  applicant_name: string;
  submitted_at: string;
  received_at: string | null;
  due_at: string | null;
  /** The new appointment of the latest apology, or null; due_at stays the original one. */
  promised_at?: string | null;
  finished_at: string | null;
  returned_at: string | null;
  overdue: boolean;
  history: Array<{ at: string; status: string; status_label: string }>;
}

/** A dossier code as the receipt prints it: "000.00.06.H05-261123-0001". */
export function looksLikeDossierCode(text: string): boolean {
  return /^[0-9A-Z.]+-\d{6}-\d{4}$/i.test(text.trim());
}

/** The tone of a status badge: late, finished, waiting on the citizen, or in progress. */
export function statusTone(status: string, overdue: boolean): string {
  if (overdue) return 'late';
  if (status === 'returned' || status === 'result_ready') return 'ok';
  if (['supplement_requested', 'financial_obligation_requested', 'withdrawal_requested', 'stopped', 'not_received'].includes(status)) return 'warn';
  return 'info';
}

export async function render(ctx: PageContext): Promise<void> {
  const code = ctx.params.code ?? '';
  const input = field({
    label: 'Mã hồ sơ',
    name: 'code',
    value: code,
    hint: 'Mã in trên giấy tiếp nhận, ví dụ 000.00.06.H05-261123-0001. Có thể quét mã QR trên giấy tiếp nhận.',
    required: true,
    autocomplete: 'off',
    testid: 'track-code',
  });
  const form = h('form', { class: 'card search-form', role: 'search', novalidate: true }, input.el, h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'track-submit' }, 'Tra cứu'));
  const out = h('section', { 'aria-live': 'polite', 'data-testid': 'track-result' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = input.value().toUpperCase();
    if (!looksLikeDossierCode(value)) {
      input.setError('Mã hồ sơ chưa đúng dạng, ví dụ 000.00.06.H05-261123-0001');
      input.input.focus();
      return;
    }
    input.setError(null);
    navigate(`/tra-cuu/${encodeURIComponent(value)}`);
  });
  ctx.outlet.append(...pageTitle('Tra cứu hồ sơ', 'Xem tình trạng giải quyết hồ sơ theo mã hồ sơ.'), form, out);
  if (!code) {
    input.input.focus();
    return;
  }
  replace(out, loading('Đang tra cứu…'));
  try {
    const d = await get<TrackedDossier>(`/track/${encodeURIComponent(code)}`, { signal: ctx.signal });
    replace(out, trackedView(d));
  } catch (e) {
    if (ctx.signal.aborted) return;
    if (e instanceof ApiError && e.status === 404 && e.code === 'route_not_found') {
      // A server without public tracking: a signed-in applicant or officer still sees the dossier.
      const own = ctx.user ? await get<Dossier>(`/dossiers/${encodeURIComponent(code)}`).catch(() => null) : null;
      replace(out, own ? trackedView(fromDossier(own)) : errorState(new ApiError(404, 'unavailable', 'Chức năng tra cứu công khai chưa sẵn sàng trên máy chủ này. Vui lòng đăng nhập để xem hồ sơ của bạn.')));
    } else {
      replace(out, errorState(e, () => void render({ ...ctx, outlet: h('div') })));
    }
  }
}

/** The public view of a dossier the caller may read in full (names are the caller's own). */
export function fromDossier(d: Dossier): TrackedDossier {
  return {
    code: d.code,
    status: d.status,
    status_code: d.status_code,
    status_label: d.status_label,
    channel: d.channel,
    procedure: { code: d.procedure_code, name: d.procedure?.name ?? d.procedure_code },
    receiving_agency: '',
    handling_agency: '',
    applicant_name: d.applicant.full_name,
    submitted_at: d.submitted_at ?? d.received_at ?? '',
    received_at: d.status === 'submitted_online' ? null : d.received_at,
    due_at: d.due_at,
    promised_at: d.promised_at ?? null,
    finished_at: d.finished_at,
    returned_at: d.returned_at,
    overdue: d.overdue,
    history: (d.history ?? []).map((h) => ({ at: h.at, status: h.to, status_label: h.to_label })),
  };
}

function trackedView(d: TrackedDossier): HTMLElement {
  return h(
    'div',
    { class: 'card', 'data-testid': 'track-dossier' },
    h('h2', {}, `Hồ sơ ${d.code}`),
    h('p', {}, badge(d.status_label, statusTone(d.status, d.overdue), 'track-status'), d.overdue ? ' ' : null, d.overdue ? badge('Quá hạn', 'late') : null),
    facts([
      ['Thủ tục', d.procedure.name],
      ['Người nộp', d.applicant_name],
      ['Nơi tiếp nhận', d.receiving_agency],
      ['Cơ quan giải quyết', d.handling_agency],
      ['Ngày nộp', formatDateTime(d.submitted_at)],
      ['Ngày tiếp nhận', d.status === 'submitted_online' ? 'Chờ cán bộ tiếp nhận' : formatDateTime(d.received_at)],
      ['Ngày hẹn trả kết quả', appointmentText(d.due_at, d.promised_at)],
      ['Ngày trả kết quả', formatDate(d.returned_at)],
    ]),
    h('h3', {}, 'Quá trình xử lý'),
    h(
      'ol',
      { class: 'timeline', 'data-testid': 'track-history' },
      d.history.map((e) => h('li', {}, h('strong', {}, e.status_label), h('div', { class: 'small muted' }, formatDateTime(e.at)))),
    ),
  );
}
