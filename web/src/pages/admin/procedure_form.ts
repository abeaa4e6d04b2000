// The catalog editor's rules: reading amounts typed the Vietnamese way ("50.000") and working out
// which members of a procedure changed, so PUT /api/v1/procedures/{code} gets only those.
import type { Component, Procedure } from '../../types';

export interface FeeRow {
  name: string;
  amount_vnd: number;
  note?: string;
}

export interface ProcedureEdit {
  name: string;
  processing_time: { amount: number; unit: string };
  fees: FeeRow[];
  components: Component[];
  effective_from: string;
}

/** "50.000", "50000", "50.000 đồng" → 50000; null when it is not a whole, non-negative amount. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/\s*(đồng|đ|vnđ|vnd)$/i, '').replace(/[.\s]/g, '');
  if (!/^\d{1,12}$/.test(t)) return null;
  return Number(t);
}

/** A component id from its name: "Tờ khai đăng ký" → "to-khai-dang-ky". */
export function componentId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The members that differ from the procedure in force (effective_from only with a change). */
export function procedureChanges(original: Procedure, edit: ProcedureEdit): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (edit.name.trim() !== original.name) out.name = edit.name.trim();
  if (!same(edit.processing_time, { amount: original.processing_time.amount, unit: original.processing_time.unit })) out.processing_time = edit.processing_time;
  const fees = (f: FeeRow[]) => f.map((x) => ({ name: x.name, amount_vnd: x.amount_vnd, note: x.note ?? '' }));
  if (!same(fees(edit.fees), fees(original.fees))) out.fees = fees(edit.fees);
  const comps = (c: Component[]) => c.map((x) => ({ id: x.id, name: x.name, required: x.required, copies: x.copies, digitization_class: x.digitization_class, document_type_code: x.document_type_code }));
  if (!same(comps(edit.components), comps(original.components))) out.components = comps(edit.components);
  if (Object.keys(out).length && edit.effective_from) out.effective_from = edit.effective_from;
  return out;
}

/** Problems with an edit before it is sent, as [field name, message]. */
export function editProblems(edit: ProcedureEdit): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!edit.name.trim()) out.push(['name', 'Vui lòng nhập tên thủ tục']);
  if (!Number.isInteger(edit.processing_time.amount) || edit.processing_time.amount < 0) out.push(['processing_time', 'Thời hạn giải quyết phải là số nguyên không âm']);
  edit.fees.forEach((f, i) => {
    if (!f.name.trim()) out.push([`fees[${i}].name`, `Phí, lệ phí thứ ${i + 1}: vui lòng nhập tên`]);
  });
  const ids = new Set<string>();
  edit.components.forEach((c, i) => {
    if (!c.name.trim()) out.push([`components[${i}].name`, `Thành phần thứ ${i + 1}: vui lòng nhập tên`]);
    if (ids.has(c.id)) out.push([`components[${i}].id`, `Thành phần thứ ${i + 1} trùng mã "${c.id}"`]);
    ids.add(c.id);
  });
  return out;
}
