import { describe, expect, it } from 'vitest';
import { canAddPapers, canRate, hasResult } from './dossier';
import { isPaid, type Payment } from './payment';
import { STEPS, feeTotal } from './submit';

describe('a citizen dossier', () => {
  it('takes papers before an officer starts, and on a supplement request', () => {
    expect(canAddPapers('submitted_online')).toBe(true);
    expect(canAddPapers('supplement_requested')).toBe(true);
    expect(canAddPapers('processing')).toBe(false);
  });
  it('offers the result once issued', () => {
    expect(hasResult('result_ready')).toBe(true);
    expect(hasResult('returned')).toBe(true);
    expect(hasResult('processing')).toBe(false);
    expect(canRate('returned')).toBe(true);
    expect(canRate('stopped')).toBe(true);
    expect(canRate('result_ready')).toBe(false);
  });
  it('pays the standard fee online', () => {
    expect(feeTotal({ fees: [] })).toBe(0);
    expect(feeTotal({ fees: [{ name: 'Phí', amount_vnd: 200000 }, { name: 'Giảm', amount_vnd: 100000 }] })).toBe(200000);
    expect(feeTotal({ fees: [{ name: 'Lệ phí (miễn)', amount_vnd: 0 }, { name: 'Phí', amount_vnd: 50000 }] })).toBe(50000);
    expect(feeTotal({ fees: [{ name: 'Lệ phí nộp trực tiếp', amount_vnd: 30000 }, { name: 'Lệ phí nộp trực tuyến', amount_vnd: 15000 }] })).toBe(15000);
    expect(isPaid([{ status: 'pending' } as Payment, { status: 'paid' } as Payment])).toBe(true);
    expect(isPaid([{ status: 'failed' } as Payment])).toBe(false);
    expect(STEPS).toHaveLength(4);
  });
});
