import { describe, expect, it } from 'vitest';
import type { ReuseItem } from '../types';
import { checkFile, isSupplied, missingRequired } from './components_panel';

const item = (over: Partial<ReuseItem>): ReuseItem => ({
  component_id: 'to-khai',
  name: 'Tờ khai',
  required: true,
  digitization: 'on_request',
  digitization_class: 'other',
  document_type_code: 'TK',
  document_code: null,
  file_ids: [],
  reused: false,
  candidates: [],
  ...over,
});

describe('components', () => {
  it('counts a component supplied by a file or a reused document', () => {
    expect(isSupplied(item({}))).toBe(false);
    expect(isSupplied(item({ file_ids: [3] }))).toBe(true);
    expect(isSupplied(item({ reused: true, document_code: '001090000001.GKS' }))).toBe(true);
  });
  it('lists only required components still missing', () => {
    const items = [item({}), item({ component_id: 'b', required: false }), item({ component_id: 'c', file_ids: [1] })];
    expect(missingRequired(items).map((i) => i.component_id)).toEqual(['to-khai']);
  });
  it('checks files before upload, in Vietnamese', () => {
    expect(checkFile({ name: 'a.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    expect(checkFile({ name: 'scan.TIFF', size: 1000, type: '' })).toBeNull();
    expect(checkFile({ name: 'a.docx', size: 1000, type: 'application/msword' })).toMatch(/không phải PDF/);
    expect(checkFile({ name: 'a.pdf', size: 0, type: 'application/pdf' })).toMatch(/rỗng/);
    expect(checkFile({ name: 'a.pdf', size: 30 * 1024 * 1024, type: 'application/pdf' })).toMatch(/lớn hơn 20,0 MB/);
  });
});
