// Editing one procedure (/quan-tri/thu-tuc/:code): name, processing time, fees and components,
// and each component's blank form (procedure_template.ts).
// Saved with PUT /api/v1/procedures/{code}: a change becomes a new version from the chosen date
// (today by default); dossiers already received keep the version they were received under.
import '../officer/officer.css';
import { get, messageOf, put } from '../../api';
import { h, replace } from '../../dom';
import { formatMoney, formatNumber } from '../../format';
import type { PageContext } from '../../page-context';
import type { Component, Procedure } from '../../types';
import { busy, field, type Field } from '../../ui/field';
import { errorState, pageTitle } from '../../ui/page';
import { alertBox } from '../../ui/toast';
import { componentId, editProblems, parseAmount, procedureChanges, type ProcedureEdit } from './procedure_form';
import { templateEditor } from './procedure_template';

const UNITS: Array<[string, string]> = [
  ['working_days', 'ngày làm việc'],
  ['working_hours', 'giờ làm việc'],
  ['days', 'ngày'],
];
const CLASSES: Array<[string, string]> = [
  ['other', 'Giấy tờ khác'],
  ['prior_result', 'Kết quả giải quyết TTHC trước đó'],
  ['agency_result', 'Giấy tờ do cơ quan cấp'],
  ['final_result', 'Kết quả cuối cùng'],
];

interface FeeEditor { el: HTMLElement; name: Field; amount: Field; note: Field }
interface ComponentEditor { el: HTMLElement; original: Component | null; name: Field; required: HTMLInputElement; copies: Field; cls: Field }

export async function render(ctx: PageContext): Promise<void> {
  const code = ctx.params.code;
  let p: Procedure;
  try {
    p = await get<Procedure>(`/procedures/${encodeURIComponent(code)}`, { signal: ctx.signal });
  } catch (e) {
    ctx.outlet.append(...pageTitle(`Thủ tục ${code}`), errorState(e));
    return;
  }
  const name = field({ label: 'Tên thủ tục', name: 'name', value: p.name, required: true, testid: 'proc-name', maxlength: 500 });
  const amount = field({ label: 'Thời hạn giải quyết', name: 'amount', type: 'number', value: String(p.processing_time.amount), required: true, testid: 'proc-time', inputmode: 'numeric' });
  const unit = field({ label: 'Đơn vị', name: 'unit', options: UNITS, value: p.processing_time.unit, testid: 'proc-time-unit' });
  const effective = field({ label: 'Áp dụng từ ngày', name: 'effective_from', type: 'date', testid: 'proc-effective', hint: 'Để trống: áp dụng từ hôm nay. Hồ sơ đã tiếp nhận vẫn theo quy định cũ.' });

  const fees: FeeEditor[] = [];
  const feeHost = h('div', { 'data-testid': 'proc-fees' });
  const addFee = (f?: { name: string; amount_vnd: number; note?: string }) => {
    const e: FeeEditor = {
      name: field({ label: 'Tên phí, lệ phí', name: 'fee_name', value: f?.name ?? '', testid: 'fee-name' }),
      amount: field({ label: 'Mức thu (đồng)', name: 'fee_amount', value: f ? formatNumber(f.amount_vnd) : '0', testid: 'fee-amount', inputmode: 'numeric', hint: 'Ví dụ 50.000' }),
      note: field({ label: 'Ghi chú', name: 'fee_note', value: f?.note ?? '', testid: 'fee-note' }),
      el: h('div'),
    };
    const remove = h('button', { type: 'button', class: 'btn btn-link', 'data-testid': 'fee-remove', 'aria-label': `Xóa phí, lệ phí ${f?.name ?? 'mới'}` }, 'Xóa');
    e.el = h('div', { class: 'editor-row fee', 'data-testid': 'fee-row' }, e.name.el, e.amount.el, e.note.el, remove);
    remove.addEventListener('click', () => {
      fees.splice(fees.indexOf(e), 1);
      e.el.remove();
      addFeeBtn.focus();
    });
    fees.push(e);
    feeHost.append(e.el);
    return e;
  };
  const addFeeBtn = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'fee-add' }, 'Thêm phí, lệ phí');
  addFeeBtn.addEventListener('click', () => addFee().name.input.focus());
  p.fees.forEach((f) => addFee(f));

  const comps: ComponentEditor[] = [];
  const compHost = h('div', { 'data-testid': 'proc-components' });
  const addComponent = (c?: Component) => {
    const required = h('input', { type: 'checkbox', checked: c ? c.required : true, 'data-testid': 'component-required' });
    const e: ComponentEditor = {
      original: c ?? null,
      name: field({ label: 'Tên thành phần hồ sơ', name: 'component_name', value: c?.name ?? '', testid: 'component-name', multiline: true }),
      required,
      copies: field({ label: 'Số bản', name: 'copies', type: 'number', value: String(c?.copies ?? 1), testid: 'component-copies' }),
      cls: field({ label: 'Loại số hóa', name: 'digitization_class', options: CLASSES, value: c?.digitization_class ?? 'other', testid: 'component-class' }),
      el: h('div'),
    };
    const remove = h('button', { type: 'button', class: 'btn btn-link', 'data-testid': 'component-remove', 'aria-label': `Xóa thành phần ${c?.name ?? 'mới'}` }, 'Xóa');
    // A component's blank form is stored at once, apart from the rules; a new component needs saving first.
    const template = c ? templateEditor(p.code, c) : h('p', { class: 'small muted' }, 'Lưu thủ tục trước khi tải mẫu đơn, tờ khai cho thành phần mới.');
    e.el = h('div', { class: 'editor-row component-edit', 'data-testid': 'component-row' }, e.name.el, e.copies.el, e.cls.el, h('div', {}, h('label', { class: 'check' }, required, 'Bắt buộc'), remove), template);
    remove.addEventListener('click', () => {
      comps.splice(comps.indexOf(e), 1);
      e.el.remove();
      addCompBtn.focus();
    });
    comps.push(e);
    compHost.append(e.el);
    return e;
  };
  const addCompBtn = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'component-add' }, 'Thêm thành phần');
  addCompBtn.addEventListener('click', () => addComponent().name.input.focus());
  p.components.forEach((c) => addComponent(c));

  const status = h('div', { 'aria-live': 'polite', 'data-testid': 'proc-status' });
  const save = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'proc-save' }, 'Lưu thay đổi');
  const form = h(
    'form',
    { novalidate: true, 'data-testid': 'proc-form' },
    h('section', { class: 'card' }, h('h2', {}, 'Thông tin chung'), name.el, h('div', { class: 'inline-fields' }, amount.el, unit.el), effective.el),
    h('section', { class: 'card' }, h('h2', {}, 'Phí, lệ phí'), h('p', { class: 'small muted' }, 'Để trống danh sách nếu thủ tục miễn phí.'), feeHost, addFeeBtn),
    h('section', { class: 'card' }, h('h2', {}, 'Thành phần hồ sơ'), compHost, addCompBtn),
    status,
    h('div', { class: 'row' }, save, h('a', { href: `/quan-tri/quy-trinh/${encodeURIComponent(p.code)}`, class: 'btn btn-secondary', 'data-testid': 'proc-process' }, 'Bản đồ quy trình')),
  );

  const collect = (): ProcedureEdit | null => {
    let bad = false;
    const edit: ProcedureEdit = {
      name: name.value(),
      processing_time: { amount: Number(amount.value()), unit: unit.value() },
      effective_from: effective.value(),
      fees: fees.map((f) => {
        const v = parseAmount(f.amount.value());
        f.amount.setError(v === null ? 'Mức thu phải là số đồng, ví dụ 50.000' : null);
        if (v === null) bad = true;
        return { name: f.name.value(), amount_vnd: v ?? 0, note: f.note.value() };
      }),
      components: comps.map((c) => ({
        id: c.original?.id ?? componentId(c.name.value()),
        name: c.name.value(),
        required: c.required.checked,
        copies: Math.max(1, Number(c.copies.value()) || 1),
        digitization_class: c.cls.value(),
        document_type_code: c.original?.document_type_code ?? '',
      })),
    };
    return bad ? null : edit;
  };

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    replace(status);
    const edit = collect();
    if (!edit) {
      replace(status, alertBox('Vui lòng sửa các mức thu chưa hợp lệ', 'error', 'proc-error'));
      return;
    }
    const problems = editProblems(edit);
    name.setError(problems.find(([f]) => f === 'name')?.[1] ?? null);
    amount.setError(problems.find(([f]) => f === 'processing_time')?.[1] ?? null);
    if (problems.length) {
      replace(status, alertBox(problems.map(([, m]) => m).join('. '), 'error', 'proc-error'));
      return;
    }
    const changes = procedureChanges(p, edit);
    if (!Object.keys(changes).length) {
      replace(status, alertBox('Không có thay đổi nào để lưu.', 'info', 'proc-unchanged'));
      return;
    }
    try {
      const saved = await busy(save, 'Đang lưu…', () => put<Procedure>(`/procedures/${encodeURIComponent(p.code)}`, changes));
      p = saved.effective_from <= today() ? saved : p;
      replace(status, alertBox(`Đã lưu phiên bản ${saved.version}, áp dụng từ ${saved.effective_from.split('-').reverse().join('/')}. Phí: ${saved.fees.map((f) => formatMoney(f.amount_vnd)).join(', ') || 'miễn phí'}.`, 'success', 'proc-saved'));
    } catch (e) {
      replace(status, alertBox(messageOf(e), 'error', 'proc-error'));
    }
    status.querySelector<HTMLElement>('.alert')?.setAttribute('tabindex', '-1');
    status.querySelector<HTMLElement>('.alert')?.focus();
  });

  ctx.outlet.append(h('p', { class: 'small' }, h('a', { href: '/quan-tri/thu-tuc' }, '← Danh mục thủ tục')), ...pageTitle(`Sửa thủ tục ${p.code}`, p.name), form);
}

function today(): string {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
