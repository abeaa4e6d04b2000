import { describe, expect, it } from 'vitest';
import { isServerPath, matchPath } from './router';

describe('matchPath', () => {
  it('matches plain paths and parameters', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/tra-cuu', '/tra-cuu')).toEqual({});
    expect(matchPath('/tra-cuu', '/tra-cuu/')).toEqual({});
    expect(matchPath('/tra-cuu/:code', '/tra-cuu/000.00.06.H05-261123-0001')).toEqual({ code: '000.00.06.H05-261123-0001' });
    expect(matchPath('/thu-tuc/:code', '/thu-tuc/2.000488')).toEqual({ code: '2.000488' });
  });
  it('decodes parameters and refuses what does not fit', () => {
    expect(matchPath('/a/:x', '/a/kh%C3%A1c')).toEqual({ x: 'khác' });
    expect(matchPath('/a/:x', '/a/%E0%A4%A')).toBeNull();
    expect(matchPath('/tra-cuu/:code', '/tra-cuu')).toBeNull();
    expect(matchPath('/tra-cuu/:code', '/tra-cuu/a/b')).toBeNull();
    expect(matchPath('/ho-so-cua-toi', '/giay-to-cua-toi')).toBeNull();
  });
  it('leaves server paths to the browser', () => {
    expect(isServerPath('/api/v1/dossiers/x/forms/receipt.pdf')).toBe(true);
    expect(isServerPath('/verify/001090000001.GKS')).toBe(true);
    expect(isServerPath('/pay/abc')).toBe(true);
    expect(isServerPath('/tra-cuu/x')).toBe(false);
  });
});
