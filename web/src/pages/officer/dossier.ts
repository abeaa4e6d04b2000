// The officer's dossier screen (/can-bo/ho-so/:code): the dossier's facts, the actions of its
// current process steps, the process map with the current step highlighted, the papers with a
// viewer and their OCR text, the official forms, and the history.
import './officer.css';
import { ApiError, get } from '../../api';
import { h } from '../../dom';
import { formatDate, formatDateTime } from '../../format';
import type { PageContext } from '../../page-context';
import { appointmentText } from '../../shared/appointment';
import { loadDossierOrShowError } from '../../shared/dossier_loader';
import type { Dossier } from '../../types';
import { badge, emptyState, errorState, facts, pageTitle } from '../../ui/page';
import { intakeCard, ONLINE_STATUS } from '../../shared/online_intake';
import { filesCard } from './files_panel';
import { fetchProcessXml, outgoingFlows, processCard } from './process_panel';
import { apologyCard, taskCard } from './task_panel';
import { decisionLabel, loadCalendar, processOf, PROCESS_STATUS, type ProcessState } from './tasks';

interface FormEntry {
  form: string;
  title: string;
  created_at: string;
}

/** The dossier's status badge tone. */
export function dossierTone(status: string, overdue: boolean): string {
  if (overdue) return 'late';
  if (status === 'returned' || status === 'result_ready') return 'ok';
  if (status === 'supplement_requested' || status === 'stopped' || status === 'refused' || status === 'not_received') return 'warn';
  return 'info';
}

export async function render(ctx: PageContext, notice?: string): Promise<void> {
  const code = ctx.params.code;
  const enc = encodeURIComponent(code);
  const d = await loadDossierOrShowError(ctx);
  if (!d) return;
  let processError: unknown = null;
  const [state, calendar, forms] = await Promise.all([
    processOf(code, ctx.signal).catch((e: unknown) => {
      // 404: the procedure has no map, so the dossier runs without one; anything else is said.
      if (!(e instanceof ApiError && e.status === 404)) processError = e;
      return null as ProcessState | null;
    }),
    loadCalendar(),
    get<{ items: FormEntry[] }>(`/dossiers/${enc}/forms`, { signal: ctx.signal }).then((f) => f.items, () => [] as FormEntry[]),
  ]);
  if (ctx.signal.aborted) return;
  const xml = state ? fetchProcessXml(state.procedure_code, state.version || undefined, ctx.signal) : null;
  xml?.catch(() => undefined);
  const xmlText = xml ? await xml.catch(() => '') : '';

  const reload = (message: string) => {
    ctx.outlet.replaceChildren();
    void render(ctx, message).then(() => ctx.outlet.querySelector<HTMLElement>('[data-testid="task-result"]')?.focus());
  };
  const resultReady = d.status === 'result_ready' || d.status === 'returned';

  ctx.outlet.append(
    h('p', { class: 'small' }, h('a', { href: '/can-bo' }, '← Hồ sơ cần xử lý')),
    ...pageTitle(`Hồ sơ ${d.code}`, d.procedure?.name ?? d.procedure_code),
    notice ? h('div', { class: 'alert alert-success', role: 'status', tabindex: -1, 'data-testid': 'task-result' }, notice) : h('div', { role: 'status', 'data-testid': 'task-result' }),
    h(
      'section',
      { class: 'card', 'data-testid': 'dossier-summary' },
      h('p', {}, badge(d.status_label, dossierTone(d.status, d.overdue), 'dossier-status'), d.overdue ? ' ' : null, d.overdue ? badge('Quá hạn', 'late', 'dossier-overdue') : null, state ? ' ' : null, state ? badge(`Quy trình: ${(PROCESS_STATUS[state.status] ?? state.status).toLowerCase()}`, 'info', 'process-state') : null),
      facts([
        ['Người nộp', `${d.applicant.full_name} (${d.applicant.id_number})`],
        ['Điện thoại', d.applicant.phone],
        ['Địa chỉ', d.applicant.address],
        ['Kênh nộp', d.channel === 'online' ? 'Trực tuyến' : d.channel === 'postal' ? 'Bưu chính' : 'Trực tiếp tại quầy'],
        ['Ngày nộp', formatDateTime(d.submitted_at ?? null)],
        ['Ngày tiếp nhận', d.status === ONLINE_STATUS ? 'Chưa tiếp nhận' : formatDateTime(d.received_at)],
        ['Hẹn trả kết quả', appointmentText(d.due_at, d.promised_at, true)],
        ['Ngày có kết quả', formatDate(d.finished_at)],
        ['Ngày trả kết quả', formatDate(d.returned_at)],
      ]),
      resultReady ? h('p', { class: 'row' }, h('a', { href: `/api/v1/dossiers/${enc}/result.pdf`, class: 'btn btn-secondary', target: '_blank', rel: 'noopener', 'data-testid': 'dossier-result' }, 'Xem kết quả đã ký số (PDF)')) : null,
    ),
    // Submitted online and not yet received: no process yet, only accept or reject.
    d.status === ONLINE_STATUS ? intakeCard(d, reload) : taskCard({ dossierCode: d.code, tasks: state?.current ?? [], calendar, user: ctx.user, flowsOf: (id) => (xmlText ? safeFlows(xmlText, id) : []), onDone: reload }),
    d.overdue && !resultReady ? apologyCard(d.code, reload) : '',
    processError ? h('section', { class: 'card' }, h('h2', {}, 'Bản đồ quy trình'), errorState(processError)) : processCard(state, xml, ctx.signal, noProcessText(d.status)),
    filesCard(d.code, ctx.signal),
    formsCard(d.code, forms),
    historyCard(d, state),
  );
}

/** What the map card says when the dossier has no running process. */
export function noProcessText(status: string): string | undefined {
  if (status === ONLINE_STATUS) return 'Quy trình xử lý bắt đầu khi hồ sơ được tiếp nhận.';
  if (status === 'not_received') return 'Hồ sơ không được tiếp nhận nên không có quy trình xử lý.';
  return undefined;
}

function safeFlows(xml: string, nodeId: string) {
  try {
    return outgoingFlows(xml, nodeId);
  } catch {
    return [];
  }
}

function formsCard(code: string, forms: FormEntry[]): HTMLElement {
  const enc = encodeURIComponent(code);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'forms-title', 'data-testid': 'dossier-forms' },
    h('h2', { id: 'forms-title' }, 'Biểu mẫu của hồ sơ'),
    forms.length
      ? h('ul', {}, forms.map((f) => h('li', {}, h('a', { href: `/api/v1/dossiers/${enc}/forms/${encodeURIComponent(f.form)}.pdf`, target: '_blank', rel: 'noopener', 'data-testid': `form-${f.form}` }, f.title), h('span', { class: 'small muted' }, ` — in lúc ${formatDateTime(f.created_at)}`))))
      : emptyState('Chưa có biểu mẫu nào.'),
  );
}

function historyCard(d: Dossier, state: ProcessState | null): HTMLElement {
  const steps = state?.history ?? [];
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, 'Quá trình xử lý'),
    steps.length
      ? h(
          'ol',
          { class: 'timeline', 'data-testid': 'process-history' },
          steps.map((t) =>
            h(
              'li',
              {},
              h('strong', {}, t.step.name), ' ',
              t.state === 'completed' ? badge(t.on_time ? 'Đúng hạn' : 'Trễ hạn', t.on_time ? 'ok' : 'late') : badge('Đã hủy', 'info'),
              h('div', { class: 'small muted' }, `${formatDateTime(t.completed_at)} · ${decisionLabel(t.decision)}`),
              t.note ? h('div', {}, t.note) : null,
            ),
          ),
        )
      : null,
    h('h3', {}, 'Trạng thái hồ sơ'),
    h(
      'ol',
      { class: 'timeline', 'data-testid': 'dossier-history' },
      (d.history ?? []).map((e) => h('li', {}, h('strong', {}, e.to_label), h('div', { class: 'small muted' }, `${formatDateTime(e.at)}${e.actor ? ` · ${e.actor}` : ''}`), e.note ? h('div', {}, e.note) : null)),
    ),
  );
}
