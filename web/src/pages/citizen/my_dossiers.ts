// "Hồ sơ của tôi": the citizen's dossiers, newest first, with status and appointment date.
import { get } from '../../api';
import { h, replace } from '../../dom';
import { formatDate, matches } from '../../format';
import { field } from '../../ui/field';
import type { PageContext } from '../../page-context';
import { procedureName } from '../../procedure_names';
import { appointmentText } from '../../shared/appointment';
import type { Dossier, Page } from '../../types';
import { badge, emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { statusTone } from './track';

/** The rows whose code, procedure name or status contain every word of `q` (no diacritics needed). */
export function filterDossiers<T extends { code: string; name: string; status: string }>(rows: T[], q: string): T[] {
  return rows.filter((r) => matches(q, `${r.code} ${r.name} ${r.status}`));
}

export async function render(ctx: PageContext): Promise<void> {
  const out = h('section', { 'data-testid': 'my-dossiers' }, loading());
  ctx.outlet.append(
    ...pageTitle('Hồ sơ của tôi', 'Các hồ sơ bạn đã nộp trực tuyến hoặc tại bộ phận một cửa.'),
    h('p', {}, h('a', { href: '/', class: 'btn btn-primary', 'data-testid': 'new-dossier' }, 'Nộp hồ sơ mới')),
    out,
  );
  try {
    const page = await get<Page<Dossier>>('/dossiers', { query: { limit: 100 }, signal: ctx.signal });
    if (!page.items.length) {
      replace(out, emptyState('Bạn chưa có hồ sơ nào.', 'my-dossiers-empty'));
      return;
    }
    const items = [...page.items].sort((a, b) => (b.submitted_at ?? b.received_at ?? '').localeCompare(a.submitted_at ?? a.received_at ?? ''));
    const rows = items.map((d) => {
      const name = h('span', {}, d.procedure_code);
      const row = { code: d.code, name: d.procedure_code, status: d.status_label, el: h('li', {}) };
      void procedureName(d.procedure_code).then((n) => {
        name.textContent = n;
        row.name = n;
      });
      row.el = h(
        'li',
        { 'data-testid': 'my-dossier', 'data-code': d.code },
        h('h3', {}, h('a', { href: `/ho-so-cua-toi/${encodeURIComponent(d.code)}`, 'data-testid': 'my-dossier-link' }, d.code)),
        h('p', { style: 'margin:0 0 .25rem' }, name),
        h(
          'p',
          { class: 'meta' },
          badge(d.status_label, statusTone(d.status, d.overdue), 'my-dossier-status'),
          d.overdue ? badge('Quá hạn', 'late') : null,
          h('span', {}, `Nộp ngày ${formatDate(d.submitted_at ?? d.received_at)}`),
          d.due_at || d.promised_at ? h('span', {}, `Hẹn trả ${appointmentText(d.due_at, d.promised_at)}`) : null,
        ),
      );
      return row;
    });
    const list = h('ul', { class: 'list' }, rows.map((r) => r.el));
    const filter = field({ label: 'Lọc hồ sơ', name: 'filter', type: 'search', testid: 'my-dossiers-filter', hint: 'Theo mã hồ sơ, tên thủ tục hoặc tình trạng (không cần dấu).' });
    const count = h('p', { class: 'small muted', role: 'status' });
    filter.input.addEventListener('input', () => {
      const shown = new Set(filterDossiers(rows, filter.input.value));
      rows.forEach((r) => (r.el.hidden = !shown.has(r)));
      count.textContent = `Hiển thị ${shown.size}/${rows.length} hồ sơ`;
    });
    replace(out, rows.length > 3 ? filter.el : '', count, list);
  } catch (e) {
    if (!ctx.signal.aborted) replace(out, errorState(e, () => location.reload()));
  }
}
