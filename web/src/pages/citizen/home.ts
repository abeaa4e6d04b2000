// The portal's home: a search over the catalog (diacritics optional) and the procedures found.
import { get } from '../../api';
import { h, replace } from '../../dom';
import { formatDuration, levelLabel, onlineLevelLabel } from '../../format';
import type { PageContext } from '../../page-context';
import { navigate } from '../../router';
import type { Page, ProcedureSummary } from '../../types';
import { field } from '../../ui/field';
import { emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';

export async function render(ctx: PageContext): Promise<void> {
  const q = ctx.query.get('q') ?? '';
  const search = field({
    label: 'Tìm thủ tục hành chính',
    name: 'q',
    type: 'search',
    value: q,
    hint: 'Gõ tên thủ tục, có dấu hoặc không dấu, ví dụ: "khai sinh", "ly lich tu phap".',
    testid: 'search-input',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    { class: 'search-form', role: 'search', 'data-testid': 'search-form' },
    search.el,
    h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'search-submit' }, 'Tìm kiếm'),
  );
  const results = h('section', { 'aria-live': 'polite', 'aria-busy': 'false', 'data-testid': 'search-results' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = search.value();
    navigate(value ? `/?q=${encodeURIComponent(value)}` : '/');
  });

  ctx.outlet.append(
    ...pageTitle('Cổng dịch vụ công', 'Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến và theo dõi tiến độ giải quyết.'),
    h('div', { class: 'card' }, form),
    h(
      'div',
      { class: 'row small' },
      h('a', { href: '/tra-cuu', 'data-testid': 'home-track-link' }, 'Tra cứu tình trạng hồ sơ theo mã'),
      ctx.user?.role === 'citizen' ? h('a', { href: '/ho-so-cua-toi' }, 'Hồ sơ của tôi') : null,
    ),
    results,
  );

  const load = async () => {
    results.setAttribute('aria-busy', 'true');
    replace(results, loading('Đang tìm thủ tục…'));
    try {
      const page = await get<Page<ProcedureSummary>>('/procedures', { query: { q, limit: 50 }, signal: ctx.signal });
      replace(results, ...resultList(page.items, q));
    } catch (e) {
      if (!ctx.signal.aborted) replace(results, errorState(e, () => void load()));
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  };
  await load();
}

function resultList(items: ProcedureSummary[], q: string): Node[] {
  const heading = h('h2', {}, q ? `Kết quả cho "${q}" (${items.length})` : 'Thủ tục hành chính');
  if (items.length === 0) return [heading, emptyState('Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa ngắn hơn.', 'search-empty')];
  return [
    heading,
    h(
      'ul',
      { class: 'list', 'data-testid': 'procedure-list' },
      items.map((p) =>
        h(
          'li',
          { 'data-testid': 'procedure-item', 'data-code': p.code },
          h('h3', {}, h('a', { href: `/thu-tuc/${encodeURIComponent(p.code)}`, 'data-testid': 'procedure-link' }, p.name)),
          h(
            'p',
            { class: 'meta' },
            h('span', {}, `Mã: ${p.code}`),
            h('span', {}, p.field),
            h('span', {}, levelLabel(p.level)),
            h('span', {}, `Thời hạn: ${formatDuration(p.processing_time)}`),
            h('span', {}, onlineLevelLabel(p.online_level)),
          ),
        ),
      ),
    ),
  ];
}
