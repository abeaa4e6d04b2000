import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Component, Procedure } from '../../types';
import { procedureChanges } from '../admin/procedure_form';
import { componentsWithTemplates, deleteTemplate, putTemplate, templateFormat, templateLabel, templatePath, templateSize } from './form_templates';

describe('form templates', () => {
  it('names the format from the detected media type, not the file name', () => {
    expect(templateFormat('application/pdf', 'to-khai.docx')).toBe('PDF');
    expect(templateFormat('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word (DOCX)');
    expect(templateFormat('application/vnd.oasis.opendocument.text')).toBe('ODT');
    expect(templateFormat('application/msword')).toBe('Word (DOC)');
    expect(templateFormat('application/x-unknown', 'mau.rtf')).toBe('RTF');
    expect(templateFormat('application/x-unknown')).toBe('Tệp');
  });

  it('says the size in words people read', () => {
    expect(templateSize(850)).toBe('850 byte');
    expect(templateSize(1024)).toBe('1 kB');
    expect(templateSize(24 * 1024 + 300)).toBe('24 kB');
    expect(templateSize(1536 * 1024)).toBe('1,5 MB');
    expect(templateLabel({ file_name: 'Tờ khai.pdf', media_type: 'application/pdf', size: 24576, url: '/x' })).toBe('PDF, 24 kB');
  });

  it('lists only the components that have a template, in order', () => {
    const base = { required: true, copies: 1, digitization_class: 'other', document_type_code: '' };
    const t = { file_name: 'a.pdf', media_type: 'application/pdf', size: 10, url: '/a' };
    const components: Component[] = [
      { ...base, id: 'to-khai', name: 'Tờ khai', template: t },
      { ...base, id: 'giay-chung-sinh', name: 'Giấy chứng sinh' },
      { ...base, id: 'don', name: 'Đơn', template: { ...t, url: '/b' } },
    ];
    expect(componentsWithTemplates(components).map((c) => c.id)).toEqual(['to-khai', 'don']);
    expect(componentsWithTemplates([])).toEqual([]);
  });

  it('builds the template path with the ids encoded', () => {
    expect(templatePath('1.001193', 'to-khai')).toBe('/procedures/1.001193/components/to-khai/template');
    expect(templatePath('1.001193', 'a b/c')).toBe('/procedures/1.001193/components/a%20b%2Fc/template');
  });
});

describe('the admin\'s template calls', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('PUTs the file itself with its type and name, and reads the stored template', async () => {
    const stored = { file_name: 'Tờ khai.pdf', media_type: 'application/pdf', size: 3, url: '/api/v1/x' };
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify(stored), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const file = new File(['%PDF'], 'Tờ khai.pdf', { type: 'application/pdf' });
    await expect(putTemplate('1.001193', 'to-khai', file)).resolves.toEqual(stored);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/procedures/1.001193/components/to-khai/template?file_name=T%E1%BB%9D+khai.pdf');
    expect(init.method).toBe('PUT');
    expect(init.body).toBe(file);
    expect(init.headers['Content-Type']).toBe('application/pdf');
  });

  it('turns a refusal into the server\'s words', async () => {
    const refusal = { error: { code: 'invalid_file', message: 'Tệp không hợp lệ: không nhận ra định dạng. Chỉ chấp nhận PDF, DOCX, ODT hoặc DOC nguyên vẹn.', field: 'file' } };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(refusal), { status: 400 })));
    const file = new File(['\x89PNG'], 'anh.pdf');
    await expect(putTemplate('1.001193', 'to-khai', file)).rejects.toMatchObject({ status: 400, field: 'file', message: refusal.error.message });
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
    await expect(deleteTemplate('1.001193', 'to-khai')).rejects.toMatchObject({ code: 'network' });
  });

  it('a template on a component is not a change to the procedure\'s rules', () => {
    const t = { file_name: 'a.pdf', media_type: 'application/pdf', size: 10, url: '/a' };
    const component: Component = { id: 'to-khai', name: 'Tờ khai', required: true, copies: 1, digitization_class: 'other', document_type_code: '', template: t };
    const p = { code: '1.001193', name: 'Đăng ký khai sinh', processing_time: { amount: 1, unit: 'working_days' }, fees: [], components: [component] } as unknown as Procedure;
    const { template: _ignored, ...withoutTemplate } = component;
    expect(procedureChanges(p, { name: p.name, processing_time: { amount: 1, unit: 'working_days' }, fees: [], components: [withoutTemplate], effective_from: '' })).toEqual({});
  });
});
