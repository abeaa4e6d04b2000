// Accounts and roles (/quan-tri/tai-khoan): every account with its role, agency and counter; an
// administrator creates staff accounts (POST /api/v1/users) and changes a role, agency, the
// reception counter the officer sits at, a name, or locks an account (PUT /api/v1/users/{id}).
import '../officer/officer.css';
import { get, messageOf, post, put } from '../../api';
import { loadAgencies } from '../../agencies';
import { h, replace } from '../../dom';
import { counterTitle, matches } from '../../format';
import type { PageContext } from '../../page-context';
import type { Agency, Page } from '../../types';
import type { Counter } from './counters';
import { busy, field } from '../../ui/field';
import { emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { alertBox, toast } from '../../ui/toast';

export interface Account {
  id: number;
  username: string;
  full_name: string;
  role: string;
  role_title: string;
  agency_id: number | null;
  counter_id: number | null;
  active: boolean;
  id_number: string | null;
}

/**
 * The counters an account of `agencyId` may be seated at: the agency's open counters by number,
 * plus the current seat even if that counter has since been closed (so saving keeps it).
 */
export function seatOptions(counters: Counter[], agencyId: number | null, current: number | null): Array<[string, string]> {
  const seats = counters
    .filter((c) => c.agency_id === agencyId && (c.active || c.id === current))
    .sort((a, b) => a.number - b.number)
    .map((c): [string, string] => [String(c.id), `${counterTitle(c.number, c.name)}${c.active ? '' : ' (đang đóng)'}`]);
  return [['', 'Không ngồi quầy'], ...seats];
}

/** "Quầy số 2" for an account's seat, or '' when it has none or the counter is unknown. */
export function seatLabel(counters: Counter[], counterId: number | null): string {
  const c = counters.find((x) => x.id === counterId);
  return c ? `Quầy số ${c.number}` : '';
}

export const STAFF_ROLES: Array<[string, string]> = [
  ['reception', 'Cán bộ tiếp nhận và trả kết quả'],
  ['specialist', 'Chuyên viên'],
  ['department_head', 'Lãnh đạo phòng'],
  ['leader', 'Lãnh đạo cơ quan'],
  ['admin', 'Quản trị hệ thống'],
  ['auditor', 'Thanh tra, kiểm tra'],
];

/** Staff first (by agency, then name), citizens after; filtered by a diacritics-free query. */
export function filterAccounts(all: Account[], query: string, showCitizens: boolean): Account[] {
  return all
    .filter((a) => showCitizens || a.role !== 'citizen')
    .filter((a) => !query || matches(query, `${a.username} ${a.full_name} ${a.role_title} ${a.id_number ?? ''}`))
    .sort((a, b) => Number(a.role === 'citizen') - Number(b.role === 'citizen') || (a.agency_id ?? 0) - (b.agency_id ?? 0) || a.full_name.localeCompare(b.full_name, 'vi'));
}

export async function render(ctx: PageContext): Promise<void> {
  const list = h('div', {}, loading());
  ctx.outlet.append(h('p', { class: 'small' }, h('a', { href: '/quan-tri' }, '← Quản trị')), ...pageTitle('Tài khoản và vai trò'));
  let accounts: Account[];
  let agencies: Agency[];
  let counters: Counter[];
  try {
    [accounts, agencies, counters] = await Promise.all([
      get<Page<Account>>('/users', { signal: ctx.signal }).then((p) => p.items),
      loadAgencies(),
      get<{ items: Counter[] }>('/counters', { signal: ctx.signal }).then((p) => p.items),
    ]);
  } catch (e) {
    ctx.outlet.append(errorState(e));
    return;
  }
  const agencyOptions: Array<[string, string]> = agencies.map((a) => [String(a.id), a.name]);
  const agencyName = (id: number | null) => agencies.find((a) => a.id === id)?.name ?? '—';

  const search = field({ label: 'Tìm tài khoản', name: 'q', type: 'search', testid: 'users-search' });
  const citizens = h('input', { type: 'checkbox', 'data-testid': 'users-citizens' });
  const count = h('p', { class: 'small', role: 'status', 'aria-live': 'polite' });
  const draw = () => {
    const shown = filterAccounts(accounts, search.value(), citizens.checked);
    count.textContent = `${shown.length} tài khoản`;
    if (!shown.length) return replace(list, emptyState('Không có tài khoản nào khớp.'));
    replace(list, h('ul', { class: 'list', 'data-testid': 'users-list' }, shown.map(row)));
  };
  const row = (a: Account): HTMLElement => {
    const status = h('div', { 'aria-live': 'polite' });
    const li = h('li', { 'data-testid': 'user-row', 'data-username': a.username });
    const view = () =>
      replace(
        li,
        h('h2', { class: 'inbox-title' }, a.full_name, a.active ? '' : ' (đã khóa)'),
        h('div', { class: 'meta' }, h('span', {}, `Tên đăng nhập: ${a.username}`), h('span', {}, a.role_title), h('span', {}, agencyName(a.agency_id)), a.counter_id ? h('span', { 'data-testid': 'user-seat' }, seatLabel(counters, a.counter_id)) : null),
        a.role !== 'citizen' ? h('div', { class: 'row', style: 'margin-top:.5rem' }, h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'user-edit', 'aria-label': `Sửa tài khoản ${a.username}`, onclick: edit }, 'Sửa')) : null,
        status,
      );
    const edit = () => {
      const name = field({ label: 'Họ và tên', name: 'full_name', value: a.full_name, required: true, testid: 'user-full-name' });
      const role = field({ label: 'Vai trò', name: 'role', options: STAFF_ROLES, value: a.role, testid: 'user-role' });
      const agency = field({ label: 'Cơ quan', name: 'agency_id', options: agencyOptions, value: String(a.agency_id ?? ''), testid: 'user-agency' });
      const seat = field({ label: 'Quầy tiếp nhận', name: 'counter_id', options: seatOptions(counters, a.agency_id, a.counter_id), value: String(a.counter_id ?? ''), testid: 'user-counter', hint: 'Quầy cán bộ ngồi: trang tiếp nhận hiện số quầy và gợi ý trước các thủ tục của lĩnh vực quầy phụ trách.' });
      // A seat belongs to an agency's desk: changing the agency offers that agency's counters.
      agency.input.addEventListener('change', () => {
        const options = seatOptions(counters, Number(agency.value()), null);
        replace(seat.input, ...options.map(([v, l]) => h('option', { value: v }, l)));
      });
      const active = h('input', { type: 'checkbox', checked: a.active, 'data-testid': 'user-active' });
      const saveBtn = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'user-save' }, 'Lưu');
      const form = h('form', { novalidate: true }, name.el, role.el, agency.el, seat.el, h('label', { class: 'check' }, active, 'Tài khoản đang hoạt động'), status, h('div', { class: 'row' }, saveBtn, h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => { view(); li.querySelector<HTMLElement>('[data-testid="user-edit"]')?.focus(); } }, 'Hủy')));
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        try {
          const saved = await busy(saveBtn, 'Đang lưu…', () => put<Account>(`/users/${a.id}`, { full_name: name.value(), role: role.value(), agency_id: Number(agency.value()), counter_id: seat.value() ? Number(seat.value()) : null, active: active.checked }));
          Object.assign(a, saved);
          view();
          toast(`Đã lưu tài khoản ${a.username}`, 'success');
          li.querySelector<HTMLElement>('[data-testid="user-edit"]')?.focus();
        } catch (e) {
          replace(status, alertBox(messageOf(e), 'error', 'user-error'));
        }
      });
      replace(li, h('h2', { class: 'inbox-title' }, `Sửa tài khoản ${a.username}`), form);
      name.input.focus();
    };
    view();
    return li;
  };
  search.input.addEventListener('input', draw);
  citizens.addEventListener('change', draw);

  ctx.outlet.append(createForm(agencyOptions, (a) => {
    accounts.push(a);
    draw();
  }), h('section', { class: 'card' }, h('h2', {}, 'Danh sách tài khoản'), search.el, h('label', { class: 'check' }, citizens, 'Hiện cả tài khoản công dân'), count, list));
  draw();
}

function createForm(agencies: Array<[string, string]>, onCreated: (a: Account) => void): HTMLElement {
  const username = field({ label: 'Tên đăng nhập', name: 'username', required: true, testid: 'new-user-username', autocomplete: 'off', hint: '3-50 ký tự thường, số, dấu chấm, gạch dưới hoặc gạch ngang' });
  const password = field({ label: 'Mật khẩu ban đầu', name: 'password', type: 'password', required: true, testid: 'new-user-password', autocomplete: 'new-password', hint: 'Ít nhất 8 ký tự' });
  const name = field({ label: 'Họ và tên', name: 'full_name', required: true, testid: 'new-user-full-name' });
  const role = field({ label: 'Vai trò', name: 'role', options: STAFF_ROLES, value: 'specialist', testid: 'new-user-role' });
  const agency = field({ label: 'Cơ quan', name: 'agency_id', options: agencies, testid: 'new-user-agency' });
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'new-user-submit' }, 'Tạo tài khoản');
  const form = h('form', { novalidate: true, 'data-testid': 'new-user-form' }, h('div', { class: 'inline-fields' }, username.el, password.el, name.el, role.el), agency.el, status, submit);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const fields = { username, password, full_name: name };
    let bad = false;
    for (const f of Object.values(fields)) {
      f.setError(f.value() ? null : 'Vui lòng nhập thông tin này');
      bad ||= !f.value();
    }
    if (bad) return;
    try {
      const created = await busy(submit, 'Đang tạo…', () => post<Account>('/users', { username: username.value(), password: password.input.value, full_name: name.value(), role: role.value(), agency_id: Number(agency.value()) }));
      onCreated(created);
      form.reset();
      replace(status, alertBox(`Đã tạo tài khoản ${created.username}`, 'success', 'new-user-done'));
    } catch (e) {
      const target = e instanceof Error && 'field' in e ? fields[(e as { field: string | null }).field as keyof typeof fields] : undefined;
      target?.setError(messageOf(e));
      replace(status, alertBox(messageOf(e), 'error', 'new-user-error'));
    }
  });
  return h('section', { class: 'card' }, h('h2', {}, 'Tạo tài khoản cán bộ'), form);
}
