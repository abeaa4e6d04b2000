// The catalog editor's list (/quan-tri/thu-tuc): every procedure, searchable without
// diacritics, with links to edit its rules and its process map.
import '../officer/officer.css';
import { get } from '../../api';
import { h, replace } from '../../dom';
import { formatDuration, levelLabel, matches } from '../../format';
import type { PageContext } from '../../page-context';
import type { Page, ProcedureSummary } from '../../types';
import { field } from '../../ui/field';
import { emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';

export async function render(ctx: PageContext): Promise<void> {
  const search = field({ label: 'Tìm thủ tục (tên hoặc mã, không cần dấu)', name: 'q', type: 'search', testid: 'catalog-search', value: ctx.query.get('q') ?? '' });
  const count = h('p', { class: 'small', role: 'status', 'aria-live': 'polite', 'data-testid': 'catalog-count' });
  const list = h('div', {}, loading());
  ctx.outlet.append(h('p', { class: 'small' }, h('a', { href: '/quan-tri' }, '← Quản trị')), ...pageTitle('Danh mục thủ tục'), search.el, count, list);
  let all: ProcedureSummary[];
  try {
    all = (await get<Page<ProcedureSummary>>('/procedures', { query: { limit: 500 }, signal: ctx.signal })).items;
  } catch (e) {
    if (!ctx.signal.aborted) replace(list, errorState(e));
    return;
  }
  const draw = () => {
    const q = search.value();
    const shown = q ? all.filter((p) => matches(q, `${p.code} ${p.name} ${p.field}`)) : all;
    count.textContent = `${shown.length}/${all.length} thủ tục`;
    if (!shown.length) {
      replace(list, emptyState('Không có thủ tục nào khớp.'));
      return;
    }
    replace(
      list,
      h(
        'ul',
        { class: 'list', 'data-testid': 'catalog-list' },
        shown.map((p) =>
          h(
            'li',
            { 'data-testid': 'catalog-item', 'data-code': p.code },
            h('h2', { class: 'inbox-title' }, p.name),
            h('div', { class: 'meta' }, h('span', {}, `Mã ${p.code}`), h('span', {}, levelLabel(p.level)), h('span', {}, p.field), h('span', {}, formatDuration(p.processing_time))),
            h(
              'div',
              { class: 'row', style: 'margin-top:.5rem' },
              h('a', { href: `/quan-tri/thu-tuc/${encodeURIComponent(p.code)}`, class: 'btn btn-secondary', 'data-testid': 'catalog-edit', 'aria-label': `Sửa thủ tục ${p.name}` }, 'Sửa thủ tục'),
              h('a', { href: `/quan-tri/quy-trinh/${encodeURIComponent(p.code)}`, class: 'btn btn-secondary', 'data-testid': 'catalog-process', 'aria-label': `Bản đồ quy trình của ${p.name}` }, 'Bản đồ quy trình'),
            ),
          ),
        ),
      ),
    );
  };
  search.input.addEventListener('input', draw);
  draw();
}
