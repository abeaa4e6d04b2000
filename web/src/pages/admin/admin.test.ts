import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../types';
import { addDate, conflicts } from './calendar';
import { nextNumber, parseFields, type Counter } from './counters';
import { componentId, editProblems, parseAmount, procedureChanges } from './procedure_form';
import { allowanceProblem, allowanceText, editableProps, starterMap } from './process_props';
import { filterAccounts, type Account } from './users';
import { elementKind } from './process';

const proc: Procedure = {
  code: '1.004873',
  name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  field: 'Hộ tịch',
  level: 'commune',
  online_level: 'full',
  boundary_free: false,
  processing_time: { amount: 3, unit: 'working_days' },
  competent_agency_code: '',
  components: [{ id: 'to-khai', name: 'Tờ khai', required: true, copies: 1, digitization_class: 'other', document_type_code: '' }],
  fees: [{ name: 'Lệ phí', amount_vnd: 5000, note: '' }],
  legal_basis: '',
  four_on_the_spot: false,
  effective_from: '2026-01-01',
  version: 2,
};
const edit = () => ({ name: proc.name, processing_time: { ...proc.processing_time }, fees: proc.fees.map((f) => ({ ...f })), components: proc.components.map((c) => ({ ...c })), effective_from: '' });

describe('catalog editor', () => {
  it('reads amounts typed the Vietnamese way', () => {
    expect(parseAmount('50.000')).toBe(50000);
    expect(parseAmount('50.000 đồng')).toBe(50000);
    expect(parseAmount(' 8000 ')).toBe(8000);
    expect(parseAmount('0')).toBe(0);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('5,5')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
  it('sends only what changed, with the date only alongside a change', () => {
    expect(procedureChanges(proc, edit())).toEqual({});
    const e = edit();
    e.fees[0].amount_vnd = 8000;
    e.processing_time.amount = 2;
    e.effective_from = '2026-12-01';
    expect(procedureChanges(proc, e)).toEqual({
      processing_time: { amount: 2, unit: 'working_days' },
      fees: [{ name: 'Lệ phí', amount_vnd: 8000, note: '' }],
      effective_from: '2026-12-01',
    });
    const renamed = edit();
    renamed.name = '  Tên mới ';
    expect(procedureChanges(proc, renamed)).toEqual({ name: 'Tên mới' });
  });
  it('names problems before sending', () => {
    const e = edit();
    e.name = '';
    e.components.push({ ...e.components[0] });
    expect(editProblems(e).map(([f]) => f)).toEqual(['name', 'components[1].id']);
    expect(editProblems(edit())).toEqual([]);
  });
  it('makes component ids from Vietnamese names', () => {
    expect(componentId('Tờ khai đăng ký khai sinh')).toBe('to-khai-dang-ky-khai-sinh');
    expect(componentId('  Bản sao (CCCD)! ')).toBe('ban-sao-cccd');
  });
});

describe('process map editor', () => {
  it('accepts working-time allowances only', () => {
    for (const ok of ['P2D', 'PT4H', 'P1DT4H', 'P1W', '']) expect(allowanceProblem(ok)).toBeNull();
    for (const bad of ['3 ngày', 'PT30M', 'P1M', 'P1.5D', 'P']) expect(allowanceProblem(bad)).not.toBeNull();
    expect(allowanceText('P1DT4H')).toBe('1 ngày 4 giờ làm việc');
    expect(allowanceText('P2W')).toBe('2 tuần làm việc');
  });
  it('edits what each element means', () => {
    expect(editableProps('bpmn:UserTask')).toContain('allowance');
    expect(editableProps('bpmn:ServiceTask')).toContain('agency');
    expect(editableProps('bpmn:SequenceFlow')).toEqual(['name', 'condition']);
    expect(editableProps('bpmn:StartEvent')).toEqual(['name']);
  });
  it('names element kinds in Vietnamese for the element picker', () => {
    expect(elementKind('bpmn:UserTask')).toBe('bước xử lý');
    expect(elementKind('bpmn:SequenceFlow')).toBe('luồng');
    expect(elementKind('bpmn:DataObjectReference')).toBe('DataObjectReference');
  });
  it('starts a procedure without a map from a runnable template', () => {
    const xml = starterMap('Thủ tục "thử" & <mới>');
    expect(xml).toContain('xmlns:motcua="http://motcua.vn/bpmn"');
    expect(xml).toContain('name="Thủ tục &quot;thử&quot; &amp; &lt;mới>"');
    expect(xml.match(/<bpmn:userTask /g)).toHaveLength(5);
    expect(xml.match(/<bpmn:sequenceFlow /g)).toHaveLength(6);
    expect(xml.match(/<bpmndi:BPMNShape /g)).toHaveLength(7);
    expect(xml).toContain('motcua:step="signing"');
  });
});

describe('accounts, counters, calendar', () => {
  const acc = (id: number, username: string, full_name: string, role: string, agency_id: number | null): Account => ({ id, username, full_name, role, role_title: role, agency_id, counter_id: null, active: true, id_number: null });
  it('lists staff before citizens and matches without diacritics', () => {
    const all = [acc(1, '001090000001', 'Nguyễn Văn An', 'citizen', null), acc(2, 'chuyenvien', 'Lê Văn Minh', 'specialist', 3), acc(3, 'quantri', 'Vũ Hoàng Nam', 'admin', 1)];
    expect(filterAccounts(all, '', false).map((a) => a.id)).toEqual([3, 2]);
    expect(filterAccounts(all, '', true).map((a) => a.id)).toEqual([3, 2, 1]);
    expect(filterAccounts(all, 'le van minh', true).map((a) => a.id)).toEqual([2]);
  });
  it('reads counter fields and proposes the next free number', () => {
    expect(parseFields('Hộ tịch, Chứng thực ;\n ,')).toEqual(['Hộ tịch', 'Chứng thực']);
    const c = (number: number) => ({ number }) as Counter;
    expect(nextNumber([c(1), c(2), c(4)])).toBe(3);
    expect(nextNumber([])).toBe(1);
  });
  it('keeps the notice dates of its year, sorted and once', () => {
    expect(addDate(['2027-03-05'], '2027-03-03', 2027)).toEqual({ list: ['2027-03-03', '2027-03-05'], problem: null });
    expect(addDate(['2027-03-03'], '2027-03-03', 2027).problem).toContain('03/03/2027');
    expect(addDate([], '2026-03-03', 2027).problem).toBe('Ngày phải thuộc năm 2027');
    expect(addDate([], '', 2027).problem).toBe('Vui lòng chọn ngày');
    expect(conflicts({ days_off: ['2027-03-03', '2027-03-04'], working_days: ['2027-03-04'] })).toEqual(['2027-03-04']);
  });
});
