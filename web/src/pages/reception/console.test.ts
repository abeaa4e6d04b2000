import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../types';
import { identifierProblem, latestApplicant } from './console';

const dossier = (id: string, name: string, at: string): Dossier =>
  ({ code: `X-${at}`, applicant: { kind: 'citizen', id_number: id, full_name: name, phone: '0912', address: '' }, received_at: at }) as unknown as Dossier;

describe('finding the applicant at the counter', () => {
  it('takes the newest dossier of that personal number', () => {
    const list = [dossier('001090000001', 'Nguyễn Văn An', '2026-01-01T08:00:00+07:00'), dossier('001090000001', 'Nguyễn Văn An (mới)', '2026-03-01T08:00:00+07:00'), dossier('001090000002', 'Trần Thị Bình', '2026-04-01T08:00:00+07:00')];
    expect(latestApplicant(list, '001090000001')?.full_name).toBe('Nguyễn Văn An (mới)');
    expect(latestApplicant(list, '001090000009')).toBeNull();
  });
});

describe('identifiers at the counter', () => {
  it('asks for a personal number or a tax code', () => {
    expect(identifierProblem('citizen', '001090000001')).toBeNull();
    expect(identifierProblem('citizen', '0010900')).toMatch(/12 chữ số/);
    expect(identifierProblem('organization', '0100109106')).toBeNull();
    expect(identifierProblem('organization', '001090000001')).toMatch(/Mã số thuế/);
  });
});
