// Holiday overrides (/quan-tri/ngay-nghi): the days off of a year as the calendar computes them
// (GET /api/v1/calendar/days-off) and the yearly notice an administrator enters (days off added,
// Saturdays worked to make up, the notice's reference), saved with PUT /api/v1/calendar/notices/{year}.
import '../officer/officer.css';
import { get, messageOf, put } from '../../api';
import { h, replace } from '../../dom';
import { formatDate } from '../../format';
import type { PageContext } from '../../page-context';
import { navigate } from '../../router';
import { busy, field } from '../../ui/field';
import { emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { alertBox } from '../../ui/toast';

export interface YearNotice {
  year: number;
  days_off: string[];
  working_days: string[];
  reference: string;
}

/** Adds a date to a sorted list without duplicates; refuses dates of another year. */
export function addDate(list: string[], date: string, year: number): { list: string[]; problem: string | null } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { list, problem: 'Vui lòng chọn ngày' };
  if (Number(date.slice(0, 4)) !== year) return { list, problem: `Ngày phải thuộc năm ${year}` };
  if (list.includes(date)) return { list, problem: `Ngày ${formatDate(date)} đã có trong danh sách` };
  return { list: [...list, date].sort(), problem: null };
}

/** Days that would be both off and worked: the notice cannot say both. */
export function conflicts(notice: Pick<YearNotice, 'days_off' | 'working_days'>): string[] {
  return notice.days_off.filter((d) => notice.working_days.includes(d));
}

export async function render(ctx: PageContext): Promise<void> {
  const thisYear = new Date().getFullYear();
  const year = Number(ctx.query.get('nam')) || thisYear;
  const yearPick = field({ label: 'Năm', name: 'year', options: [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y): [string, string] => [String(y), String(y)]), value: String(year), testid: 'calendar-year' });
  yearPick.input.addEventListener('change', () => {
    navigate(`/quan-tri/ngay-nghi?nam=${yearPick.value()}`);
  });
  const body = h('div', {}, loading());
  ctx.outlet.append(h('p', { class: 'small' }, h('a', { href: '/quan-tri' }, '← Quản trị')), ...pageTitle('Ngày nghỉ, ngày làm bù'), yearPick.el, body);
  let daysOff: Array<{ date: string; name: string }>;
  let notices: YearNotice[];
  try {
    [daysOff, notices] = await Promise.all([
      get<{ items: Array<{ date: string; name: string }> }>('/calendar/days-off', { query: { year }, signal: ctx.signal }).then((r) => r.items),
      get<{ items: YearNotice[] }>('/calendar/notices', { signal: ctx.signal }).then((r) => r.items),
    ]);
  } catch (e) {
    replace(body, errorState(e));
    return;
  }
  const notice: YearNotice = notices.find((n) => n.year === year) ?? { year, days_off: [], working_days: [], reference: '' };
  const offList = dateList('Ngày nghỉ thêm theo thông báo', notice.days_off, year, 'notice-days-off');
  const workList = dateList('Ngày làm việc bù (thứ Bảy, Chủ nhật đi làm)', notice.working_days, year, 'notice-working-days');
  const reference = field({ label: 'Số hiệu văn bản thông báo', name: 'reference', value: notice.reference, testid: 'notice-reference', placeholder: 'Thông báo số …/TB-BNV' });
  const status = h('div', { 'aria-live': 'polite' });
  const save = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'notice-save' }, `Lưu thông báo năm ${year}`);
  const form = h('form', { novalidate: true, 'data-testid': 'notice-form' }, offList.el, workList.el, reference.el, status, save);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const next = { days_off: offList.value(), working_days: workList.value(), reference: reference.value() };
    const both = conflicts(next);
    if (both.length) {
      replace(status, alertBox(`Ngày ${both.map(formatDate).join(', ')} không thể vừa là ngày nghỉ vừa là ngày làm bù`, 'error', 'notice-error'));
      return;
    }
    try {
      await busy(save, 'Đang lưu…', () => put(`/calendar/notices/${year}`, next));
      replace(status, alertBox('Đã lưu. Thời hạn của hồ sơ tiếp nhận từ nay được tính theo lịch mới.', 'success', 'notice-saved'));
      const fresh = await get<{ items: Array<{ date: string; name: string }> }>('/calendar/days-off', { query: { year } }).then((r) => r.items, () => null);
      if (fresh) replace(offTable, table(fresh));
    } catch (e) {
      replace(status, alertBox(messageOf(e), 'error', 'notice-error'));
    }
  });
  const offTable = h('div', {}, table(daysOff));
  replace(
    body,
    h('section', { class: 'card' }, h('h2', {}, `Thông báo nghỉ lễ, hoán đổi ngày làm việc năm ${year}`), form),
    h('section', { class: 'card' }, h('h2', {}, `Các ngày nghỉ năm ${year} (ngoài thứ Bảy, Chủ nhật)`), offTable),
  );
}

function table(days: Array<{ date: string; name: string }>): HTMLElement {
  if (!days.length) return emptyState('Không có ngày nghỉ nào.');
  return h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'days-off' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Ngày'), h('th', { scope: 'col' }, 'Tên ngày nghỉ'))), h('tbody', {}, days.map((d) => h('tr', {}, h('td', { class: 'nowrap' }, formatDate(d.date)), h('td', {}, d.name))))));
}

function dateList(label: string, initial: string[], year: number, testid: string) {
  let dates = [...initial].sort();
  const chips = h('ul', { class: 'date-chips', 'data-testid': testid, 'aria-label': label });
  const input = field({ label: `Thêm: ${label.toLowerCase()}`, name: testid, type: 'date', testid: `${testid}-input` });
  const add = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': `${testid}-add` }, 'Thêm ngày');
  const draw = () =>
    replace(
      chips,
      dates.length
        ? dates.map((d) => h('li', {}, formatDate(d), h('button', { type: 'button', class: 'btn btn-link', 'aria-label': `Bỏ ngày ${formatDate(d)}`, onclick: () => { dates = dates.filter((x) => x !== d); draw(); add.focus(); } }, '×')))
        : h('li', { class: 'muted' }, 'Chưa có ngày nào'),
    );
  add.addEventListener('click', () => {
    const r = addDate(dates, input.value(), year);
    input.setError(r.problem);
    if (!r.problem) {
      dates = r.list;
      input.input.value = '';
      draw();
    }
  });
  draw();
  return { el: h('fieldset', { class: 'signing' }, h('legend', {}, label), chips, h('div', { class: 'row' }, input.el, add)), value: () => dates };
}
