// Reception counters (/quan-tri/quay): each agency's counters with the fields they serve, the
// priority lane, open or closed; add (POST /api/v1/counters), change (PUT), remove (DELETE).
import '../officer/officer.css';
import { get, messageOf, post, put, request } from '../../api';
import { loadAgencies } from '../../agencies';
import { h, replace } from '../../dom';
import type { PageContext } from '../../page-context';
import type { Agency } from '../../types';
import { busy, field } from '../../ui/field';
import { emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { alertBox, toast } from '../../ui/toast';

export interface Counter {
  id: number;
  agency_id: number;
  agency_code: string;
  number: number;
  name: string;
  fields: string[];
  priority: boolean;
  active: boolean;
}

/** "Hộ tịch, Chứng thực ," → ["Hộ tịch", "Chứng thực"]. */
export function parseFields(text: string): string[] {
  return text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
}

/** The smallest counter number not yet used at the agency (for a new counter). */
export function nextNumber(counters: Counter[]): number {
  const used = new Set(counters.map((c) => c.number));
  let n = 1;
  while (used.has(n)) n++;
  return n;
}

export async function render(ctx: PageContext): Promise<void> {
  ctx.outlet.append(h('p', { class: 'small' }, h('a', { href: '/quan-tri' }, '← Quản trị')), ...pageTitle('Quầy tiếp nhận'));
  let agencies: Agency[];
  try {
    agencies = (await loadAgencies()).filter((a) => a.kind === 'service_centre' || a.kind === 'commune_one_stop');
  } catch (e) {
    ctx.outlet.append(errorState(e));
    return;
  }
  const picked = ctx.query.get('co-quan') ?? agencies[0]?.code ?? '';
  const agency = field({ label: 'Cơ quan có bộ phận một cửa', name: 'agency', options: agencies.map((a): [string, string] => [a.code, a.name]), value: picked, testid: 'counters-agency' });
  const body = h('div', {});
  ctx.outlet.append(h('section', { class: 'card' }, agency.el, body));
  const load = async () => {
    replace(body, loading());
    try {
      const counters = (await get<{ items: Counter[] }>('/counters', { query: { agency: agency.value() }, signal: ctx.signal })).items.sort((a, b) => a.number - b.number);
      replace(body, list(counters, agency.value(), load), addForm(counters, agency.value(), load));
    } catch (e) {
      if (!ctx.signal.aborted) replace(body, errorState(e, () => void load()));
    }
  };
  agency.input.addEventListener('change', () => {
    history.replaceState(null, '', `/quan-tri/quay?co-quan=${encodeURIComponent(agency.value())}`);
    void load();
  });
  await load();
}

function list(counters: Counter[], agencyCode: string, reload: () => Promise<void>): HTMLElement {
  if (!counters.length) return emptyState('Cơ quan này chưa có quầy tiếp nhận nào.', 'counters-empty');
  return h(
    'ul',
    { class: 'list', 'data-testid': 'counters-list' },
    counters.map((c) => {
      const status = h('div', { 'aria-live': 'polite' });
      const name = field({ label: 'Tên quầy', name: 'name', value: c.name, testid: 'counter-name' });
      const number = field({ label: 'Số quầy', name: 'number', type: 'number', value: String(c.number), testid: 'counter-number' });
      const fields = field({ label: 'Lĩnh vực (cách nhau bởi dấu phẩy)', name: 'fields', value: c.fields.join(', '), testid: 'counter-fields' });
      const priority = h('input', { type: 'checkbox', checked: c.priority, 'data-testid': 'counter-priority' });
      const active = h('input', { type: 'checkbox', checked: c.active, 'data-testid': 'counter-active' });
      const save = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'counter-save' }, 'Lưu');
      const remove = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'counter-delete' }, 'Xóa quầy');
      const form = h('form', { novalidate: true }, h('div', { class: 'inline-fields' }, number.el, name.el), fields.el, h('label', { class: 'check' }, priority, 'Quầy ưu tiên (người cao tuổi, người khuyết tật, phụ nữ có thai)'), h('label', { class: 'check' }, active, 'Đang mở'), status, h('div', { class: 'row' }, save, remove));
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        try {
          await busy(save, 'Đang lưu…', () => put(`/counters/${c.id}`, { number: Number(number.value()), name: name.value(), fields: parseFields(fields.value()), priority: priority.checked, active: active.checked }));
          replace(status, alertBox(`Đã lưu ${name.value()}`, 'success', 'counter-saved'));
        } catch (e) {
          replace(status, alertBox(messageOf(e), 'error', 'counter-error'));
        }
      });
      remove.addEventListener('click', async () => {
        if (!confirm(`Xóa ${c.name}?`)) return;
        try {
          await busy(remove, 'Đang xóa…', () => request('DELETE', `/counters/${c.id}`));
          toast(`Đã xóa ${c.name}`, 'success');
          await reload();
        } catch (e) {
          replace(status, alertBox(messageOf(e), 'error', 'counter-error'));
        }
      });
      return h('li', { 'data-testid': 'counter-row', 'data-number': c.number, 'data-agency': agencyCode }, h('h2', { class: 'inbox-title' }, `Quầy số ${c.number}`, c.active ? '' : ' (đang đóng)', c.priority ? ' · ưu tiên' : ''), form);
    }),
  );
}

function addForm(counters: Counter[], agencyCode: string, reload: () => Promise<void>): HTMLElement {
  const number = field({ label: 'Số quầy', name: 'number', type: 'number', value: String(nextNumber(counters)), required: true, testid: 'new-counter-number' });
  const name = field({ label: 'Tên quầy', name: 'name', required: true, testid: 'new-counter-name', placeholder: 'Quầy 3 - Hộ tịch' });
  const fields = field({ label: 'Lĩnh vực (cách nhau bởi dấu phẩy)', name: 'fields', testid: 'new-counter-fields' });
  const priority = h('input', { type: 'checkbox', 'data-testid': 'new-counter-priority' });
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'new-counter-submit' }, 'Thêm quầy');
  const form = h('form', { novalidate: true, 'data-testid': 'new-counter-form' }, h('div', { class: 'inline-fields' }, number.el, name.el), fields.el, h('label', { class: 'check' }, priority, 'Quầy ưu tiên'), status, submit);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    name.setError(name.value() ? null : 'Vui lòng nhập tên quầy');
    if (!name.value()) return name.input.focus();
    try {
      await busy(submit, 'Đang thêm…', () => post('/counters', { agency_code: agencyCode, number: Number(number.value()), name: name.value(), fields: parseFields(fields.value()), priority: priority.checked }));
      toast(`Đã thêm ${name.value()}`, 'success');
      await reload();
    } catch (e) {
      replace(status, alertBox(messageOf(e), 'error', 'new-counter-error'));
    }
  });
  return h('div', {}, h('h2', {}, 'Thêm quầy'), form);
}
