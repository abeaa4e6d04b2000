// The officer's inbox (/can-bo): the process steps waiting for the signed-in officer, their
// department or their whole agency, each with its deadline in colour *and* words, a button to
// take the step and a link to the dossier screen.
import './officer.css';
import { get, messageOf, post } from '../../api';
import { h, replace } from '../../dom';
import { formatDateTime } from '../../format';
import { navigate } from '../../router';
import type { PageContext } from '../../page-context';
import type { Dossier } from '../../types';
import { busy } from '../../ui/field';
import { badge, emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { toast } from '../../ui/toast';
import { onlinePendingSection } from '../../shared/online_intake';
import { deadlineLabel, deadlineState, deadlineTone, type DeadlineState, type WorkingCalendar } from './deadline';
import { listTasks, loadCalendar, SCOPES, STEP_KINDS, type Scope, type Task } from './tasks';

/** The scope in the address (?pham-vi=), "mine" when absent or unknown. */
export function scopeFrom(query: URLSearchParams): Scope {
  const s = query.get('pham-vi');
  return s === 'department' || s === 'agency' ? s : 'mine';
}

/** Late first, then due soon, then by due time (steps without one last). */
export function sortTasks(tasks: Task[], states: Map<number, DeadlineState>): Task[] {
  const rank: Record<DeadlineState, number> = { late: 0, due_soon: 1, on_time: 2, none: 3 };
  return [...tasks].sort((a, b) => {
    const r = rank[states.get(a.id) ?? 'none'] - rank[states.get(b.id) ?? 'none'];
    if (r) return r;
    return (a.due_at ?? '9999').localeCompare(b.due_at ?? '9999') || a.id - b.id;
  });
}

/** "2 quá hạn, 1 sắp đến hạn, 4 còn hạn" for the inbox's summary line. */
export function inboxSummary(states: DeadlineState[]): string {
  const n = (s: DeadlineState) => states.filter((x) => x === s).length;
  if (!states.length) return 'Không có bước xử lý nào.';
  const parts = [`${states.length} bước xử lý`];
  if (n('late')) parts.push(`${n('late')} quá hạn`);
  if (n('due_soon')) parts.push(`${n('due_soon')} sắp đến hạn`);
  if (n('on_time')) parts.push(`${n('on_time')} còn hạn`);
  return `${parts.join(', ')}.`;
}

export async function render(ctx: PageContext): Promise<void> {
  const scope = scopeFrom(ctx.query);
  const tabs = h(
    'div',
    { class: 'row scope-tabs', role: 'group', 'aria-label': 'Phạm vi hộp công việc' },
    SCOPES.map(([value, label]) =>
      h('a', { href: value === 'mine' ? '/can-bo' : `/can-bo?pham-vi=${value}`, class: `btn ${value === scope ? 'btn-primary' : 'btn-secondary'}`, 'aria-current': value === scope ? 'page' : null, 'data-testid': `scope-${value}` }, label),
    ),
  );
  const summary = h('p', { role: 'status', 'aria-live': 'polite', 'data-testid': 'inbox-summary' });
  const list = h('div', {}, loading('Đang tải hộp công việc…'));
  // Online dossiers have no process (so no step in the list) until someone receives them.
  const online = onlinePendingSection(ctx.user, ctx.signal);
  ctx.outlet.append(...pageTitle('Hồ sơ cần xử lý', 'Các bước xử lý theo quy trình; hồ sơ quá hạn và sắp đến hạn xếp trước.'), online, tabs, summary, list);

  let tasks: Task[];
  let calendar: WorkingCalendar;
  try {
    [tasks, calendar] = await Promise.all([listTasks(scope, ctx.signal), loadCalendar()]);
  } catch (e) {
    if (!ctx.signal.aborted) replace(list, errorState(e, () => navigate(location.pathname + location.search, true)));
    return;
  }
  const now = Date.now();
  const states = new Map(tasks.map((t) => [t.id, deadlineState(t.due_at, now, calendar, t.overdue)]));
  summary.textContent = inboxSummary([...states.values()]);
  if (!tasks.length) {
    replace(list, emptyState(scope === 'mine' ? 'Bạn không có bước xử lý nào đang chờ.' : 'Không có bước xử lý nào đang chờ.', 'inbox-empty'));
    return;
  }
  const ul = h('ul', { class: 'list inbox', 'data-testid': 'inbox-list' });
  replace(list, ul);
  const dossiers = new Map<string, Promise<Dossier | null>>();
  for (const t of sortTasks(tasks, states)) {
    if (!dossiers.has(t.dossier_code)) dossiers.set(t.dossier_code, get<Dossier>(`/dossiers/${encodeURIComponent(t.dossier_code)}`, { signal: ctx.signal }).catch(() => null));
    ul.append(row(t, states.get(t.id) ?? 'none', dossiers.get(t.dossier_code) as Promise<Dossier | null>, ctx));
  }
}

function row(t: Task, state: DeadlineState, dossier: Promise<Dossier | null>, ctx: PageContext): HTMLElement {
  const href = `/can-bo/ho-so/${encodeURIComponent(t.dossier_code)}`;
  const detail = h('div', { class: 'small muted' });
  void dossier.then((d) => {
    if (d) detail.textContent = `${d.procedure?.name ?? d.procedure_code} · ${d.applicant.full_name}`;
  });
  const stateText = h('span', { 'data-testid': 'task-state' }, stateLabel(t, ctx.user?.id));
  const actions = h('div', { class: 'row' });
  if (t.state === 'open') {
    const claim = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'task-claim', 'aria-label': `Nhận xử lý bước ${t.step.name} của hồ sơ ${t.dossier_code}` }, 'Nhận xử lý');
    claim.addEventListener('click', async () => {
      try {
        const claimed = await busy(claim, 'Đang nhận…', () => post<Task>(`/tasks/${t.id}/claim`));
        stateText.textContent = stateLabel(claimed, ctx.user?.id);
        claim.remove();
        toast(`Bạn đã nhận xử lý hồ sơ ${t.dossier_code}`, 'success');
        actions.querySelector<HTMLElement>('[data-testid="task-open"]')?.focus();
      } catch (e) {
        toast(messageOf(e), 'error');
      }
    });
    actions.append(claim);
  }
  actions.append(h('a', { href, class: 'btn btn-primary', 'data-testid': 'task-open' }, 'Mở hồ sơ'));
  return h(
    'li',
    { class: `inbox-row deadline-${state}`, 'data-testid': 'inbox-row', 'data-task-id': t.id, 'data-code': t.dossier_code, 'data-deadline': state },
    h('div', { class: 'component-head' }, h('h2', { class: 'inbox-title' }, h('a', { href, 'data-testid': 'inbox-code' }, t.dossier_code)), badge(deadlineLabel(state), deadlineTone(state), 'task-deadline')),
    h('p', { class: 'inbox-step' }, h('strong', {}, t.step.name), ` · ${STEP_KINDS[t.step.kind] ?? 'Xử lý'}${t.kind === 'consultation' ? ' (lấy ý kiến liên thông)' : ''}`),
    detail,
    h('div', { class: 'meta' }, h('span', {}, t.due_at ? `Hạn xử lý bước: ${formatDateTime(t.due_at)}` : 'Bước không có thời hạn'), stateText),
    actions,
  );
}

function stateLabel(t: Task, me: number | undefined): string {
  if (t.state === 'open') return 'Chưa có người nhận';
  if (t.state === 'claimed') return t.claimed_by === me ? 'Bạn đang xử lý' : 'Đã có cán bộ nhận xử lý';
  return t.state === 'completed' ? 'Đã hoàn thành' : 'Đã hủy';
}
