import { describe, expect, it } from 'vitest';
import { looksLikeDossierCode, statusTone } from './track';

describe('tracking', () => {
  it('recognises dossier codes as printed on the receipt', () => {
    expect(looksLikeDossierCode('000.00.06.H05-261123-0001')).toBe(true);
    expect(looksLikeDossierCode(' 003.01.00.h05-261125-0012 ')).toBe(true);
    expect(looksLikeDossierCode('khai sinh')).toBe(false);
    expect(looksLikeDossierCode('000.00.06.H05-2611-0001')).toBe(false);
  });
  it('colours statuses', () => {
    expect(statusTone('returned', false)).toBe('ok');
    expect(statusTone('processing', true)).toBe('late');
    expect(statusTone('supplement_requested', false)).toBe('warn');
    expect(statusTone('processing', false)).toBe('info');
  });
});
