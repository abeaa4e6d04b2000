// The leader page (/lanh-dao): today's numbers of the leader's agency (received, in progress, on
// time, late, awaiting supplement, ...), a chart of the last 14 days (ECharts, loaded lazily)
// and the list of late dossiers.
import '../officer/officer.css';
import { ApiError, get, messageOf } from '../../api';
import { h, replace } from '../../dom';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { loadAgencies } from '../../agencies';
import type { PageContext } from '../../page-context';
import { navigate } from '../../router';
import type { Agency } from '../../types';
import { field } from '../../ui/field';
import { emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { alertBox } from '../../ui/toast';
import { receivedSeries, seriesSummary, sortLate, statCards, type TodayStats } from './stats';

export async function render(ctx: PageContext): Promise<void> {
  const agency = ctx.query.get('co-quan') ?? '';
  const body = h('div', {}, loading('Đang tổng hợp số liệu…'));
  ctx.outlet.append(...pageTitle('Số liệu hôm nay'));
  // Administrators and auditors look at any agency; leaders see their own.
  if (ctx.user && (ctx.user.role === 'admin' || ctx.user.role === 'auditor')) {
    const agencies = await loadAgencies().catch(() => [] as Agency[]);
    const pick = field({ label: 'Cơ quan', name: 'agency', options: [['', 'Cơ quan của tôi'], ...agencies.map((a): [string, string] => [a.code, a.name])], value: agency, testid: 'leader-agency-select' });
    pick.input.addEventListener('change', () => navigate(pick.value() ? `/lanh-dao?co-quan=${encodeURIComponent(pick.value())}` : '/lanh-dao'));
    ctx.outlet.append(pick.el);
  }
  ctx.outlet.append(body);
  let stats: TodayStats;
  try {
    stats = await get<TodayStats>('/stats/today', { query: { agency }, signal: ctx.signal });
  } catch (e) {
    if (ctx.signal.aborted) return;
    if (e instanceof ApiError && e.status === 404 && e.field !== 'agency') {
      replace(body, alertBox('Máy chủ này chưa có chức năng thống kê trong ngày (GET /api/v1/stats/today). Vui lòng cập nhật phiên bản máy chủ.', 'info', 'stats-unavailable'));
    } else {
      replace(body, errorState(e, () => navigate(location.pathname + location.search, true)));
    }
    return;
  }
  const series = receivedSeries(stats.received_by_day);
  const chartHost = h('div', { class: 'chart', 'data-testid': 'leader-chart', 'aria-hidden': 'true' }, loading('Đang vẽ biểu đồ…'));
  replace(
    body,
    h('p', { class: 'lead', 'data-testid': 'leader-agency' }, `${stats.agency.name} · ngày ${formatDate(stats.date)}`),
    h(
      'ul',
      { class: 'stat-cards', 'data-testid': 'leader-stats', 'aria-label': 'Số liệu hồ sơ hôm nay' },
      statCards(stats.counts).map((c) => h('li', { class: `stat-card tone-${c.tone}`, 'data-testid': `stat-${c.key}` }, h('span', { class: 'stat-value' }, formatNumber(c.value)), h('span', { class: 'stat-label' }, c.label))),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'chart-title' }, h('h2', { id: 'chart-title' }, 'Hồ sơ tiếp nhận 14 ngày qua'), h('p', { class: 'small', 'data-testid': 'leader-chart-summary' }, seriesSummary(series)), chartHost, dayTable(series)),
    lateSection(stats),
  );
  try {
    const { receivedChart } = await import('./chart');
    if (ctx.signal.aborted) return;
    chartHost.replaceChildren();
    const chart = receivedChart(chartHost, series.labels, series.values);
    chartHost.setAttribute('data-ready', 'true');
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    ctx.signal.addEventListener('abort', () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    });
  } catch (e) {
    replace(chartHost, alertBox(`Không vẽ được biểu đồ: ${messageOf(e)}`, 'error'));
    chartHost.removeAttribute('aria-hidden');
  }
}

// The chart's numbers as a table, for screen readers and for anyone who prefers figures.
function dayTable(series: { labels: string[]; values: number[] }): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, 'Xem số liệu dạng bảng'),
    h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'leader-day-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Ngày'), h('th', { scope: 'col' }, 'Số hồ sơ tiếp nhận'))), h('tbody', {}, series.labels.map((l, i) => h('tr', {}, h('td', {}, l), h('td', {}, String(series.values[i]))))))),
  );
}

function lateSection(stats: TodayStats): HTMLElement {
  const late = sortLate(stats.late);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'late-title' },
    h('h2', { id: 'late-title' }, `Hồ sơ quá hạn (${late.length})`),
    late.length
      ? h(
          'ul',
          { class: 'list', 'data-testid': 'leader-late' },
          late.map((d) =>
            h(
              'li',
              { 'data-testid': 'late-row', 'data-code': d.code },
              h('h3', {}, h('a', { href: `/can-bo/ho-so/${encodeURIComponent(d.code)}` }, d.code)),
              h('div', {}, d.procedure_name),
              h('div', { class: 'meta' }, h('span', {}, `Người nộp: ${d.applicant_name}`), h('span', {}, `Hẹn trả: ${formatDateTime(d.due_at)}`), h('strong', { class: 'late-days' }, `Quá hạn ${d.days_late} ngày`)),
            ),
          ),
        )
      : emptyState('Không có hồ sơ quá hạn.', 'leader-late-empty'),
  );
}
