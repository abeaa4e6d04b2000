// "Hồ sơ của tôi": the citizen's dossiers, newest first, with status and appointment date.
import { get } from '../../api';
import { h, replace } from '../../dom';
import { formatDate } from '../../format';
import type { PageContext } from '../../page-context';
import { procedureName } from '../../procedure_names';
import type { Dossier, Page } from '../../types';
import { badge, emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { statusTone } from './track';

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
    replace(
      out,
      h(
        'ul',
        { class: 'list' },
        items.map((d) => {
          const name = h('span', {}, d.procedure_code);
          void procedureName(d.procedure_code).then((n) => (name.textContent = n));
          return h(
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
              d.due_at ? h('span', {}, `Hẹn trả ${formatDate(d.due_at)}`) : null,
            ),
          );
        }),
      ),
    );
  } catch (e) {
    if (!ctx.signal.aborted) replace(out, errorState(e, () => location.reload()));
  }
}
